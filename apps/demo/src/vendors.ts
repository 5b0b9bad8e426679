// Vendor bundles → one core `AvailabilityRequest`, through the adapters. Shared by the
// terminal demo (src/main.ts) and the web page (src/web/loadPayload.ts); no DOM, no Node.
//
// A *bundle* is the JSON one vendor gives you about one question, in that vendor's own
// shapes, gathered under one object (the README documents each):
//
//   LeadSquared    { request, now, policy?, names?, users, templates, holidayCalendars, leaves, taskTypes, tasks, taskTimeZone? }
//   LeadConnector  { timeZone, now, query?, enableLookBusy?, traceId?, names?, calendar, schedules?, events?, blockedSlots? }
//   Calendly       { now, query?, names?, event_type, user_availability_schedule | event_type_availability_schedules, user_busy_times? }
//
// `now` is epoch milliseconds or an ISO instant with `Z` or an offset; `names` maps person
// ids to display names (the demo's own field). Every adapter warning is kept, its path
// prefixed with the bundle key it came from.

import {
  fromCalendlyAvailabilitySchedule,
  fromCalendlyAvailableTimesQuery,
  fromCalendlyBusyTimes,
  fromCalendlyEventType,
  fromCalendlyEventTypeAvailabilitySchedules,
} from '@slotwise/calendly'
import {
  type AvailabilityRequest,
  addDays,
  type BusyEvent,
  formatPlainDate,
  type Instant,
  isSlotwiseError,
  type Person,
  parsePlainDate,
  type Schedule,
  type SlotPolicy,
  SlotwiseError,
  toInstant,
  toWallTime,
} from '@slotwise/core'
import {
  fromLeadConnectorBlockedSlots,
  fromLeadConnectorCalendar,
  fromLeadConnectorEvents,
  fromLeadConnectorFreeSlotsRequest,
  fromLeadConnectorSchedule,
  type LeadConnectorBusyEvent,
  selectBusyForUser,
  selectScheduleForUser,
} from '@slotwise/leadconnector'
import {
  fromLeadSquaredSlotsRequest,
  fromLeadSquaredUsers,
  type LeadSquaredAccountData,
  type LeadSquaredUser,
} from '@slotwise/leadsquared'

export type VendorKind = 'leadsquared' | 'leadconnector' | 'calendly'

export const VENDOR_LABEL: Readonly<Record<VendorKind, string>> = {
  leadsquared: 'LeadSquared',
  leadconnector: 'LeadConnector',
  calendly: 'Calendly',
}

/** An adapter warning, its path made relative to the bundle. */
export interface BundleWarning {
  readonly code: string
  readonly path: string
  readonly message: string
}

/** A bundle read through its adapter. */
export interface VendorLoad {
  readonly kind: VendorKind
  /** The core request: the vendor's window, people, slot policy and team mode. */
  readonly request: AvailabilityRequest
  /** Display names by person id. */
  readonly names: Record<string, string>
  readonly warnings: BundleWarning[]
}

/** LeadSquared: also the user records (in the order of `people`), for writing the response. */
export interface LeadSquaredLoad extends VendorLoad {
  readonly kind: 'leadsquared'
  readonly users: LeadSquaredUser[]
}

/** LeadConnector: also the zone and trace id the free-slots answer is written with. */
export interface LeadConnectorLoad extends VendorLoad {
  readonly kind: 'leadconnector'
  readonly answerTimeZone: string
  readonly traceId: string | undefined
}

/** Calendly: also the event type's scheduling URL, for writing available times. */
export interface CalendlyLoad extends VendorLoad {
  readonly kind: 'calendly'
  readonly schedulingUrl: string | undefined
}

type Json = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined)

const join = (prefix: string, path: string) =>
  path === ''
    ? prefix
    : prefix === ''
      ? path
      : path.startsWith('[')
        ? `${prefix}${path}`
        : `${prefix}.${path}`

