import {
  type AvailabilityResult,
  availability,
  type Instant,
  isSlotwiseError,
  type Person,
  type Schedule,
  type SlotPolicy,
  SlotwiseError,
} from '@slotwise/core'
import { fromLeadConnectorBlockedSlots } from './fromLeadConnectorBlockedSlots.js'
import {
  type FromLeadConnectorCalendarOptions,
  fromLeadConnectorCalendar,
  type LeadConnectorCalendarSettings,
} from './fromLeadConnectorCalendar.js'
import { fromLeadConnectorEvents } from './fromLeadConnectorEvents.js'
import { fromLeadConnectorFreeSlotsRequest } from './fromLeadConnectorFreeSlotsRequest.js'
import { fromLeadConnectorSchedule, type LeadConnectorScheduleSettings } from './fromLeadConnectorSchedule.js'
import { at, checkArgument, fail, own, readArray, readFlag, readObject } from './read.js'
import { type LeadConnectorBusyEvent, selectBusyForUser } from './readEvents.js'
import { type LeadConnectorFreeSlotsResponse, toLeadConnectorFreeSlots } from './toLeadConnectorFreeSlots.js'
import type { VendorWarning } from './VendorWarning.js'

/** Everything {@link computeLeadConnectorFreeSlots} needs, as LeadConnector sends it. */
export interface ComputeLeadConnectorFreeSlotsInput {
  /** `GET /calendars/{id}` (`{ calendar }` or the bare calendar). */
  readonly calendar: unknown
  /** The free-slots query: `{ startDate, endDate, timezone?, userId?, userIds?, enableLookBusy? }`. */
  readonly query: unknown
  /** The current instant. */
  readonly now: Instant
  /** The location's zone (`GET /locations/{id}` → `timezone`): calendars carry none. */
  readonly timeZone: string
  /** User availability schedules: `GET /calendars/schedules/search` (`{ schedules }`) or a list of schedule payloads. */
  readonly schedules?: unknown
  /** `GET /calendars/events` for the team (`{ events }`). */
  readonly events?: unknown
  /** `GET /calendars/blocked-slots` (`{ events }`). */
  readonly blockedSlots?: unknown
  /** Hide look-busy slots, as the `enableLookBusy` query flag of older spec copies did; default false (or the query's flag). */
  readonly enableLookBusy?: boolean
  /** Echoed as the answer's last key. */
  readonly traceId?: string
  /** Options of the calendar read (grid alignment, day numbering, …). */
  readonly calendarOptions?: Omit<FromLeadConnectorCalendarOptions, 'timeZone' | 'now'>
}

/** The answer, the core's full result behind it, and every warning (paths start with the input's key). */
export interface ComputedLeadConnectorFreeSlots {
  readonly response: LeadConnectorFreeSlotsResponse
  readonly availability: AvailabilityResult
  readonly warnings: VendorWarning[]
}

/** Runs a read of one input; paths of its warnings and errors get the input's key in front. */
function within<T extends { warnings: VendorWarning[] }>(
  prefix: string,
  warnings: VendorWarning[],
  run: () => T,
): T {
  let value: T
  try {
    value = run()
  } catch (error) {
    if (!isSlotwiseError(error) || (error.code !== 'INVALID_VENDOR_PAYLOAD' && error.code !== 'VENDOR_LIMIT'))
      throw error
    throw new SlotwiseError(error.code, {
      path: at(prefix, error.path),
      details: error.details,
      cause: error,
    })
  }
  for (const warning of value.warnings)
    warnings.push({ ...warning, path: warning.path === '' ? prefix : at(prefix, warning.path) })
  return value
}

function readSchedules(
  value: unknown,
  timeZone: string,
  warnings: VendorWarning[],
): LeadConnectorScheduleSettings[] {
  if (value === undefined || value === null) return []
  const wrapped = !Array.isArray(value)
  const list = wrapped
    ? readArray(own(readObject(value, 'schedules'), 'schedules'), 'schedules.schedules', false)
    : value
  const prefix = wrapped ? 'schedules.schedules' : 'schedules'
  return list.map((item, i) =>
    within(at(prefix, i), warnings, () => fromLeadConnectorSchedule(item, { timeZone })),
  )
}

/**
 * The schedule a member works to on this calendar: their schedule attached to the calendar,
 * else the calendar's own hours when it has any, else their first schedule. The rule
 * `computeLeadConnectorFreeSlots` uses, for callers that build their own core request.
 * @example
 * selectScheduleForUser('user-1', fromLeadConnectorCalendar(calendar), fromLeadConnectorSchedule(schedules).schedules)
 */
