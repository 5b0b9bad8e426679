import {
  type AvailabilityRequest,
  type AvailabilityResult,
  type Instant,
  toWallTime,
  validateTimeZone,
} from '@slotwise/core'
import { failArgument, formatTimestamp, type TimestampPrecision } from './read.js'
import type { CalendlyAvailableTime, CalendlyAvailableTimes } from './types.js'

/** Options of {@link toCalendlyAvailableTimes}. */
export interface ToCalendlyAvailableTimesOptions {
  /** The event type's `scheduling_url` (`https://calendly.com/acme/30min`). */
  readonly schedulingUrl: string
  /**
   * The request the result answers: with `policy.capacity` and `policy.eventType` set,
   * `invitees_remaining` is the capacity minus the bookings of that type overlapping the slot.
   * Without it every time has `invitees_remaining: 1`.
   */
  readonly request?: AvailabilityRequest
  /** Digits of `start_time` below the second: `'microseconds'` (default, as Calendly writes), `'milliseconds'`, `'seconds'`. */
  readonly precision?: TimestampPrecision
  /** The zone of the `month`/`date` query of each `scheduling_url` (the invitee's zone). Default `UTC`. */
  readonly timeZone?: string
  /** Which person's slots to write when the result has several people and no team. */
  readonly personId?: string
}

interface Source {
  readonly start: Instant
  readonly end: Instant
  readonly people: readonly string[]
}

/** Picks the slots to write: the team's, or one person's. */
function slotsOf(result: AvailabilityResult, personId: string | undefined): Source[] {
  if (result.team !== undefined && personId === undefined) return result.team.slots
  const people = result.people
  const person =
    personId === undefined
      ? people.length === 1
        ? people[0]
        : undefined
      : people.find((p) => p.id === personId)
  if (person === undefined) {
    failArgument(
      personId === undefined ? 'result.people' : 'options.personId',
      personId,
      'one person, a team, or options.personId naming a person',
    )
  }
  return person.days.flatMap((day) =>
    day.slots.map((slot) => ({ start: slot.start, end: slot.end, people: [person.id] })),
  )
}

/** Seats left at a slot for one person: capacity minus that person's bookings of the type overlapping it. */
function seatsLeft(request: AvailabilityRequest, personId: string, start: Instant, end: Instant): number {
  const { capacity, eventType } = request.policy
  if (capacity === undefined || eventType === undefined) return 1
  const person = request.people.find((p) => p.id === personId)
  let booked = 0
  for (const event of person?.busy ?? []) {
    if (event.eventType === eventType && event.start < end && event.end > start && event.end > event.start)
      booked++
  }
  return Math.max(capacity - booked, 0)
}

/**
 * Writes core slots as Calendly's `GET /event_type_available_times` body, byte for byte:
 * `{ collection: [{ status: 'available', invitees_remaining, start_time, scheduling_url }] }`,
 * `start_time` in UTC with `Z` and microseconds (`2025-03-11T08:00:00.000000Z`),
 * `scheduling_url` = `<schedulingUrl>/<start, seconds, Z>?month=YYYY-MM&date=YYYY-MM-DD`.
 *
 * Slots come from `result.team` when present (round robin: a time is listed when anyone is
 * free), else from the one person. Hidden (look-busy) slots are not written. With capacity,
 * `invitees_remaining` is the seats left (the most any free host has in a round robin, the
 * fewest in a collective); recurring bookings are not counted.
 *
 * @throws SlotwiseError `INVALID_ARGUMENT` for a bad option, a `result` that is not an answer, or a result with several people and no team.
 * @example
 * const result = { window: { start: 0, end: 0 }, people: [{ id: 'dana', timeZone: 'UTC', days: [{ date: '2025-03-11', timeZone: 'UTC',
 *   working: [], breaks: [], busy: [], hidden: [], noSlotsReason: null,
 *   slots: [{ start: Date.UTC(2025, 2, 11, 8), end: Date.UTC(2025, 2, 11, 8, 30) }] }] }] }
 * toCalendlyAvailableTimes(result, { schedulingUrl: 'https://calendly.com/acme-demo/30min' }).collection[0] // { status: 'available', invitees_remaining: 1, start_time: '2025-03-11T08:00:00.000000Z', scheduling_url: 'https://calendly.com/acme-demo/30min/2025-03-11T08:00:00Z?month=2025-03&date=2025-03-11' }
 */
export function toCalendlyAvailableTimes(
  result: AvailabilityResult,
  options: ToCalendlyAvailableTimesOptions,
): CalendlyAvailableTimes {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.people))
    failArgument('result', result, 'an AvailabilityResult')
  const request: unknown = options?.request
  if (
    request !== undefined &&
    (typeof request !== 'object' ||
      request === null ||
      typeof (request as AvailabilityRequest).policy !== 'object' ||
      (request as AvailabilityRequest).policy === null ||
      !Array.isArray((request as AvailabilityRequest).people))
  )
    failArgument('options.request', request, 'the AvailabilityRequest the result answers')
  const base = options?.schedulingUrl
  if (typeof base !== 'string' || base.length === 0) failArgument('options.schedulingUrl', base, 'a URL')
  const precision = options.precision ?? 'microseconds'
  if (precision !== 'microseconds' && precision !== 'milliseconds' && precision !== 'seconds') {
    failArgument('options.precision', precision, "'microseconds' | 'milliseconds' | 'seconds'")
  }
  const timeZone =
    options.timeZone === undefined ? 'UTC' : validateTimeZone(options.timeZone, 'options.timeZone')
  const url = base.replace(/\/+$/, '')
  const mode = result.team?.mode
  const collection = slotsOf(result, options.personId).map((slot): CalendlyAvailableTime => {
    let remaining = 1
    if (options.request !== undefined) {
      const seats = slot.people.map((id) => seatsLeft(options.request!, id, slot.start, slot.end))
      remaining = mode === 'collective' ? Math.min(...seats) : Math.max(...seats)
    }
    const date = toWallTime(slot.start, timeZone).slice(0, 10)
    return {
      status: 'available',
      invitees_remaining: remaining,
      start_time: formatTimestamp(slot.start, precision),
      scheduling_url: `${url}/${formatTimestamp(slot.start, 'seconds')}?month=${date.slice(0, 7)}&date=${date}`,
    }
  })
  return { collection }
}