/** A bundle without a field it needs: the same error an adapter throws, at the bundle's path. */
function bad(path: string, value: unknown, expected: string): never {
  throw new SlotwiseError('INVALID_VENDOR_PAYLOAD', {
    path,
    details: { value: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'), expected },
  })
}

/**
 * Runs one adapter read on the part of the bundle under `prefix`: its errors and warnings get
 * the prefix in front of their paths, so they point into the pasted JSON.
 */
function within<T extends { readonly warnings: readonly BundleWarning[] }>(
  prefix: string,
  warnings: BundleWarning[],
  run: () => T,
): T {
  let value: T
  try {
    value = run()
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    throw new SlotwiseError(error.code, {
      path: join(prefix, error.path),
      details: error.details,
      cause: error,
    })
  }
  for (const w of value.warnings)
    warnings.push({ code: w.code, path: join(prefix, w.path), message: w.message })
  return value
}

/** `now`: epoch milliseconds, or an ISO instant with `Z` or an offset (`2026-03-04T12:00:00Z`). */
export function readNow(value: unknown, path = 'now'): Instant {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string') {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})$/i.exec(value)
    if (match !== null) {
      try {
        return toInstant(match[1]!, match[2]!.toUpperCase())
      } catch (error) {
        if (!isSlotwiseError(error)) throw error
      }
    }
  }
  return bad(path, value, 'epoch milliseconds, or an ISO instant with Z or an offset')
}

function readNames(bundle: Json): Record<string, string> {
  const names: Record<string, string> = {}
  const given = own(bundle, 'names')
  if (isObject(given))
    for (const [id, name] of Object.entries(given)) if (typeof name === 'string') names[id] = name
  return names
}

const readObject = (bundle: Json, key: string): Json => {
  const value = own(bundle, key)
  return isObject(value) ? value : bad(key, value, 'an object')
}

// ---- LeadSquared ----------------------------------------------------------------------

/**
 * A `RetrieveAvailableSlots` request body (`request`) and the account data LeadSquared
 * answers it from, in the shape `answerLeadSquaredSlotsRequest(request, account)` takes.
 * LeadSquared has no slot length: `policy` (default 30 minutes) is the engine's.
 */
export function loadLeadSquaredBundle(json: unknown): LeadSquaredLoad {
  const bundle = isObject(json) ? json : bad('', json, 'an object')
  const warnings: BundleWarning[] = []
  const now = readNow(own(bundle, 'now'))
  const query = within('request', warnings, () => fromLeadSquaredSlotsRequest(own(bundle, 'request')))
  const taskTimeZone = own(bundle, 'taskTimeZone')
  const { people, users } = within('', warnings, () =>
    fromLeadSquaredUsers(bundle as unknown as LeadSquaredAccountData, {
      emails: query.value.users,
      window: query.value.window,
      ...(typeof taskTimeZone === 'string' ? { taskTimeZone } : {}),
    }),
  ).value
  if (people.length === 0) bad('request.Users', own(readObject(bundle, 'request'), 'Users'), 'a known user')
  const given = own(bundle, 'policy')
  const policy: SlotPolicy = {
    durationMinutes: 30,
    ...(isObject(given) ? (given as unknown as SlotPolicy) : {}),
    // IncludeAllowedConflictSlots decides whether "Allow Conflicts" tasks block.
    softEventsBlock: query.value.softEventsBlock,
  }
  const names = readNames(bundle)
  const raw = Array.isArray(own(bundle, 'users')) ? (own(bundle, 'users') as unknown[]) : []
  for (const user of users) {
    if (names[user.ID] !== undefined) continue
    const record = raw.find((r) => isObject(r) && own(r, 'ID') === user.ID)
    const first = isObject(record) ? own(record, 'FirstName') : undefined
    names[user.ID] = typeof first === 'string' ? first : (user.EmailAddress ?? user.ID)
  }
  return {
    kind: 'leadsquared',
    request: {
      // FromDate and ToDate are local dates of each user; the first user's zone frames the week.
      window: { from: query.value.fromDate, to: query.value.toDate, timeZone: people[0]!.schedule.timeZone },
      now,
      people,
      policy,
    },
    names,
    warnings,
    users,
  }
}

// ---- LeadConnector --------------------------------------------------------------------

/**
 * The JSON `computeLeadConnectorFreeSlots` takes: the location's `timeZone`, `now`, the
 * calendar (`GET /calendars/{id}`), the members' schedules (`GET /calendars/schedules/search`),
 * appointments (`GET /calendars/events`), blocked slots and the free-slots `query`. People
 * are the team members (or the query's `userId`/`userIds`) with the hours the adapter
 * would pick for them; look busy hides slots only with `enableLookBusy` (as the adapter).
 */
