import {
  type AvailabilityRequest,
  type Instant,
  planRecurringBooking,
  type Reason,
  SlotwiseError,
  toOffsetDateTime,
} from '@slotwise/core'
import type { LeadConnectorRecurringSettings } from './fromLeadConnectorCalendar.js'
import { RECURRING_MAX_COUNT } from './limits.js'
import { checkArgument, checkOptions, readDateTime } from './read.js'

/** Options of {@link planLeadConnectorRecurringBooking}. */
export interface PlanLeadConnectorRecurringBookingOptions {
  /** The first occurrence: ISO 8601 with offset, or epoch milliseconds. */
  readonly startTime: string | Instant
  /** The calendar's settings (`fromLeadConnectorCalendar(...).recurring`). */
  readonly recurring: LeadConnectorRecurringSettings
  /** Zone of the written times (the booker's or the location's). */
  readonly timeZone: string
  /** Status of an occurrence booked without conflict; default `'confirmed'` (`autoConfirm`). */
  readonly status?: 'confirmed' | 'new'
}

/** One occurrence of the plan, in LeadConnector's words. */
export interface LeadConnectorRecurringOccurrence {
  readonly index: number
  /** `booked`, `moved` (book_next), `skipped` (skip) or `failed` (book_next found nothing). */
  readonly status: 'booked' | 'moved' | 'skipped' | 'failed'
  /** Where the rule puts the occurrence. */
  readonly requestedStartTime: string
  /** The appointment to create (absent when skipped). */
  readonly startTime?: string
  readonly endTime?: string
  /** `bookingOverlapDefaultStatus` for one booked over a conflict, `cancelled` when book_next failed. */
  readonly appointmentStatus?: 'confirmed' | 'new' | 'cancelled'
  /** Why the requested time was not free (empty when it was). */
  readonly reasons: Reason[]
  readonly conflictingEventIds?: string[]
}

/** The plan: the rule LeadConnector would store, and each occurrence. */
export interface LeadConnectorRecurringPlan {
  readonly rrule: string
  readonly occurrences: LeadConnectorRecurringOccurrence[]
}

/**
 * Plans a recurring booking the way LeadConnector's `recurring.bookingOption` does, through
 * the core's `planRecurringBooking`: `skip` leaves taken occurrences out, `continue` books
 * them anyway with `bookingOverlapDefaultStatus`, `book_next` moves each to the first free of
 * the next 3 slots or cancels it. Occurrences repeat the first start's wall clock in the
 * first person's zone.
 * @throws SlotwiseError `VENDOR_LIMIT` when `count` is over 24 (with LeadConnector's 422
 * body), `INVALID_VENDOR_PAYLOAD` for a bad `startTime`, and what `availability` throws.
 * @example
 * planLeadConnectorRecurringBooking(request, { startTime: '2025-03-10T10:00:00-04:00', recurring: { freq: 'WEEKLY', count: 4, bookingOption: 'skip', bookingOverlapDefaultStatus: 'confirmed' }, timeZone: 'America/New_York' }).rrule
 * // 'RRULE:FREQ=WEEKLY;COUNT=4'
 */
export function planLeadConnectorRecurringBooking(
  request: AvailabilityRequest,
  options: PlanLeadConnectorRecurringBookingOptions,
): LeadConnectorRecurringPlan {
  checkOptions(options)
  checkArgument(options !== undefined, 'options', 'an options object')
  const { recurring, timeZone } = options
  checkArgument(
    typeof recurring === 'object' && recurring !== null,
    'recurring',
    'the calendar’s recurring settings',
  )
  // Compared only as a number: `>` on an array joins it first, and a deeply nested one
  // overflowed the stack. Anything else is the core's to refuse.
  if (typeof recurring.count === 'number' && recurring.count > RECURRING_MAX_COUNT) {
    throw new SlotwiseError('VENDOR_LIMIT', {
      path: 'recurring.count',
      details: {
        vendorError: {
          statusCode: 422,
          message: [`recurring.count must not be greater than ${RECURRING_MAX_COUNT}`],
          error: 'Unprocessable Entity',
        },
        limit: RECURRING_MAX_COUNT,
        actual: recurring.count,
      },
    })
  }
  const start = readDateTime(options.startTime, 'startTime', timeZone).instant
  const plan = planRecurringBooking(request, {
    start,
    freq: recurring.freq,
    count: recurring.count,
    bookingOption: recurring.bookingOption,
  })
  const write = (instant: Instant) => toOffsetDateTime(instant, timeZone)
  const occurrences = plan.map((line): LeadConnectorRecurringOccurrence => {
    const base = {
      index: line.index,
      status: line.status,
      requestedStartTime: write(line.requested.start),
      reasons: line.reasons,
    }
    if (line.status === 'skipped') return base
    if (line.status === 'failed') {
      return {
        ...base,
        startTime: base.requestedStartTime,
        endTime: write(line.requested.end),
        appointmentStatus: 'cancelled',
      }
    }
    const slot = line.slot ?? line.requested
    const conflicted = line.reasons.length > 0 && line.status === 'booked'
    const occurrence = {
      ...base,
      startTime: write(slot.start),
      endTime: write(slot.end),
      appointmentStatus: conflicted ? recurring.bookingOverlapDefaultStatus : (options.status ?? 'confirmed'),
    }
    return line.conflictingEventIds === undefined
      ? occurrence
      : { ...occurrence, conflictingEventIds: line.conflictingEventIds }
  })
  return { rrule: `RRULE:FREQ=${recurring.freq};COUNT=${recurring.count}`, occurrences }
}
