// The `{ events: [CalendarEventDTO] }` envelope shared by `GET /calendars/events` and
// `GET /calendars/blocked-slots`, read into core busy events; internal.
import { type BusyEvent, expand, isSlotwiseError } from '@slotwise/core'
import {
  at,
  checkArgument,
  checkOptions,
  fail,
  type JsonObject,
  own,
  readArray,
  readDateTimeAt,
  readObject,
  readOptionalStringAt,
  readString,
  readStringAt,
  readTimeZone,
} from './read.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** A busy event read from LeadConnector, with who it belongs to. */
export interface LeadConnectorBusyEvent extends BusyEvent {
  /** `assignedUserId` first, then the secondary owners in `users`; empty for a calendar-wide block. */
  readonly userIds: readonly string[]
  readonly calendarId?: string
  /** `appointmentStatus` as sent. */
  readonly status?: string
  /** `appointment` (from `/calendars/events`) or `block` (from `/calendars/blocked-slots`). */
  readonly kind: 'appointment' | 'block'
}

/** Options shared by {@link fromLeadConnectorEvents} and {@link fromLeadConnectorBlockedSlots}. */
export interface FromLeadConnectorEventsOptions {
  /** The location's zone: recurring series repeat in it, and times without an offset are read in it. */
  readonly timeZone?: string
  /** This calendar's appointments are its bookings: they get `eventType` and the calendar's buffers. */
  readonly calendarId?: string
  /** The `eventType` given to this calendar's bookings; default `calendarId` (match `policy.eventType`). */
  readonly eventType?: string
  /** The calendar's `preBuffer` and `slotBuffer`, carried by its own bookings. */
  readonly bufferBeforeMinutes?: number
  readonly bufferAfterMinutes?: number
  /** Appointment statuses that take no time; default `['cancelled', 'invalid']`. */
  readonly nonBlockingStatuses?: readonly string[]
  /** `'expand'` (default) repeats a series' `rrule`; `'instances'` uses only the instances listed. */
  readonly recurrence?: 'expand' | 'instances'
}

/** What the read gives: busy events plus warnings. */
export interface LeadConnectorBusyEvents {
  readonly events: LeadConnectorBusyEvent[]
  readonly warnings: VendorWarning[]
}

const KNOWN_STATUSES = [
  'new',
  'confirmed',
  'cancelled',
  'showed',
  'noshow',
  'invalid',
  'active',
  'completed',
  'booked',
]

interface RawEvent {
  readonly path: string
  readonly item: JsonObject
  readonly id: string
  readonly start: number
  readonly end: number
  readonly offset: string | undefined
  readonly master: string | undefined
  /** For an instance: the start its id encodes (`<master>_<startMs>_<seconds>`), else its own start. */
  readonly originalStart: number
  readonly status: string | undefined
}

function readRaw(
  value: unknown,
  path: string,
  timeZone: string | undefined,
  warnings: VendorWarning[],
): RawEvent {
  const item = readObject(value, path)
  const id = readStringAt(own(item, 'id'), path, 'id', 512)
  const start = readDateTimeAt(own(item, 'startTime'), path, 'startTime', timeZone)
  const end = readDateTimeAt(own(item, 'endTime'), path, 'endTime', timeZone)
  if (start.offset === undefined && typeof own(item, 'startTime') === 'string') {
    warn(
      warnings,
      'OFFSETLESS_TIME',
      at(path, 'startTime'),
      'a time without offset was read in the location zone',
    )
  }
  if (end.instant < start.instant)
    fail(at(path, 'endTime'), own(item, 'endTime'), 'an end not before the start')
  const masterId = readOptionalStringAt(own(item, 'masterEventId'), path, 'masterEventId', 512)
  const master = masterId === id ? undefined : masterId
  const encoded =
    master !== undefined && id.startsWith(`${master}_`)
      ? /^(\d{1,16})_\d{1,10}$/.exec(id.slice(master.length + 1))
      : null
  const encodedStart = encoded === null ? Number.NaN : Number(encoded[1])
  return {
    path,
    item,
    id,
    start: start.instant,
    end: end.instant,
    offset: start.offset,
    master,
    originalStart: encodedStart <= 8.64e15 ? encodedStart : start.instant,
    status: readOptionalStringAt(own(item, 'appointmentStatus'), path, 'appointmentStatus', 64),
  }
}

function readUsers(item: JsonObject, path: string): string[] {
  const ids: string[] = []
  const assigned = readOptionalStringAt(own(item, 'assignedUserId'), path, 'assignedUserId', 256)
  if (assigned !== undefined) ids.push(assigned)
  const users = own(item, 'users')
  if (users === undefined || users === null) return ids
  readArray(users, at(path, 'users')).forEach((user, i) => {
    const id = readString(user, at(at(path, 'users'), i), 256)
    if (!ids.includes(id)) ids.push(id)
  })
  return ids
}

/** LeadConnector writes the EXDATE line after a newline; some clients double-escape it. */
function readRule(item: JsonObject, path: string): string | undefined {
  const flag = own(item, 'isRecurring')
  if (flag === false || flag === 'false') return undefined
  const text = readOptionalStringAt(own(item, 'rrule'), path, 'rrule', 4096)
  return text?.replace(/\\n/g, '\n').trim()
}

