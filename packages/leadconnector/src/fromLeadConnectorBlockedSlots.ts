import type { SafeParseResult } from '@slotwise/core'
import { safely } from './read.js'
import {
  type FromLeadConnectorEventsOptions,
  type LeadConnectorBusyEvents,
  readEvents,
} from './readEvents.js'

/**
 * Reads blocked slots (`GET /calendars/blocked-slots` → `{ events }`, the same envelope as
 * appointments) into core busy events. A block always takes time, whatever status it
 * carries, and never fills a seat; one with `assignedUserId` blocks that user, one with only
 * `calendarId` blocks the whole calendar (see {@link selectBusyForUser}).
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * fromLeadConnectorBlockedSlots({ events: [{ id: 'b1', calendarId: 'c1', startTime: '2025-03-10T12:00:00-04:00', endTime: '2025-03-10T13:00:00-04:00' }] }).events[0].kind
 * // 'block'
 */
export function fromLeadConnectorBlockedSlots(
  payload: unknown,
  options: FromLeadConnectorEventsOptions = {},
): LeadConnectorBusyEvents {
  return readEvents(payload, 'block', options)
}

/**
 * {@link fromLeadConnectorBlockedSlots} without throwing.
 * @example
 * safeFromLeadConnectorBlockedSlots({ blocks: [] }).success // false
 */
export function safeFromLeadConnectorBlockedSlots(
  payload: unknown,
  options: FromLeadConnectorEventsOptions = {},
): SafeParseResult<LeadConnectorBusyEvents> {
  return safely(() => fromLeadConnectorBlockedSlots(payload, options))
}
