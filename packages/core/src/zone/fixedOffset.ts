import { readDigits } from '../calendar/scan.js'

/**
 * Offset in seconds of a fixed-offset zone id (`+05:30`, `-03:00`, `+0530`, `+05`,
 * `+05:30:15`, `Z`), or `undefined` when `id` is not one. The offset stays under 24 hours.
 */
export function parseFixedOffset(id: string): number | undefined {
  if (id === 'Z' || id === 'z') return 0
  const sign = id[0] === '+' ? 1 : id[0] === '-' || id[0] === '\u2212' ? -1 : 0
  if (sign === 0) return undefined
  let hours: number
  let minutes = 0
  let seconds = 0
  if (id.length === 3) {
    hours = readDigits(id, 1, 2)
  } else if (id.length === 5) {
    hours = readDigits(id, 1, 2)
    minutes = readDigits(id, 3, 2)
  } else if (id.length === 6 && id[3] === ':') {
    hours = readDigits(id, 1, 2)
    minutes = readDigits(id, 4, 2)
  } else if (id.length === 9 && id[3] === ':' && id[6] === ':') {
    hours = readDigits(id, 1, 2)
    minutes = readDigits(id, 4, 2)
    seconds = readDigits(id, 7, 2)
  } else {
    return undefined
  }
  if (hours < 0 || minutes < 0 || seconds < 0 || hours > 23 || minutes > 59 || seconds > 59) return undefined
  return sign * (hours * 3600 + minutes * 60 + seconds) || 0
}