/** Reads either envelope; internal. */
export function readEvents(
  payload: unknown,
  kind: 'appointment' | 'block',
  options: FromLeadConnectorEventsOptions,
): LeadConnectorBusyEvents {
  checkOptions(options)
  const root = Array.isArray(payload) ? { events: payload } : readObject(payload, '')
  const listPath = Array.isArray(payload) ? '' : 'events'
  const timeZone =
    options.timeZone === undefined ? undefined : readTimeZone(options.timeZone, 'options.timeZone')
  const nonBlocking = kind === 'block' ? [] : (options.nonBlockingStatuses ?? ['cancelled', 'invalid'])
  checkArgument(Array.isArray(nonBlocking), 'options.nonBlockingStatuses', 'a list of statuses')
  const warnings: VendorWarning[] = []
  const seen = new Set<string>()
  const raws: RawEvent[] = []
  readArray(own(root, 'events'), listPath, false).forEach((value, i) => {
    const raw = readRaw(value, listPath === '' ? `[${i}]` : at(listPath, i), timeZone, warnings)
    if (seen.has(raw.id)) {
      warn(
        warnings,
        'DUPLICATE_EVENT',
        at(raw.path, 'id'),
        `event ${raw.id} is listed twice: the first is kept`,
      )
      return
    }
    seen.add(raw.id)
    raws.push(raw)
  })
  // A cancelled instance still removes its occurrence from the series it belongs to.
  const excluded = new Map<string, number[]>()
  for (const raw of raws) {
    if (raw.master === undefined || raw.status === undefined || !nonBlocking.includes(raw.status)) continue
    excluded.set(raw.master, [...(excluded.get(raw.master) ?? []), raw.originalStart])
  }
  const events: LeadConnectorBusyEvent[] = []
  for (const raw of raws) {
    if (raw.status !== undefined && nonBlocking.includes(raw.status)) continue
    if (kind === 'appointment' && raw.status !== undefined && !KNOWN_STATUSES.includes(raw.status)) {
      warn(
        warnings,
        'UNKNOWN_STATUS',
        at(raw.path, 'appointmentStatus'),
        `unknown status ${raw.status}: read as busy`,
      )
    }
    const calendarId = readOptionalStringAt(own(raw.item, 'calendarId'), raw.path, 'calendarId', 256)
    const event: { -readonly [K in keyof LeadConnectorBusyEvent]: LeadConnectorBusyEvent[K] } = {
      id: raw.id,
      start: raw.start,
      end: raw.end,
      userIds: readUsers(raw.item, raw.path),
      kind,
    }
    if (calendarId !== undefined) event.calendarId = calendarId
    if (raw.status !== undefined) event.status = raw.status
    if (kind === 'appointment' && calendarId !== undefined && calendarId === options.calendarId) {
      event.eventType = options.eventType ?? calendarId
      if ((options.bufferBeforeMinutes ?? 0) > 0) event.bufferBeforeMinutes = options.bufferBeforeMinutes!
      if ((options.bufferAfterMinutes ?? 0) > 0) event.bufferAfterMinutes = options.bufferAfterMinutes!
    }
    if (raw.master !== undefined) event.replaces = { eventId: raw.master, start: raw.originalStart }
    const rule = raw.master === undefined ? readRule(raw.item, raw.path) : undefined
    if (rule !== undefined && options.recurrence !== 'instances') {
      const fixed = raw.offset === undefined || raw.offset === 'Z' ? 'UTC' : raw.offset
      const zone = timeZone ?? fixed
      if (timeZone === undefined) {
        warn(
          warnings,
          'RECURRENCE_FIXED_OFFSET',
          at(raw.path, 'rrule'),
          `no location zone given: the series repeats at the fixed offset ${fixed}`,
        )
      }
      const recurrence = { rrule: rule, timeZone: zone, exdates: excluded.get(raw.id) ?? [] }
      try {
        // Checked here, so a bad rule is reported against the payload, not deep in availability().
        expand({ ...recurrence, dtstart: raw.start }, { start: raw.start, end: raw.start + 1 })
        event.recurrence = recurrence
      } catch (error) {
        if (!isSlotwiseError(error)) throw error
        warn(
          warnings,
          'UNREADABLE_RRULE',
          at(raw.path, 'rrule'),
          `the rule could not be read (${error.code}): only the first instance is busy`,
        )
      }
    }
    events.push(event)
  }
  return { events, warnings }
}

/**
 * The events that take `userId`'s time: those they own (`assignedUserId` or `users`), and
 * the unowned ones of `calendarId` (a block on the whole calendar).
 * @example
 * selectBusyForUser(fromLeadConnectorBlockedSlots(payload).events, 'UsR1', 'CaL1')
 */
export function selectBusyForUser(
  events: readonly LeadConnectorBusyEvent[],
  userId: string,
  calendarId?: string,
): LeadConnectorBusyEvent[] {
  checkArgument(
    Array.isArray(events) &&
      events.every((event) => typeof event === 'object' && event !== null && Array.isArray(event.userIds)),
    'events',
    'events read by fromLeadConnectorEvents or fromLeadConnectorBlockedSlots',
  )
  return events.filter((event) =>
    event.userIds.length === 0
      ? calendarId !== undefined && event.calendarId === calendarId
      : event.userIds.includes(userId),
  )
}
