import type { Instant } from '@slotwise/core'
import {
  at,
  describe,
  failArgument,
  field,
  readArray,
  readInteger,
  readObject,
  readOptionalString,
  readTimestamp,
  runSafely,
  warn,
} from './read.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** Options of {@link fromCalendlyAvailableTimes}. */
export interface FromCalendlyAvailableTimesOptions {
  /** The event type's `duration`: Calendly returns start times only. */
  readonly durationMinutes: number
}

/** One start time Calendly offers. */
export interface CalendlyOfferedSlot {
  readonly start: Instant
  /** `start + durationMinutes`. */
  readonly end: Instant
  readonly inviteesRemaining: number
  readonly schedulingUrl: string | null
}

/** Calendly's available times as slots. */
export interface CalendlyAvailableTimesMapping {
  /** Sorted by start, one per start. */
  readonly slots: CalendlyOfferedSlot[]
  readonly warnings: VendorWarning[]
}

/**
 * Reads `GET /event_type_available_times` (`{ collection }` or the bare array) into slots:
 * Calendly's own answer, to compare with the core's or to check a booking against. Entries
 * whose `status` is not `available` are skipped (warning). A start listed twice (windows
 * joined at a chunk boundary) appears once, with the smaller `invitees_remaining`.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field; `INVALID_ARGUMENT` for a bad duration.
 * @example
 * const { slots } = fromCalendlyAvailableTimes({ collection: [{ status: 'available', invitees_remaining: 1,
 *   start_time: '2025-03-11T08:00:00.000000Z', scheduling_url: 'https://calendly.com/acme/30min/2025-03-11T08:00:00Z' }] },
 *   { durationMinutes: 30 })
 * slots[0].end - slots[0].start // 1_800_000
 */
export function fromCalendlyAvailableTimes(
  payload: unknown,
  options: FromCalendlyAvailableTimesOptions,
): CalendlyAvailableTimesMapping {
  const duration = options?.durationMinutes
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1 || duration > 1440) {
    failArgument('options.durationMinutes', duration, 'an integer 1…1440')
  }
  const warnings: VendorWarning[] = []
  const array = Array.isArray(payload)
  const list = array ? payload : readArray(field(readObject(payload, ''), 'collection'), 'collection')
  const byStart = new Map<number, CalendlyOfferedSlot>()
  for (let i = 0; i < list.length; i++) {
    const path = array ? `[${i}]` : `collection[${i}]`
    const entry = readObject(list[i], path)
    const status = field(entry, 'status')
    if (status !== 'available') {
      warn(
        warnings,
        'STATUS_NOT_AVAILABLE',
        at(path, 'status'),
        `skipped an entry with status ${describe(status)}`,
      )
      continue
    }
    const start = readTimestamp(field(entry, 'start_time'), at(path, 'start_time'), warnings)
    const remaining = field(entry, 'invitees_remaining')
    const inviteesRemaining =
      remaining === undefined || remaining === null
        ? 1
        : readInteger(remaining, at(path, 'invitees_remaining'), 0, 1e6)
    const schedulingUrl =
      readOptionalString(field(entry, 'scheduling_url'), at(path, 'scheduling_url')) ?? null
    const earlier = byStart.get(start)
    if (earlier !== undefined && earlier.inviteesRemaining <= inviteesRemaining) continue
    byStart.set(start, { start, end: start + duration * 60_000, inviteesRemaining, schedulingUrl })
  }
  const slots = [...byStart.values()].sort((a, b) => a.start - b.start)
  return { slots, warnings }
}

/**
 * {@link fromCalendlyAvailableTimes} without throwing.
 * @example
 * safeFromCalendlyAvailableTimes({ collection: null }, { durationMinutes: 30 }).success // false
 */
export function safeFromCalendlyAvailableTimes(
  payload: unknown,
  options: FromCalendlyAvailableTimesOptions,
): CalendlySafeResult<CalendlyAvailableTimesMapping> {
  return runSafely(() => fromCalendlyAvailableTimes(payload, options))
}
