import { parsePlainDate } from '../calendar/parsePlainDate.js'
import { parsePlainTime } from '../calendar/parsePlainTime.js'
import { weekdayOfDays } from '../calendar/weekday.js'
import { fail, readArray, readObject } from '../internal/read.js'
import { normalizeIntervalList, readInterval } from '../interval/internal.js'
import type { IntervalSet } from '../interval/types.js'
import type { SlotwiseErrorCode } from '../SlotwiseError.js'
import { getZone, type ZoneRecord } from '../zone/zoneRecord.js'
import type { WeekdayName } from './types.js'

/** Weekday names in ISO order, Monday first: ISO weekday n is at index n − 1. */
export const WEEKDAYS: readonly WeekdayName[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/** Seconds from local midnight of the date the range belongs to; `to` may pass 86 400. */
export type Ranges = readonly number[]

/** A schedule checked once and turned into integers; internal. */
export interface CompiledSchedule {
  readonly zone: ZoneRecord
  /** Zone changes by first day, ascending. */
  readonly zoneChanges: ReadonlyArray<{ readonly day: number; readonly zone: ZoneRecord }>
  /** Flat `[from, to, from, to …]` per ISO weekday (index 1–7), or undefined without a template. */
  readonly weekly: readonly Ranges[] | undefined
  readonly overrides: ReadonlyMap<number, Ranges>
  /** Closed days (holidays), flat inclusive `[from, to, …]` ranges. */
  readonly holidays: readonly number[]
  readonly leaveDays: readonly number[]
  readonly leave: IntervalSet
  readonly weeklyBreaks: readonly Ranges[]
  readonly dateBreaks: ReadonlyMap<number, Ranges>
}

const CODE = 'INVALID_SCHEDULE'

/**
 * Reads `[{ from, to }, …]` into flat sorted seconds. Overlapping ranges in one day's rule
 * are a configuration error (touching ones are fine).
 */
function readRanges(value: unknown, path: string): Ranges {
  const list = readArray(value, CODE, path, false)
  const pairs: number[][] = []
  for (let i = 0; i < list.length; i++) {
    const item = readObject(list[i], CODE, `${path}[${i}]`)
    const from = parsePlainTime(item.from, `${path}[${i}].from`)
    if (from === 86_400) fail('INVALID_TIME', `${path}[${i}].from`, item.from, '00:00…23:59:59')
    let to = parsePlainTime(item.to, `${path}[${i}].to`)
    if (to <= from) to += 86_400
    pairs.push([from, to, i])
  }
  pairs.sort((a, b) => a[0]! - b[0]!)
  const flat: number[] = []
  for (let i = 0; i < pairs.length; i++) {
    const [from, to, index] = pairs[i]!
    if (i > 0 && from! < pairs[i - 1]![1]!)
      fail(CODE, `${path}[${index}]`, list[index!], 'ranges that do not overlap')
    flat.push(from!, to!)
  }
  return flat
}

function readWeekly(value: unknown, path: string): Ranges[] {
  const weekly = readObject(value, CODE, path)
  for (const key of Object.keys(weekly)) {
    if (!WEEKDAYS.includes(key as WeekdayName)) fail(CODE, `${path}.${key}`, key, WEEKDAYS.join(' | '))
  }
  const result: Ranges[] = [[]]
  for (const name of WEEKDAYS) {
    const day = weekly[name]
    result.push(day === undefined || day === null ? [] : readRanges(day, `${path}.${name}`))
  }
  return result
}

function readDateHours(value: unknown, path: string): Map<number, Ranges> {
  const list = readArray(value, CODE, path)
  const map = new Map<number, Ranges>()
  for (let i = 0; i < list.length; i++) {
    const item = readObject(list[i], CODE, `${path}[${i}]`)
    const day = parsePlainDate(item.date, `${path}[${i}].date`)
    if (map.has(day)) fail(CODE, `${path}[${i}].date`, item.date, 'one entry per date')
    map.set(day, readRanges(item.hours, `${path}[${i}].hours`))
  }
  return map
}

/** Reads a date or `{ from, to }` into an inclusive day range; `undefined` for anything else. */
function readDateSpan(value: unknown, path: string): [number, number] | undefined {
  if (typeof value === 'string') {
    const day = parsePlainDate(value, path)
    return [day, day]
  }
  if (typeof value === 'object' && value !== null && 'from' in value) {
    return readDateRange(value as Record<string, unknown>, path, CODE)
  }
  return undefined
}

/** Reads `{ from, to }` plain dates into an inclusive day range, `to` not before `from`. */
export function readDateRange(
  span: Readonly<Record<string, unknown>>,
  path: string,
  code: SlotwiseErrorCode,
): [number, number] {
  const from = parsePlainDate(span.from, `${path}.from`)
  const to = parsePlainDate(span.to, `${path}.to`)
  if (to < from) fail(code, `${path}.to`, span.to, 'a date not before from')
  return [from, to]
}

/**
 * Reads holidays or leave (dates and `{ from, to }` date ranges) into sorted, merged, flat
 * inclusive day ranges. Leave may also hold instant ranges: they go to `instants`, and
 * without that list anything else is refused.
 */
function readDaySpans(value: unknown, path: string, instants?: unknown[]): number[] {
  const list = readArray(value, CODE, path)
  const spans: Array<[number, number]> = []
  for (let i = 0; i < list.length; i++) {
    const span = readDateSpan(list[i], `${path}[${i}]`)
    if (span !== undefined) spans.push(span)
    else if (instants === undefined) fail(CODE, `${path}[${i}]`, list[i], 'YYYY-MM-DD or { from, to }')
    else instants.push(readInterval(list[i], `${path}[${i}]`))
  }
  spans.sort((a, b) => a[0] - b[0])
  const flat: number[] = []
  for (const [from, to] of spans) {
    const last = flat.length - 1
    if (last > 0 && from <= flat[last]! + 1) flat[last] = Math.max(flat[last]!, to)
    else flat.push(from, to)
  }
  return flat
}

/** True when `day` lies in one of the flat inclusive ranges (sorted and disjoint, as merged). */
export function inDaySpans(spans: readonly number[], day: number): boolean {
  // Halving, not a scan: asked once per date, a scan cost dates × holidays (a million
  // holidays over a 3660-day window took seconds).
  let low = 0
  let high = spans.length / 2
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[2 * middle + 1]! < day) low = middle + 1
    else high = middle
  }
  return low < spans.length / 2 && day >= spans[2 * low]!
}

