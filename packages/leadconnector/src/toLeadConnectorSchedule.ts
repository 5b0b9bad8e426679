import type { Schedule } from '@slotwise/core'
import { formatClock, MINUTES_PER_DAY, type MinuteRange, MONDAY_FIRST } from './hours.js'
import { planScheduleHours } from './planScheduleHours.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** One rule of a user availability schedule. */
export type LeadConnectorScheduleRule =
  | { readonly type: 'wday'; readonly day: string; readonly intervals: { from: string; to: string }[] }
  | { readonly type: 'date'; readonly date: string; readonly intervals: { from: string; to: string }[] }

/** The schedule to send (`PUT /calendars/schedules/{id}` body), and what could not be written. */
export interface LeadConnectorScheduleUpdate {
  /** The existing schedule with `timezone` and `rules` replaced; every other field kept. */
  readonly schedule: Readonly<Record<string, unknown>> & {
    readonly timezone: string
    readonly rules: LeadConnectorScheduleRule[]
  }
  readonly warnings: VendorWarning[]
}

/** The create/update pattern for `timezone`: it refuses `UTC`, `Etc/GMT+5` and three-part ids. */
const ACCEPTED_ZONE = /^[A-Za-z_]+\/[A-Za-z_]+$/

function writeIntervals(ranges: readonly MinuteRange[], path: string, warnings: VendorWarning[]) {
  return ranges.map(([from, to]) => {
    if (to > MINUTES_PER_DAY) {
      warn(
        warnings,
        'HOURS_CROSS_MIDNIGHT',
        path,
        'an interval past midnight is written ending before it starts; LeadConnector may not accept it',
      )
    }
    if (to % MINUTES_PER_DAY === MINUTES_PER_DAY - 1) {
      warn(warnings, 'END_OF_DAY_AMBIGUOUS', path, 'an end at 23:59 reads back as the end of the day (24:00)')
    }
    // The pattern `([01]?[0-9]|2[0-3]):[0-5][0-9]` cannot say 24:00: the end of the day is 23:59.
    return {
      from: formatClock(from),
      to: to === MINUTES_PER_DAY ? '23:59' : formatClock(to % MINUTES_PER_DAY),
    }
  })
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Writes a core schedule as a user availability schedule: a `wday` rule per weekday with
 * hours (Monday first), a `date` rule per date whose hours differ from its weekday
 * (`intervals: []` closes it), `HH:MM` times with the end of the day as `23:59`, breaks cut
 * out. Keeps every field of `existing` it does not own, and the unknown fields of a rule it rewrites.
 * @throws SlotwiseError `INVALID_ARGUMENT`, `INVALID_TIME`, `INVALID_DATE` for a malformed schedule.
 * @example
 * toLeadConnectorSchedule({ timeZone: 'Europe/Berlin', weekly: { monday: [{ from: '09:00', to: '17:00' }] } }, { schedule: { id: 's1', name: 'Office' } }).schedule
 * // { id: 's1', name: 'Office', timezone: 'Europe/Berlin', rules: [{ type: 'wday', day: 'monday', intervals: [{ from: '09:00', to: '17:00' }] }] }
 */
export function toLeadConnectorSchedule(schedule: Schedule, existing?: unknown): LeadConnectorScheduleUpdate {
  const warnings: VendorWarning[] = []
  const plan = planScheduleHours(schedule, 'schedule', warnings)
  const wrapped = isObject(existing) && isObject(existing.schedule) ? existing.schedule : existing
  const base = isObject(wrapped) ? wrapped : {}
  if (!plan.hasTemplate)
    warn(warnings, 'NO_TEMPLATE', 'schedule.weekly', 'no weekly template: written as no weekday rules')
  if (!ACCEPTED_ZONE.test(schedule.timeZone)) {
    warn(
      warnings,
      'TIME_ZONE_NOT_ACCEPTED',
      'schedule.timeZone',
      `LeadConnector refuses the timezone ${schedule.timeZone} on create and update`,
    )
  }
  const previous = new Map<string, Readonly<Record<string, unknown>>>()
  for (const rule of Array.isArray(base.rules) ? (base.rules as unknown[]).filter(isObject) : []) {
    // Matched by a string date or day only: String() of an object without a prototype throws.
    const name = rule.type === 'date' ? rule.date : (rule.day ?? rule.wday)
    if (typeof name !== 'string') continue
    const key = `${rule.type === 'date' ? 'date' : 'wday'}:${name}`
    if (!previous.has(key)) previous.set(key, rule)
  }
  const rules: LeadConnectorScheduleRule[] = []
  for (const day of MONDAY_FIRST) {
    const ranges = plan.weekly.get(day)
    if (ranges === undefined) continue
    const intervals = writeIntervals(ranges, `schedule.weekly.${day}`, warnings)
    rules.push({ ...previous.get(`wday:${day}`), type: 'wday', day, intervals })
  }
  for (const [date, ranges] of plan.dates) {
    const intervals = writeIntervals(ranges, `schedule.overrides.${date}`, warnings)
    rules.push({ ...previous.get(`date:${date}`), type: 'date', date, intervals })
  }
  return { schedule: { ...base, timezone: schedule.timeZone, rules }, warnings }
}
