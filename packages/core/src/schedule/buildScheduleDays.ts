import { MS_PER_DAY } from '../calendar/civil.js'
import { normalizeIntervalList, subtractSets, unionSets } from '../interval/internal.js'
import type { Interval } from '../interval/types.js'
import { wallToInstant } from '../zone/wallToInstant.js'
import type { ZoneRecord } from '../zone/zoneRecord.js'
import {
  type CompiledSchedule,
  inDaySpans,
  type Ranges,
  weekdayOfDays,
  zoneOnDay,
} from './compileSchedule.js'
import type { NoSlotsReason } from './types.js'

/** One local date, computed; internal. */
export interface DayData {
  readonly day: number
  readonly zone: ZoneRecord
  /** First instant of the date (its local midnight, or the first wall time after a gap). */
  readonly start: number
  /** First instant of the next date. */
  readonly end: number
  readonly working: Interval[]
  /** The date's breaks as configured (the caller clips them to working time). */
  readonly breaks: Interval[]
  readonly reason: NoSlotsReason | null
  /** Set when a holiday or full-day leave closes the date. */
  readonly closedBy: 'Holiday' | 'Leave' | null
}

/** Converts a date's ranges (seconds from its midnight) to a canonical list of instants. */
function rangesToInstants(zone: ZoneRecord, day: number, ranges: Ranges): Interval[] {
  const midnight = day * MS_PER_DAY
  const at = (i: number) => wallToInstant(zone, midnight + ranges[i]! * 1000, 'compatible')
  // These lists are part of the answer, so they are built at their exact size (an array grown
  // by `push` keeps room for a dozen more): no range and one range (the usual day) directly.
  // A range that lies wholly in a DST gap maps to nothing.
  if (ranges.length === 0) return []
  if (ranges.length === 2) {
    const start = at(0)
    const end = at(1)
    return end > start ? [{ start, end }] : []
  }
  const list: Interval[] = []
  for (let i = 0; i < ranges.length; i += 2) {
    const start = at(i)
    const end = at(i + 1)
    if (end > start) list.push({ start, end })
  }
  return normalizeIntervalList(list, '')
}

/**
 * Working time and breaks of every local date from `firstDay` to `lastDay` (inclusive).
 * Dates that do not exist in their zone (Pacific/Apia 2011-12-30) are left out.
 */
export function buildScheduleDays(schedule: CompiledSchedule, firstDay: number, lastDay: number): DayData[] {
  const days: DayData[] = []
  let zone = zoneOnDay(schedule, firstDay)
  let start = wallToInstant(zone, firstDay * MS_PER_DAY, 'compatible')
  for (let day = firstDay; day <= lastDay; day++) {
    const nextZone = zoneOnDay(schedule, day + 1)
    const end = wallToInstant(nextZone, (day + 1) * MS_PER_DAY, 'compatible')
    if (end > start) days.push(buildDay(schedule, day, zone, start, end))
    zone = nextZone
    start = end
  }
  return days
}

function buildDay(
  schedule: CompiledSchedule,
  day: number,
  zone: ZoneRecord,
  start: number,
  end: number,
): DayData {
  const closedBy = inDaySpans(schedule.holidays, day)
    ? 'Holiday'
    : inDaySpans(schedule.leaveDays, day)
      ? 'Leave'
      : null
  let working: Interval[] = []
  let breaks: Interval[] = []
  let reason: NoSlotsReason | null = closedBy
  if (closedBy === null) {
    const weekday = weekdayOfDays(day)
    // Breaks are computed even for a date without hours of its own: the previous date's night
    // shift can run into them (Sunday 19:00–00:15 with a Monday break 00:00–00:15; the caller
    // clips breaks to all working time). Found by the property tests.
    breaks = rangesToInstants(zone, day, schedule.weeklyBreaks[weekday]!)
    const dateBreaks = schedule.dateBreaks.get(day)
    if (dateBreaks !== undefined) breaks = unionSets(breaks, rangesToInstants(zone, day, dateBreaks))
    const ranges = schedule.overrides.get(day) ?? schedule.weekly?.[weekday]
    if (ranges === undefined) reason = 'WorkDayTemplateNotDefined'
    else {
      const hours = rangesToInstants(zone, day, ranges)
      working = schedule.leave.length === 0 ? hours : subtractSets(hours, schedule.leave)
      if (working.length === 0) reason = hours.length === 0 ? 'NotScheduled' : 'Leave'
    }
  }
  return { day, zone, start, end, working, breaks, reason, closedBy }
}
