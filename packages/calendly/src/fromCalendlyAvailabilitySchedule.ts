import type { Schedule } from '@slotwise/core'
import {
  at,
  fail,
  failArgument,
  field,
  isObject,
  readArray,
  readObject,
  readOptionalString,
  runSafely,
  warn,
} from './read.js'
import { type CalendlyRulesOptions, readAvailabilityRule } from './readAvailabilityRule.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** Options of {@link fromCalendlyAvailabilitySchedule}. */
export interface FromCalendlyAvailabilityScheduleOptions extends CalendlyRulesOptions {
  /** From a `{ collection }`, the schedule with this `uri`; default: the `default: true` one, else the first. */
  readonly uri?: string
}

/** A Calendly availability schedule as a core {@link Schedule}. */
export interface CalendlyScheduleMapping {
  readonly schedule: Schedule
  /** The schedule's `user` URI, or `null` when the payload has none. */
  readonly user: string | null
  readonly warnings: VendorWarning[]
}

/** Finds the schedule object inside `{ resource }`, `{ collection }` or a bare schedule, and its path. */
function locate(
  payload: unknown,
  options: FromCalendlyAvailabilityScheduleOptions,
  warnings: VendorWarning[],
): [Record<string, unknown>, string] {
  const root = readObject(payload, '')
  if (Object.hasOwn(root, 'resource')) return [readObject(root.resource, 'resource'), 'resource']
  if (!Object.hasOwn(root, 'collection')) return [root, '']
  const collection = readArray(root.collection, 'collection')
  if (collection.length === 0) fail('collection', collection, 'at least one schedule')
  let index = -1
  if (options.uri !== undefined) {
    // A symbol in the message's template literal threw a TypeError.
    if (typeof options.uri !== 'string') failArgument('options.uri', options.uri, 'a schedule uri')
    index = collection.findIndex((item) => isObject(item) && field(item, 'uri') === options.uri)
    if (index < 0) fail('collection', collection, `a schedule with uri ${options.uri}`)
  } else {
    index = collection.findIndex((item) => isObject(item) && field(item, 'default') === true)
    if (index < 0) index = 0
    if (collection.length > 1) {
      warn(
        warnings,
        'SCHEDULES_IGNORED',
        'collection',
        `read collection[${index}] and ignored ${collection.length - 1} other schedule(s)`,
      )
    }
  }
  return [readObject(collection[index], `collection[${index}]`), `collection[${index}]`]
}

/**
 * Reads a Calendly user availability schedule (`GET /user_availability_schedules[/{uuid}]`:
 * `{ resource }`, `{ collection }` or the bare object) into a core {@link Schedule}.
 *
 * `wday` rules become `weekly`, `date` rules become `overrides` (`intervals: []` closes the
 * date). `to: "00:00"` and `"24:00"` end at midnight, `"23:59"` is read as `24:00` (warning),
 * a `to` before `from` runs into the next day (warning), overlapping intervals and duplicate
 * rules are merged (warning), unknown rule types are skipped (warning).
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * const { schedule } = fromCalendlyAvailabilitySchedule({ resource: { timezone: 'Europe/Berlin', rules: [
 *   { type: 'wday', wday: 'monday', intervals: [{ from: '09:00', to: '00:00' }] },
 *   { type: 'date', date: '2025-3-14', intervals: [] },
 * ] } })
 * schedule.weekly.monday // [{ from: '09:00', to: '24:00' }]
 * schedule.overrides // [{ date: '2025-03-14', hours: [] }]
 */
export function fromCalendlyAvailabilitySchedule(
  payload: unknown,
  options: FromCalendlyAvailabilityScheduleOptions = {},
): CalendlyScheduleMapping {
  const warnings: VendorWarning[] = []
  const settings = options ?? {}
  const [schedule, path] = locate(payload, settings, warnings)
  const user = readOptionalString(field(schedule, 'user'), at(path, 'user')) ?? null
  return { schedule: readAvailabilityRule(schedule, path, warnings, settings), user, warnings }
}

/**
 * {@link fromCalendlyAvailabilitySchedule} without throwing: `{ success, value | issues }`.
 * @example
 * safeFromCalendlyAvailabilitySchedule({ rules: [] }).success // false (no timezone)
 */
export function safeFromCalendlyAvailabilitySchedule(
  payload: unknown,
  options?: FromCalendlyAvailabilityScheduleOptions,
): CalendlySafeResult<CalendlyScheduleMapping> {
  return runSafely(() => fromCalendlyAvailabilitySchedule(payload, options))
}
