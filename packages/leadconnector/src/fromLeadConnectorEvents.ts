import type { SafeParseResult } from '@slotwise/core'
import { safely } from './read.js'
import {
  type FromLeadConnectorEventsOptions,
  type LeadConnectorBusyEvents,
  readEvents,
} from './readEvents.js'

/**
 * Reads appointments (`GET /calendars/events` → `{ events }`, or a bare array) into core busy
 * events. Times carry their offsets; `cancelled` and `invalid` appointments take no time
 * (and a cancelled instance removes its occurrence from the series); a series (`rrule` with
 * no DTSTART, anchored on `startTime`, maybe with an `EXDATE` line) repeats in the location
 * zone; a listed instance (`masterEventId`, id `<master>_<startMs>_<seconds>`) replaces
 * its occurrence, so nothing is counted twice. The calendar's own appointments get
 * `eventType` (capacity, daily limit) and its buffers.
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * fromLeadConnectorEvents({ events: [{ id: 'e1', startTime: '2025-03-10T10:00:00-04:00', endTime: '2025-03-10T10:30:00-04:00', assignedUserId: 'u1' }] }).events[0]
 * // { id: 'e1', start: Date.UTC(2025, 2, 10, 14), end: Date.UTC(2025, 2, 10, 14, 30), userIds: ['u1'], kind: 'appointment' }
 */
export function fromLeadConnectorEvents(
  payload: unknown,
  options: FromLeadConnectorEventsOptions = {},
): LeadConnectorBusyEvents {
  return readEvents(payload, 'appointment', options)
}

/**
 * {@link fromLeadConnectorEvents} without throwing.
 * @example
 * safeFromLeadConnectorEvents({ events: [{ id: 'e1', startTime: 'soon' }] }).success // false
 */
export function safeFromLeadConnectorEvents(
  payload: unknown,
  options: FromLeadConnectorEventsOptions = {},
): SafeParseResult<LeadConnectorBusyEvents> {
  return safely(() => fromLeadConnectorEvents(payload, options))
}
