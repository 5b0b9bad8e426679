import { readDigits } from '../calendar/scan.js'

/**
 * Offset in seconds of a fixed-offset zone id (`+05:30`, `-03:00`, `+0530`, `+05`,
 * `+05:30:15`, `Z`), or `undefined` when `id` is not one. The offset stays under 24 hours.
 */
export function parseFixedOffset(id: string): number | undefined {
  if (id === 'Z' || id === 'z') return 0
  const sign = id[0] === '+' ? 1 : id[0] === '-' || id[0] === '\u2212' ? -1 : 0
  // The four shapes: ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS (digits are checked below).
  const colon = id[3] === ':'
  const shaped =
    id.length === 3 || id.length === (colon ? 6 : 5) || (id.length === 9 && colon && id[6] === ':')
  if (sign === 0 || !shaped) return undefined
  const hours = readDigits(id, 1, 2)
  const minutes = id.length === 3 ? 0 : readDigits(id, colon ? 4 : 3, 2)
  const seconds = id.length === 9 ? readDigits(id, 7, 2) : 0
  if (hours < 0 || minutes < 0 || seconds < 0 || hours > 23 || minutes > 59 || seconds > 59) return undefined
  return sign * (hours * 3600 + minutes * 60 + seconds) || 0
}
