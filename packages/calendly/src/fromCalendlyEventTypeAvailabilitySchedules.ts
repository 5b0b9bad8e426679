import type { Schedule } from '@slotwise/core'
import { at, field, readArray, readObject, readOptionalString, runSafely } from './read.js'
import { type CalendlyRulesOptions, readAvailabilityRule } from './readAvailabilityRule.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** One host's (or every host's) schedule of an event type. */
export interface CalendlyHostSchedule {
  /** The host's user URI, or `null` when every host shares this schedule. */
  readonly user: string | null
  readonly schedule: Schedule
}

/** The schedules of an event type as core {@link Schedule}s. */
export interface CalendlyEventTypeSchedulesMapping {
  readonly schedules: CalendlyHostSchedule[]
  readonly warnings: VendorWarning[]
}

/**
 * Reads `GET /event_type_availability_schedules?event_type=…` (`{ collection: [{
 * availability_rule: { timezone, rules, user? } }] }`) into one core {@link Schedule} per
 * item. `user` is set when each host has a schedule of their own, `null` when all share one.
 * Items that carry `timezone`/`rules` themselves (no `availability_rule`) are read too. Rules
 * are read as in {@link fromCalendlyAvailabilitySchedule}, with the same warnings.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * const { schedules } = fromCalendlyEventTypeAvailabilitySchedules({ collection: [{ availability_rule: {
 *   timezone: 'Asia/Tokyo', user: 'https://api.calendly.com/users/U1',
 *   rules: [{ type: 'wday', wday: 'friday', intervals: [{ from: '10:00', to: '16:00' }] }] } }] })
 * schedules[0].user // 'https://api.calendly.com/users/U1'
 * schedules[0].schedule.weekly.friday // [{ from: '10:00', to: '16:00' }]
 */
export function fromCalendlyEventTypeAvailabilitySchedules(
  payload: unknown,
  options: CalendlyRulesOptions = {},
): CalendlyEventTypeSchedulesMapping {
  const settings = options ?? {}
  const warnings: VendorWarning[] = []
  const root = readObject(payload, '')
  const collection = readArray(field(root, 'collection'), 'collection')
  const schedules = collection.map((item, i): CalendlyHostSchedule => {
    const itemPath = `collection[${i}]`
    const entry = readObject(item, itemPath)
    const hasRule = Object.hasOwn(entry, 'availability_rule')
    const path = hasRule ? at(itemPath, 'availability_rule') : itemPath
    const rule = hasRule ? readObject(entry.availability_rule, path) : entry
    const user = readOptionalString(field(rule, 'user'), at(path, 'user')) ?? null
    return { user, schedule: readAvailabilityRule(rule, path, warnings, settings) }
  })
  return { schedules, warnings }
}

/**
 * {@link fromCalendlyEventTypeAvailabilitySchedules} without throwing.
 * @example
 * safeFromCalendlyEventTypeAvailabilitySchedules({ collection: 'x' }).success // false
 */
export function safeFromCalendlyEventTypeAvailabilitySchedules(
  payload: unknown,
  options?: CalendlyRulesOptions,
): CalendlySafeResult<CalendlyEventTypeSchedulesMapping> {
  return runSafely(() => fromCalendlyEventTypeAvailabilitySchedules(payload, options))
}
