import { type Interval, toInstantFromWallMilliseconds } from '@slotwise/core'
import { at, field, readArray, readClock, readObject, type Warnings } from './read.js'
import { MS_PER_DAY, SECONDS_PER_DAY } from './wallClock.js'

/** Reads `[{ StartTime, EndTime }]` of one local date into instants inside `[start, end)`. */
export function readTimeSlots(
  value: unknown,
  path: string,
  day: number,
  zone: string,
  start: number,
  end: number,
  warnings: Warnings,
): Interval[] {
  const intervals: Interval[] = []
  readArray(value, path, true).forEach((item, i) => {
    const itemPath = at(path, i)
    const slot = readObject(item, itemPath)
    const from = readClock(field(slot, 'StartTime'), at(itemPath, 'StartTime'), false)
    const to = readClock(field(slot, 'EndTime'), at(itemPath, 'EndTime'), true)
    // LeadSquared's windows never cross midnight: an end not after the start is the end of the date.
    if (to <= from && to !== 0) {
      warnings.add(
        'END_BEFORE_START',
        at(itemPath, 'EndTime'),
        'an end before its start was read as the end of the date',
      )
    }
    const a = Math.max(start, toInstantFromWallMilliseconds(day * MS_PER_DAY + from * 1000, zone))
    const b =
      to <= from || to === SECONDS_PER_DAY
        ? end
        : Math.min(end, toInstantFromWallMilliseconds(day * MS_PER_DAY + to * 1000, zone))
    if (b > a) intervals.push({ start: a, end: b })
  })
  return intervals
}
