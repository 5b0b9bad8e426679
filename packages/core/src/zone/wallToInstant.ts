import { MS_PER_DAY } from '../calendar/civil.js'
import { formatWall } from '../calendar/formatPlainDateTime.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { offsetSecondsAt, type ZoneRecord } from './zoneRecord.js'

/**
 * How to pick an instant for a wall time that a DST change skips (a gap) or repeats (a
 * fold); the same four choices as Temporal.
 * - `compatible` (default): in a gap move forward by the gap's length; in a fold take the earlier.
 * - `earlier` / `later`: the earlier or later of the two readings (in a gap: before or after it).
 * - `reject`: throw `NONEXISTENT_TIME` or `AMBIGUOUS_TIME`.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject'

const scratch: number[] = [0, 0]

/**
 * Writes the instants whose wall time in `zone` is `wall` into `scratch` (ascending) and
 * returns how many there are: 1 normally, 2 in a fold, 0 in a gap. Temporal's
 * GetPossibleEpochNanoseconds: only the offsets one day either side can apply.
 */
function possibleInstants(zone: ZoneRecord, wall: number, offsetBefore: number, offsetAfter: number): number {
  let count = 0
  const first = wall - offsetBefore * 1000
  if (offsetSecondsAt(zone, first) === offsetBefore) scratch[count++] = first
  if (offsetAfter !== offsetBefore) {
    const second = wall - offsetAfter * 1000
    if (offsetSecondsAt(zone, second) === offsetAfter) {
      if (count === 1 && second < first) {
        scratch[1] = first
        scratch[0] = second
        count = 2
      } else {
        scratch[count++] = second
      }
    }
  }
  return count
}

/**
 * Internal: the instant of wall milliseconds `wall` in `zone`. The common case (no change
 * within a day either side) costs three table look-ups and no allocation.
 */
export function wallToInstant(zone: ZoneRecord, wall: number, disambiguation: Disambiguation): number {
  if (zone.fixedOffset !== undefined) return wall - zone.fixedOffset * 1000
  const offsetBefore = offsetSecondsAt(zone, wall - MS_PER_DAY)
  const offsetAfter = offsetSecondsAt(zone, wall + MS_PER_DAY)
  if (offsetBefore === offsetAfter) {
    const instant = wall - offsetBefore * 1000
    if (offsetSecondsAt(zone, instant) === offsetBefore) return instant
  }
  const count = possibleInstants(zone, wall, offsetBefore, offsetAfter)
  if (count === 1) return scratch[0]!
  if (count === 2) {
    if (disambiguation === 'reject') {
      throw new SlotwiseError('AMBIGUOUS_TIME', {
        path: 'wallTime',
        details: { value: `${formatWall(wall)} in ${zone.id}` },
      })
    }
    return disambiguation === 'later' ? scratch[1]! : scratch[0]!
  }
  if (disambiguation === 'reject') {
    throw new SlotwiseError('NONEXISTENT_TIME', {
      path: 'wallTime',
      details: { value: `${formatWall(wall)} in ${zone.id}` },
    })
  }
  // A gap: read the wall time with the offset from before the change (compatible, later) or
  // after it (earlier), which is Temporal's "shift by the gap's length" rule.
  const gap = (offsetAfter - offsetBefore) * 1000
  if (disambiguation === 'earlier') {
    const shifted = wall - gap
    const n = possibleInstants(
      zone,
      shifted,
      offsetSecondsAt(zone, shifted - MS_PER_DAY),
      offsetSecondsAt(zone, shifted + MS_PER_DAY),
    )
    return n > 0 ? scratch[0]! : shifted - offsetBefore * 1000
  }
  const shifted = wall + gap
  const n = possibleInstants(
    zone,
    shifted,
    offsetSecondsAt(zone, shifted - MS_PER_DAY),
    offsetSecondsAt(zone, shifted + MS_PER_DAY),
  )
  return n > 0 ? scratch[n - 1]! : wall - offsetBefore * 1000
}