export function selectScheduleForUser(
  userId: string,
  calendar: LeadConnectorCalendarSettings,
  schedules: readonly LeadConnectorScheduleSettings[],
): Schedule {
  checkArgument(
    typeof calendar === 'object' &&
      calendar !== null &&
      typeof calendar.schedule === 'object' &&
      calendar.schedule !== null,
    'calendar',
    'a calendar read by fromLeadConnectorCalendar',
  )
  checkArgument(
    Array.isArray(schedules) &&
      schedules.every(
        (entry) => typeof entry === 'object' && entry !== null && Array.isArray(entry.calendarIds),
      ),
    'schedules',
    'schedules read by fromLeadConnectorSchedule',
  )
  const own = schedules.filter((entry) => !entry.deleted && entry.userId === userId)
  const attached = own.find(
    (entry) => calendar.calendarId !== undefined && entry.calendarIds.includes(calendar.calendarId),
  )
  if (attached !== undefined) return attached.schedule
  const hours = calendar.schedule
  const hasHours = Object.keys(hours.weekly ?? {}).length > 0 || (hours.overrides?.length ?? 0) > 0
  return hasHours || own[0] === undefined ? hours : own[0].schedule
}

/**
 * The one-call path from LeadConnector JSON to LeadConnector's free-slots JSON: reads the
 * calendar, the members' schedules, appointments and blocked slots and the query (31-day
 * and future-only limits), runs the core for the team (`collective` for collective
 * calendars, else any member), and writes the date-keyed answer in the query's `timezone`.
 * A slot is listed when it starts in `[startDate, endDate]`.
 * @throws SlotwiseError `VENDOR_LIMIT` (with LeadConnector's error body), `INVALID_VENDOR_PAYLOAD`
 * (path prefixed by the input key: `calendar.calendar.openHours[0]`), and what `availability` throws.
 * @example
 * computeLeadConnectorFreeSlots({ calendar, query: { startDate, endDate, timezone: 'America/New_York' }, now, timeZone: 'America/New_York', events, blockedSlots }).response
 * // { '2025-03-10': { slots: ['2025-03-10T09:00:00-04:00', …] }, … }
 */
export function computeLeadConnectorFreeSlots(
  input: ComputeLeadConnectorFreeSlotsInput,
): ComputedLeadConnectorFreeSlots {
  const warnings: VendorWarning[] = []
  checkArgument(typeof input === 'object' && input !== null, 'input', 'an object')
  const { now, timeZone } = input
  const calendar = within('calendar', warnings, () =>
    fromLeadConnectorCalendar(input.calendar, { ...input.calendarOptions, timeZone, now }),
  )
  const request = within('query', warnings, () =>
    fromLeadConnectorFreeSlotsRequest(input.query, { now, timeZone }),
  )
  const policy = calendar.policy
  const eventOptions = {
    timeZone,
    eventType: policy.eventType ?? '',
    ...(calendar.calendarId === undefined ? {} : { calendarId: calendar.calendarId }),
    ...(policy.bufferBeforeMinutes === undefined ? {} : { bufferBeforeMinutes: policy.bufferBeforeMinutes }),
    ...(policy.bufferAfterMinutes === undefined ? {} : { bufferAfterMinutes: policy.bufferAfterMinutes }),
  }
  const busy: LeadConnectorBusyEvent[] = []
  if (input.events !== undefined)
    busy.push(...within('events', warnings, () => fromLeadConnectorEvents(input.events, eventOptions)).events)
  if (input.blockedSlots !== undefined) {
    busy.push(
      ...within('blockedSlots', warnings, () =>
        fromLeadConnectorBlockedSlots(input.blockedSlots, eventOptions),
      ).events,
    )
  }
  const schedules = readSchedules(input.schedules, timeZone, warnings)

  let people: Person[]
  const members = calendar.teamMembers.map((member) => member.userId)
  if (members.length === 0 && request.userIds.length === 0) {
    // A calendar without members: its own bookings and blocks are its busy time.
    const id = calendar.calendarId ?? 'calendar'
    people = [
      {
        id,
        schedule: calendar.schedule,
        busy: busy.filter((event) => event.calendarId === calendar.calendarId),
      },
    ]
  } else {
    const chosen = request.userIds.length === 0 ? members : request.userIds
    chosen.forEach((userId, i) => {
      if (members.length > 0 && !members.includes(userId))
        fail(at('query.userIds', i), userId, 'a team member of the calendar')
    })
    people = chosen.map((userId) => ({
      id: userId,
      schedule: selectScheduleForUser(userId, calendar, schedules),
      busy: selectBusyForUser(busy, userId, calendar.calendarId),
    }))
  }
  const lookBusy =
    input.enableLookBusy ??
    readFlag(own(readObject(input.query, 'query'), 'enableLookBusy'), 'query.enableLookBusy', false)
  const { lookBusy: _hidden, ...shown } = policy
  const effective: SlotPolicy = lookBusy ? policy : shown
  const { start, end } = request.window
  const result = availability({
    // Slots only need to start in the window: reach one slot length past its end.
    window: { start, end: end + effective.durationMinutes * 60_000 },
    now,
    people,
    policy: effective,
    ...(people.length > 1 ? { team: calendar.team ?? { mode: 'anyOf' } } : {}),
  })
  const starts: number[] = []
  if (result.team !== undefined) {
    for (const slot of result.team.slots) if (slot.start < end) starts.push(slot.start)
  } else {
    for (const day of result.people[0]!.days)
      for (const slot of day.slots) if (slot.start < end) starts.push(slot.start)
  }
  const response = toLeadConnectorFreeSlots(starts, {
    timeZone: request.timeZone,
    ...(input.traceId === undefined ? {} : { traceId: input.traceId }),
  })
  return { response, availability: result, warnings }
}