export function loadLeadConnectorBundle(json: unknown): LeadConnectorLoad {
  const bundle = isObject(json) ? json : bad('', json, 'an object')
  const warnings: BundleWarning[] = []
  const now = readNow(own(bundle, 'now'))
  const zone = own(bundle, 'timeZone')
  if (typeof zone !== 'string') bad('timeZone', zone, "the location's IANA zone (calendars carry none)")
  const timeZone = zone as string
  if (own(bundle, 'calendar') === undefined) bad('calendar', undefined, 'a calendar (GET /calendars/{id})')
  const calendar = within('calendar', warnings, () =>
    fromLeadConnectorCalendar(own(bundle, 'calendar'), { timeZone, now }),
  )
  const rawQuery = own(bundle, 'query')
  const query =
    rawQuery === undefined
      ? undefined
      : within('query', warnings, () => fromLeadConnectorFreeSlotsRequest(rawQuery, { now, timeZone }))
  const policy = calendar.policy
  const eventOptions = {
    timeZone,
    eventType: policy.eventType ?? '',
    ...(calendar.calendarId === undefined ? {} : { calendarId: calendar.calendarId }),
    ...(policy.bufferBeforeMinutes === undefined ? {} : { bufferBeforeMinutes: policy.bufferBeforeMinutes }),
    ...(policy.bufferAfterMinutes === undefined ? {} : { bufferAfterMinutes: policy.bufferAfterMinutes }),
  }
  const busy: LeadConnectorBusyEvent[] = []
  if (own(bundle, 'events') !== undefined)
    busy.push(
      ...within('events', warnings, () => fromLeadConnectorEvents(own(bundle, 'events'), eventOptions))
        .events,
    )
  if (own(bundle, 'blockedSlots') !== undefined)
    busy.push(
      ...within('blockedSlots', warnings, () =>
        fromLeadConnectorBlockedSlots(own(bundle, 'blockedSlots'), eventOptions),
      ).events,
    )
  const rawSchedules = own(bundle, 'schedules')
  const wrapped = isObject(rawSchedules)
  const list = wrapped ? own(rawSchedules, 'schedules') : (rawSchedules ?? [])
  if (!Array.isArray(list)) bad(wrapped ? 'schedules.schedules' : 'schedules', list, 'a list of schedules')
  const schedules = (list as unknown[]).map((item, i) =>
    within(`${wrapped ? 'schedules.schedules' : 'schedules'}[${i}]`, warnings, () =>
      fromLeadConnectorSchedule(item, { timeZone }),
    ),
  )

  const members = calendar.teamMembers.map((member) => member.userId)
  const chosen = query === undefined || query.userIds.length === 0 ? members : query.userIds
  let people: Person[]
  if (chosen.length === 0) {
    const id = calendar.calendarId ?? 'calendar'
    people = [
      {
        id,
        schedule: calendar.schedule,
        busy: busy.filter((event) => event.calendarId === calendar.calendarId),
      },
    ]
  } else {
    chosen.forEach((userId, i) => {
      if (members.length > 0 && !members.includes(userId)) bad(`query.userIds[${i}]`, userId, 'a team member')
    })
    people = chosen.map((userId) => ({
      id: userId,
      schedule: selectScheduleForUser(userId, calendar, schedules),
      busy: selectBusyForUser(busy, userId, calendar.calendarId),
    }))
  }
  const flag =
    own(bundle, 'enableLookBusy') ?? (isObject(rawQuery) ? own(rawQuery, 'enableLookBusy') : undefined)
  const hide = flag === true || flag === 'true'
  const { lookBusy: _hidden, ...shown } = policy
  const answerTimeZone = query?.timeZone ?? timeZone
  const today = parsePlainDate(toWallTime(now, answerTimeZone).slice(0, 10))
  const week = {
    from: formatPlainDate(today),
    to: formatPlainDate(addDays(today, 6)),
    timeZone: answerTimeZone,
  }
  const traceId = own(bundle, 'traceId')
  return {
    kind: 'leadconnector',
    request: {
      // Without a query: the week from today, in the location's zone.
      window: query === undefined ? week : query.window,
      now,
      people,
      policy: hide ? policy : shown,
      ...(people.length > 1 ? { team: calendar.team ?? { mode: 'anyOf' } } : {}),
    },
    names: readNames(bundle),
    warnings,
    answerTimeZone,
    traceId: typeof traceId === 'string' ? traceId : undefined,
  }
}

