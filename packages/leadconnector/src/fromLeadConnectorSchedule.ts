import type { DateHours, SafeParseResult, Schedule, TimeRange, WeekdayName } from '@slotwise/core'
import {
  closeRange,
  MINUTES_PER_DAY,
  type MinuteRange,
  MONDAY_FIRST,
  mergeRanges,
  readClock,
  toTimeRanges,
} from './hours.js'
import {
  at,
  checkOptions,
  fail,
  type JsonObject,
  own,
  readArray,
  readDate,
  readFlag,
  readObject,
  readOptionalString,
  readString,
  readTimeZone,
  safely,
  unwrap,
} from './read.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** Options of {@link fromLeadConnectorSchedule}. */
export interface FromLeadConnectorScheduleOptions {
  /** Zone to use when the schedule has no `timezone`. */
  readonly timeZone?: string
}

/** A user availability schedule read into the core. */
export interface LeadConnectorScheduleSettings {
  readonly scheduleId: string | undefined
  readonly userId: string | undefined
  readonly calendarIds: string[]
  readonly deleted: boolean
  /** Weekly hours from `wday` rules, overrides from `date` rules, in the schedule's `timezone`. */
  readonly schedule: Schedule
  readonly warnings: VendorWarning[]
}

function readIntervals(value: unknown, path: string, warnings: VendorWarning[]): MinuteRange[] {
  // Array.from, not map: a hole in a sparse array is read (and refused) like `undefined`.
  return Array.from(readArray(value, path), (item, i) => {
    const itemPath = at(path, i)
    const interval = readObject(item, itemPath)
    const from = readClock(own(interval, 'from'), at(itemPath, 'from'))
    if (from >= MINUTES_PER_DAY) fail(at(itemPath, 'from'), own(interval, 'from'), 'a start before 24:00')
    return closeRange(from, readClock(own(interval, 'to'), at(itemPath, 'to')), itemPath, warnings)
  })
}

/** `2025-3-4` → `2025-03-04` (the pattern accepts unpadded months and days). */
function padDate(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  return match === null ? value : `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
}

/**
 * Reads a user availability schedule (`GET /calendars/schedules/{id}` → `{ schedule }`, or
 * the bare object) into a core schedule: `wday` rules (also `weekday`, as one seed writes
 * it) give weekly hours, `date` rules replace a date's hours (`intervals: []` closes it).
 * Times `H:MM` are wall clock in the schedule's `timezone`; a `to` of `23:59` is the end of the day.
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * fromLeadConnectorSchedule({ schedule: { timezone: 'Europe/Berlin', rules: [{ type: 'wday', day: 'monday', intervals: [{ from: '9:00', to: '23:59' }] }] } }).schedule.weekly
 * // { monday: [{ from: '09:00', to: '24:00' }] }
 */
export function fromLeadConnectorSchedule(
  payload: unknown,
  options: FromLeadConnectorScheduleOptions = {},
): LeadConnectorScheduleSettings {
  checkOptions(options)
  const { object: schedule, path } = unwrap(payload, 'schedule')
  const warnings: VendorWarning[] = []
  const ownZone = own(schedule, 'timezone') ?? undefined
  const timeZone =
    ownZone === undefined && options.timeZone !== undefined
      ? readTimeZone(options.timeZone, 'options.timeZone')
      : readTimeZone(ownZone, at(path, 'timezone'))
  const deleted = readFlag(own(schedule, 'deleted'), at(path, 'deleted'), false)
  if (deleted)
    warn(warnings, 'DELETED_SCHEDULE', at(path, 'deleted'), 'this schedule is deleted on LeadConnector')
  const days = new Map<WeekdayName, MinuteRange[]>()
  const dates = new Map<string, MinuteRange[]>()
  const rulesPath = at(path, 'rules')
  readArray(own(schedule, 'rules'), rulesPath).forEach((item, i) => {
    const rulePath = at(rulesPath, i)
    const rule: JsonObject = readObject(item, rulePath)
    const type = own(rule, 'type')
    let target: Map<string, MinuteRange[]>
    let key: string
    if (type === 'wday' || type === 'weekday') {
      const dayKey = Object.hasOwn(rule, 'day') ? 'day' : 'wday'
      const day = readString(own(rule, dayKey), at(rulePath, dayKey), 16).toLowerCase()
      if (!MONDAY_FIRST.includes(day as WeekdayName)) fail(at(rulePath, dayKey), day, 'a weekday name')
      target = days as Map<string, MinuteRange[]>
      key = day
    } else if (type === 'date') {
      target = dates
      key = readDate(padDate(own(rule, 'date')), at(rulePath, 'date'))
    } else {
      warn(
        warnings,
        'UNKNOWN_RULE_TYPE',
        at(rulePath, 'type'),
        'a rule that is neither wday nor date was skipped',
      )
      return
    }
    const ranges = readIntervals(own(rule, 'intervals'), at(rulePath, 'intervals'), warnings)
    const seen = target.get(key)
    if (seen === undefined) target.set(key, ranges)
    else {
      warn(warnings, 'DUPLICATE_DATE', rulePath, `a second rule for ${key}: their intervals were merged`)
      seen.push(...ranges)
    }
  })
  const weekly: Partial<Record<WeekdayName, TimeRange[]>> = {}
  for (const day of MONDAY_FIRST) {
    const ranges = days.get(day)
    if (ranges !== undefined) weekly[day] = toTimeRanges(mergeRanges(ranges, rulesPath, warnings))
  }
  const overrides: DateHours[] = [...dates.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, ranges]) => ({ date, hours: toTimeRanges(mergeRanges(ranges, rulesPath, warnings)) }))
  const calendarIds = readArray(own(schedule, 'calendarIds'), at(path, 'calendarIds')).map((id, i) =>
    readString(id, at(at(path, 'calendarIds'), i), 256),
  )
  return {
    scheduleId: readOptionalString(own(schedule, 'id'), at(path, 'id'), 256),
    userId: readOptionalString(own(schedule, 'userId'), at(path, 'userId'), 256),
    calendarIds,
    deleted,
    schedule: overrides.length > 0 ? { timeZone, weekly, overrides } : { timeZone, weekly },
    warnings,
  }
}

/**
 * {@link fromLeadConnectorSchedule} without throwing.
 * @example
 * safeFromLeadConnectorSchedule({ schedule: { timezone: 'Mars/Base' } }).success // false
 */
export function safeFromLeadConnectorSchedule(
  payload: unknown,
  options: FromLeadConnectorScheduleOptions = {},
): SafeParseResult<LeadConnectorScheduleSettings> {
  return safely(() => fromLeadConnectorSchedule(payload, options))
}
