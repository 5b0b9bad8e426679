import type { BusyEvent } from '@slotwise/core'
import {
  at,
  describe,
  fail,
  failArgument,
  field,
  formatTimestamp,
  readArray,
  readObject,
  readString,
  readTimestamp,
  runSafely,
  warn,
} from './read.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** Options of {@link fromCalendlyBusyTimes}. */
export interface FromCalendlyBusyTimesOptions {
  /**
   * The event type of a Calendly booking, from its scheduled event URI (`event.uri`; look it
   * up in `GET /scheduled_events`). Needed for group event types: bookings of the type being
   * offered then count against its capacity instead of blocking.
   */
  readonly eventTypeOf?: (eventUri: string) => string | undefined
}

/** Calendly busy times as core {@link BusyEvent}s. */
export interface CalendlyBusyMapping {
  /** Sorted by start, then end. */
  readonly busy: BusyEvent[]
  readonly warnings: VendorWarning[]
}

const MINUTE = 60_000
/** The core's longest event buffer (one week), in minutes. */
const MAX_BUFFER_MINUTES = 10_080
const KNOWN_TYPES = ['calendly', 'external']

/** Minutes between a raw and a buffered time, rounded up; `0` (with a warning) when the buffer points the wrong way. */
function bufferMinutes(gap: number, path: string, raw: unknown, warnings: VendorWarning[]): number {
  if (gap < 0) {
    warn(warnings, 'BUFFER_IGNORED', path, 'ignored a buffered time on the wrong side of the event')
    return 0
  }
  const minutes = Math.ceil(gap / MINUTE)
  if (minutes > MAX_BUFFER_MINUTES) fail(path, raw, 'a buffer of at most 7 days')
  if (gap % MINUTE !== 0)
    warn(warnings, 'BUFFER_ROUNDED', path, `rounded a buffer of ${gap} ms up to ${minutes} minute(s)`)
  return minutes
}

/**
 * Reads `GET /user_busy_times` (`{ collection }` or the bare array) into core busy events.
 *
 * Every entry blocks (hard). `buffered_start_time`/`buffered_end_time` become the event's own
 * buffers (`bufferBeforeMinutes`/`bufferAfterMinutes`, rounded up to whole minutes), so they
 * add up with the offered event type's buffers; absent or `null` means no buffer (external
 * events have none). A Calendly booking's id is its `event.uri`, other ids are
 * `<type>:<start>/<end>`. Types other than `calendly`/`external` (`reserved` has been seen)
 * are busy too, with a warning.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * const { busy } = fromCalendlyBusyTimes({ collection: [{ type: 'calendly',
 *   start_time: '2025-03-10T09:00:00.000000Z', end_time: '2025-03-10T09:30:00.000000Z',
 *   buffered_start_time: '2025-03-10T08:45:00.000000Z', buffered_end_time: '2025-03-10T09:40:00.000000Z',
 *   event: { uri: 'https://api.calendly.com/scheduled_events/E1' } }] })
 * busy[0] // { id: 'https://api.calendly.com/scheduled_events/E1', start: Date.UTC(2025, 2, 10, 9), end: Date.UTC(2025, 2, 10, 9, 30), bufferBeforeMinutes: 15, bufferAfterMinutes: 10 }
 */
export function fromCalendlyBusyTimes(
  payload: unknown,
  options: FromCalendlyBusyTimesOptions = {},
): CalendlyBusyMapping {
  const warnings: VendorWarning[] = []
  const eventTypeOf = options?.eventTypeOf
  if (eventTypeOf !== undefined && typeof eventTypeOf !== 'function')
    failArgument('options.eventTypeOf', eventTypeOf, 'a function')
  let list: readonly unknown[]
  let base: string
  if (Array.isArray(payload)) {
    list = payload
    base = ''
  } else {
    list = readArray(field(readObject(payload, ''), 'collection'), 'collection')
    base = 'collection'
  }
  const busy: BusyEvent[] = []
  for (let i = 0; i < list.length; i++) {
    const path = base === '' ? `[${i}]` : `${base}[${i}]`
    const entry = readObject(list[i], path)
    const type = readString(field(entry, 'type'), at(path, 'type'))
    if (!KNOWN_TYPES.includes(type)) {
      warn(
        warnings,
        'UNKNOWN_BUSY_TYPE',
        at(path, 'type'),
        `read a busy time of type ${describe(type)} as busy`,
      )
    }
    const start = readTimestamp(field(entry, 'start_time'), at(path, 'start_time'), warnings)
    const end = readTimestamp(field(entry, 'end_time'), at(path, 'end_time'), warnings)
    if (end < start) fail(at(path, 'end_time'), field(entry, 'end_time'), 'a time not before start_time')
    let before = 0
    let after = 0
    const bufferedStart = field(entry, 'buffered_start_time')
    if (bufferedStart !== undefined && bufferedStart !== null) {
      const bufferPath = at(path, 'buffered_start_time')
      before = bufferMinutes(
        start - readTimestamp(bufferedStart, bufferPath, warnings),
        bufferPath,
        bufferedStart,
        warnings,
      )
    }
    const bufferedEnd = field(entry, 'buffered_end_time')
    if (bufferedEnd !== undefined && bufferedEnd !== null) {
      const bufferPath = at(path, 'buffered_end_time')
      after = bufferMinutes(
        readTimestamp(bufferedEnd, bufferPath, warnings) - end,
        bufferPath,
        bufferedEnd,
        warnings,
      )
    }
    const event = field(entry, 'event')
    let eventUri: string | undefined
    if (event !== undefined && event !== null) {
      const uri = field(readObject(event, at(path, 'event')), 'uri')
      if (uri !== undefined && uri !== null) eventUri = readString(uri, at(path, 'event.uri'))
    }
    const id =
      eventUri !== undefined && eventUri.length <= 256
        ? eventUri
        : `${type.slice(0, 40)}:${formatTimestamp(start, 'milliseconds')}/${formatTimestamp(end, 'milliseconds')}`
    const eventType = eventUri === undefined ? undefined : eventTypeOf?.(eventUri)
    busy.push({
      id,
      start,
      end,
      ...(before > 0 ? { bufferBeforeMinutes: before } : {}),
      ...(after > 0 ? { bufferAfterMinutes: after } : {}),
      ...(typeof eventType === 'string' && eventType.length > 0 ? { eventType } : {}),
    })
  }
  // Stable sort: Calendly already answers in ascending order; chunks joined by the caller may not be.
  busy.sort((a, b) => a.start - b.start || a.end - b.end)
  return { busy, warnings }
}

/**
 * {@link fromCalendlyBusyTimes} without throwing.
 * @example
 * safeFromCalendlyBusyTimes({ collection: [{ type: 'external', start_time: 'soon' }] }).success // false
 */
export function safeFromCalendlyBusyTimes(
  payload: unknown,
  options?: FromCalendlyBusyTimesOptions,
): CalendlySafeResult<CalendlyBusyMapping> {
  return runSafely(() => fromCalendlyBusyTimes(payload, options))
}