// ---- Calendly -------------------------------------------------------------------------

/**
 * Calendly API v2 responses under the endpoint they come from: `event_type`
 * (`GET /event_types/{uuid}`), one host's `user_availability_schedule` or every host's
 * `event_type_availability_schedules`, and `user_busy_times` (one `{ collection }` for a
 * single host, or `{ [user uri]: { collection } }`), plus the `event_type_available_times`
 * `query` (7 days before 2026-07-09, 31 after; not in the past).
 */
export function loadCalendlyBundle(json: unknown): CalendlyLoad {
  const bundle = isObject(json) ? json : bad('', json, 'an object')
  const warnings: BundleWarning[] = []
  const now = readNow(own(bundle, 'now'))
  if (own(bundle, 'event_type') === undefined)
    bad('event_type', undefined, 'an event type (GET /event_types/{uuid})')
  const eventType = within('event_type', warnings, () => fromCalendlyEventType(own(bundle, 'event_type')))
  let hosts: { user: string | null; schedule: Schedule }[]
  if (own(bundle, 'user_availability_schedule') !== undefined) {
    const read = within('user_availability_schedule', warnings, () =>
      fromCalendlyAvailabilitySchedule(own(bundle, 'user_availability_schedule')),
    )
    hosts = [{ user: read.user, schedule: read.schedule }]
  } else if (own(bundle, 'event_type_availability_schedules') !== undefined) {
    hosts = within('event_type_availability_schedules', warnings, () =>
      fromCalendlyEventTypeAvailabilitySchedules(own(bundle, 'event_type_availability_schedules')),
    ).schedules
  } else {
    return bad(
      'user_availability_schedule',
      undefined,
      'a schedule: user_availability_schedule or event_type_availability_schedules',
    )
  }
  const rawBusy = own(bundle, 'user_busy_times')
  const busyOf = (user: string | null, index: number): BusyEvent[] => {
    if (rawBusy === undefined) return []
    if (isObject(rawBusy) && !Object.hasOwn(rawBusy, 'collection')) {
      const mine = user === null ? undefined : own(rawBusy, user)
      return mine === undefined
        ? []
        : within(`user_busy_times[${JSON.stringify(user)}]`, warnings, () => fromCalendlyBusyTimes(mine)).busy
    }
    if (hosts.length > 1)
      bad('user_busy_times', rawBusy, 'busy times keyed by host user URI when there are several hosts')
    return index === 0 ? within('user_busy_times', warnings, () => fromCalendlyBusyTimes(rawBusy)).busy : []
  }
  const people: Person[] = hosts.map((host, i) => ({
    id: host.user ?? `calendly-host-${i + 1}`,
    schedule: host.schedule,
    busy: busyOf(host.user, i),
  }))
  const rawQuery = own(bundle, 'query')
  const window =
    rawQuery === undefined
      ? { start: now, end: now + 7 * 86_400_000 }
      : within('query', warnings, () => fromCalendlyAvailableTimesQuery(rawQuery, { now })).window
  const names = readNames(bundle)
  for (const person of people)
    names[person.id] ??= person.id.slice(person.id.lastIndexOf('/') + 1) || person.id
  return {
    kind: 'calendly',
    request: {
      window,
      now,
      people,
      policy: eventType.policy,
      ...(people.length > 1 && eventType.team !== undefined ? { team: eventType.team } : {}),
    },
    names,
    warnings,
    schedulingUrl: eventType.schedulingUrl,
  }
}

/** Any bundle read, told apart by `kind`. */
export type AnyVendorLoad = LeadSquaredLoad | LeadConnectorLoad | CalendlyLoad

/** `CODE at path` for each warning, for a status line. */
export const describeWarnings = (warnings: readonly BundleWarning[]) =>
  warnings.map((w) => (w.path === '' ? w.code : `${w.code} at ${w.path}`))
