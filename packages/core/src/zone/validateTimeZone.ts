import { isSlotwiseError } from '../SlotwiseError.js'
import { getZone } from './zoneRecord.js'

/**
 * Returns `timeZone` unchanged when it is an IANA id known to this runtime's `Intl`, `UTC`,
 * or a fixed offset (`+05:30`, `-03:00`, `+0530`, `+05`, `Z`); the id is kept as given
 * (`Asia/Kolkata` is not rewritten to `Asia/Calcutta`).
 * @throws SlotwiseError `INVALID_TIME_ZONE` with up to three close ids in `details.suggestions`.
 * @example
 * validateTimeZone('Asia/Kolkata') // 'Asia/Kolkata'
 * validateTimeZone('America/New_Yrok') // throws; details.suggestions[0] === 'America/New_York'
 */
export function validateTimeZone(timeZone: unknown, path = 'timeZone'): string {
  return getZone(timeZone, path).id
}

/**
 * True when {@link validateTimeZone} would accept `timeZone`.
 * @example
 * isValidTimeZone('Mars/Olympus') // false
 * isValidTimeZone('-03:00') // true
 */
export function isValidTimeZone(timeZone: unknown): boolean {
  try {
    getZone(timeZone)
    return true
  } catch (error) {
    if (isSlotwiseError(error)) return false
    throw error
  }
}