/**
 * Checks a {@link Schedule} and compiles it to integers, once per request.
 * @throws SlotwiseError `INVALID_SCHEDULE`, `INVALID_TIME_ZONE`, `INVALID_TIME`, `INVALID_DATE`, `INVALID_INTERVAL`.
 */
export function compileSchedule(value: unknown, path: string): CompiledSchedule {
  const schedule = readObject(value, CODE, path)
  const zone = getZone(schedule.timeZone, `${path}.timeZone`)
  const weekly =
    schedule.weekly === undefined || schedule.weekly === null
      ? undefined
      : readWeekly(schedule.weekly, `${path}.weekly`)
  const overrides = readDateHours(schedule.overrides, `${path}.overrides`)
  const holidays = readDaySpans(schedule.holidays, `${path}.holidays`)
  const leaveIntervals: unknown[] = []
  const leaveDays = readDaySpans(schedule.leave, `${path}.leave`, leaveIntervals)
  const breaks = schedule.breaks === undefined ? {} : readObject(schedule.breaks, CODE, `${path}.breaks`)
  // Array.from, not map: map skips the holes of a sparse array, which reached zoneOnDay as undefined.
  const zoneChanges = Array.from(readArray(schedule.zoneChanges, CODE, `${path}.zoneChanges`), (item, i) => {
    const change = readObject(item, CODE, `${path}.zoneChanges[${i}]`)
    return {
      day: parsePlainDate(change.from, `${path}.zoneChanges[${i}].from`),
      zone: getZone(change.timeZone, `${path}.zoneChanges[${i}].timeZone`),
    }
  })
  zoneChanges.sort((a, b) => a.day - b.day)
  return {
    zone,
    zoneChanges,
    weekly,
    overrides,
    holidays,
    leaveDays,
    leave: normalizeIntervalList(leaveIntervals, `${path}.leave`),
    // No weekly breaks read as an empty week: no breaks on any day.
    weeklyBreaks: readWeekly(breaks.weekly === undefined ? {} : breaks.weekly, `${path}.breaks.weekly`),
    dateBreaks: readDateHours(breaks.dates, `${path}.breaks.dates`),
  }
}

/** The zone in force on local day `day`: the latest change dated on or before it. */
export function zoneOnDay(schedule: CompiledSchedule, day: number): ZoneRecord {
  // Halving for the first change after `day`: a scan cost dates × changes.
  const changes = schedule.zoneChanges
  let low = 0
  let high = changes.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (changes[middle]!.day <= day) low = middle + 1
    else high = middle
  }
  return low === 0 ? schedule.zone : changes[low - 1]!.zone
}

export { weekdayOfDays }
