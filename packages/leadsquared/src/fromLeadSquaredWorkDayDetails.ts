import {
  formatPlainDate,
  type IntervalSet,
  isSlotwiseError,
  type NoSlotsReason,
  normalizeIntervals,
  parsePlainDate,
  SlotwiseError,
  type TimeRange,
  validateTimeZone,
} from '@slotwise/core'
import { type SecondsRange, toTimeRanges } from './ranges.js'
import { fail, field, readObject, readString, runSafely, Warnings } from './read.js'
import { readTimeSlots } from './readTimeSlots.js'
import type { Mapped, SafeMapped, VendorWarningCode } from './types.js'
import { clockOf, dayStart, SECONDS_PER_DAY } from './wallClock.js'

/** Options of {@link fromLeadSquaredWorkDayDetails}: the call's `date` and the user's zone. */
export interface FromLeadSquaredWorkDayDetailsOptions {
  /** The `date` query parameter, `yyyy-MM-dd`. */
  readonly date: string
  /** The zone of `WorkingHours`: the user's template zone. */
  readonly timeZone: string
}

/** A user's work-day details, read. */
export interface LeadSquaredWorkDay {
  readonly userId: string
  readonly date: string
  readonly isAvailable: boolean
  /** `null` for `""` (hours come from the template). */
  readonly statusReason: NoSlotsReason | null
  /** `WorkingHours` as the core's `{ from, to }` (an override for the date). */
  readonly hours: TimeRange[]
  /** `WorkingHours` as instants. */
  readonly working: IntervalSet
}

const REASONS: readonly NoSlotsReason[] = ['Holiday', 'Leave', 'NotScheduled', 'WorkDayTemplateNotDefined']

/**
 * Reads `GetWorkDayDetails` (`IsAvailable`, `StatusReason`, `UserId`, `WorkingHours`).
 * `WorkingHours` are `HH:mm:ss` of the date in the user's zone; `23:59:59`, `00:00:00` and an
 * end not after the start mean the end of the date, so a user without a template
 * (`WorkDayTemplateNotDefined`, `00:00:00`–`23:59:59`) works the whole date.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`WorkingHours[0].EndTime`);
 *   `INVALID_DATE`/`INVALID_TIME_ZONE` for the options.
 * @example
 * fromLeadSquaredWorkDayDetails({ IsAvailable: 1, StatusReason: 'WorkDayTemplateNotDefined', UserId: 'u1',
 *   WorkingHours: [{ StartTime: '00:00:00', EndTime: '23:59:59' }] }, { date: '2026-03-09', timeZone: 'UTC' }).value.hours
 * // [{ from: '00:00:00', to: '24:00:00' }]
 */
export function fromLeadSquaredWorkDayDetails(
  payload: unknown,
  options: FromLeadSquaredWorkDayDetailsOptions,
): Mapped<LeadSquaredWorkDay> {
  const warnings = new Warnings()
  const day = parsePlainDate(options?.date, 'options.date')
  const timeZone = validateTimeZone(options?.timeZone, 'options.timeZone')
  const details = readObject(payload, '')
  const available = field(details, 'IsAvailable')
  if (available !== 0 && available !== 1 && available !== true && available !== false) {
    fail('IsAvailable', available, '0 or 1')
  }
  const reasonValue = field(details, 'StatusReason')
  let statusReason: NoSlotsReason | null = null
  if (reasonValue !== undefined && reasonValue !== null && reasonValue !== '') {
    if (typeof reasonValue !== 'string') fail('StatusReason', reasonValue, '"" or a reason')
    if (REASONS.includes(reasonValue as NoSlotsReason)) statusReason = reasonValue as NoSlotsReason
    else
      warnings.add(
        'UNKNOWN_NO_SLOTS_REASON',
        'StatusReason',
        `unknown reason ${JSON.stringify(reasonValue)} read as ""`,
      )
  }
  let start: number
  let end: number
  try {
    start = dayStart(day, timeZone)
    end = dayStart(day + 1, timeZone)
  } catch (error) {
    // 9999-12-31 ends at 10000-01-01, past the core's zone range: the date is refused, at the option.
    if (!isSlotwiseError(error)) throw error
    throw new SlotwiseError('INVALID_DATE', {
      path: 'options.date',
      details: { value: formatPlainDate(day), expected: 'a date whose day the core can place in the zone' },
      cause: error,
    })
  }
  const working = normalizeIntervals(
    readTimeSlots(field(details, 'WorkingHours'), 'WorkingHours', day, timeZone, start, end, warnings),
  )
  const report = (code: VendorWarningCode, message: string) => warnings.add(code, 'WorkingHours', message)
  const hours = toTimeRanges(
    working.map(
      (part): SecondsRange => [
        clockOf(part.start, day, timeZone, report),
        part.end === end ? SECONDS_PER_DAY : clockOf(part.end, day, timeZone, report),
      ],
    ),
  )
  return {
    value: {
      userId: readString(field(details, 'UserId'), 'UserId'),
      date: formatPlainDate(day),
      isAvailable: available === 1 || available === true,
      statusReason,
      hours,
      working,
    },
    warnings: warnings.list,
  }
}

/**
 * {@link fromLeadSquaredWorkDayDetails} without throwing.
 *
 * @example
 * safeFromLeadSquaredWorkDayDetails({ IsAvailable: 2 }, { date: '2026-03-09', timeZone: 'UTC' }).success // false
 */
export function safeFromLeadSquaredWorkDayDetails(
  payload: unknown,
  options: FromLeadSquaredWorkDayDetailsOptions,
): SafeMapped<LeadSquaredWorkDay> {
  return runSafely(() => fromLeadSquaredWorkDayDetails(payload, options))
}
