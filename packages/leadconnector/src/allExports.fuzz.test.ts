// Every exported function of @slotwise/leadconnector, driven through the testkit's fuzz harness
// with the fixtures unmodified, the fixtures with one path made adversarial (1 MiB strings,
// 100,000-deep nesting, a million-element array, `__proto__` keys, NaN, ±Infinity, -0, 1e21,
// legacy and invalid zones), random JSON, and reversed, empty and decades-long query ranges;
// the functions that take core values get valid ones or anything adversarial in their place
// (core values are the core's output, not untrusted JSON: they are not mutated field by
// field, schedules excepted, which callers write). Each call returns JSON-safe data or throws
// a SlotwiseError with a code stated below (all in the core README's catalogue) and a path,
// within its hang guard, mutating nothing. computeLeadConnectorFreeSlots and
// planLeadConnectorRecurringBooking run a tenth of FC_NUM_RUNS (at least 50): they run the
// whole engine.
import { readFileSync } from 'node:fs'
import { fc } from '@fast-check/vitest'
import type { AvailabilityRequest, Schedule } from '@slotwise/core'
import {
  adversarialValue,
  arbitraryAdversarialMutation,
  arbitrarySchedule,
  arbitraryUntrusted,
  catalogueCodes,
  describeAllExportsFuzz,
  endToEndRuns,
  type FuzzDriver,
  ODD_NUMBERS,
  ODD_TIME_ZONES,
  refusalOf,
  safeFormDriver,
} from '@slotwise/testkit'
import blockedSlots from './__fixtures__/blocked-slots.json' with { type: 'json' }
import calendar from './__fixtures__/calendar.json' with { type: 'json' }
import calendarCapacity from './__fixtures__/calendar-capacity.json' with { type: 'json' }
import calendarDst from './__fixtures__/calendar-dst.json' with { type: 'json' }
import calendarOverrides from './__fixtures__/calendar-overrides.json' with { type: 'json' }
import events from './__fixtures__/events.json' with { type: 'json' }
import eventsCapacity from './__fixtures__/events-capacity.json' with { type: 'json' }
import eventsRecurring from './__fixtures__/events-recurring.json' with { type: 'json' }
import freeSlots from './__fixtures__/free-slots.json' with { type: 'json' }
import recurringCalendarPayload from './__fixtures__/recurring-calendar.json' with { type: 'json' }
import schedule from './__fixtures__/schedule.json' with { type: 'json' }
import seedBlockedSlots from './__fixtures__/seed-blocked-slots.json' with { type: 'json' }
import seedUpdateCalendar from './__fixtures__/seed-update-calendar.json' with { type: 'json' }
import weekBlockedSlots from './__fixtures__/week-blocked-slots.json' with { type: 'json' }
import weekCalendar from './__fixtures__/week-calendar.json' with { type: 'json' }
import weekEvents from './__fixtures__/week-events.json' with { type: 'json' }
import weekSchedules from './__fixtures__/week-schedules.json' with { type: 'json' }
import * as api from './index.js'

const catalogue = catalogueCodes(readFileSync(new URL('../../core/README.md', import.meta.url), 'utf8'))

/** LeadConnector's error body: `{ statusCode, message, error }`, a 422's `message` an array. */
function isLeadConnectorError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const { statusCode, message, error } = body as Record<string, unknown>
  const messageOk =
    (typeof message === 'string' && message.length > 0) ||
    (Array.isArray(message) && message.length > 0 && message.every((m) => typeof m === 'string'))
  return Number.isInteger(statusCode) && messageOk && typeof error === 'string'
}

/** What `availability` may throw for a request built from vendor data. */
const ENGINE_CODES = [
  'INVALID_REQUEST',
  'INVALID_POLICY',
  'INVALID_SCHEDULE',
  'INVALID_EVENT',
  'INVALID_INSTANT',
  'INVALID_INTERVAL',
  'INVALID_TIME_ZONE',
  'INVALID_TIME',
  'INVALID_DATE',
  'INVALID_ARGUMENT',
  'RANGE_TOO_LARGE',
  'TEXT_TOO_LONG',
  'TOO_MANY_PEOPLE',
  'TOO_MANY_EVENTS',
  'TOO_MANY_SLOTS',
  'INVALID_RRULE',
  'TOO_MANY_PERIODS',
  'TOO_MANY_INSTANCES',
]

// ---------------------------------------------------------------------------------------
// Inputs

const NOW = Date.UTC(2025, 2, 9, 12)
const DAY = 86_400_000
const query = {
  startDate: Date.UTC(2025, 2, 10, 4),
  endDate: Date.UTC(2025, 2, 15, 4) - 1,
  timezone: 'America/New_York',
}
const VALID_ZONES = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/Dublin']
const zoneOption = fc.oneof(fc.constantFrom(...VALID_ZONES, ...ODD_TIME_ZONES), adversarialValue())
const nowOption = fc.oneof(fc.constantFrom(NOW, 0, ...ODD_NUMBERS), adversarialValue())

/** Query ranges: empty, reversed, at and past 31 days, decades long, in the past, at the ends of time. */
const rangeQuery = fc
  .record({
    start: fc.constantFrom(NOW + DAY, NOW - 400 * DAY, 0, -8.64e15, 8.64e15 - DAY),
    length: fc.constantFrom(0, 1, DAY, 31 * DAY, 31 * DAY + 1, 32 * DAY, -DAY, 36_525 * DAY),
    timezone: fc.constantFrom(undefined, ...VALID_ZONES, 'US/Eastern', 'Mars/Olympus'),
    asText: fc.boolean(),
  })
  .map(({ start, length, timezone, asText }) => {
    const end = start + length
    const write = (instant: number) =>
      asText && Math.abs(instant) <= 8.64e15 ? new Date(instant).toISOString() : instant
    return { startDate: write(start), endDate: write(end), ...(timezone === undefined ? {} : { timezone }) }
  })

const calendars = [calendar, calendarCapacity, calendarDst, calendarOverrides]
const calendarSettings = calendars.map((payload) =>
  api.fromLeadConnectorCalendar(payload, { timeZone: 'America/New_York', now: NOW }),
)
const scheduleSettings = [
  api.fromLeadConnectorSchedule(schedule),
  ...(weekSchedules as { schedules: unknown[] }).schedules.map((item) =>
    api.fromLeadConnectorSchedule(item, { timeZone: 'America/New_York' }),
  ),
]
const busyEvents = [
  ...api.fromLeadConnectorEvents(weekEvents, { timeZone: 'America/New_York' }).events,
  ...api.fromLeadConnectorBlockedSlots(weekBlockedSlots, { timeZone: 'America/New_York' }).events,
]
const userIds = [...new Set(busyEvents.flatMap((event) => event.userIds))]
const calendarIds = [
  ...new Set(busyEvents.flatMap((event) => (event.calendarId === undefined ? [] : [event.calendarId]))),
]

/** Core schedules: read from the fixtures, and the testkit's around 2024's DST changes. */
const coreSchedule: fc.Arbitrary<Schedule> = fc.oneof(
  fc.constantFrom(
    ...calendarSettings.map((settings) => settings.schedule),
    ...scheduleSettings.map((settings) => settings.schedule),
  ),
  fc
    .constantFrom(19_792, 19_800, 20_025, 20_030)
    .chain((first) => arbitrarySchedule(first, 7)) as fc.Arbitrary<Schedule>,
)

const week = {
  calendar: weekCalendar,
  schedules: weekSchedules,
  events: weekEvents,
  blockedSlots: weekBlockedSlots,
  query,
  now: NOW,
  timeZone: 'America/New_York',
}

const recurringCalendar = api.fromLeadConnectorCalendar(recurringCalendarPayload, {
  timeZone: 'America/New_York',
})
const recurringRequest: AvailabilityRequest = {
  window: { from: '2025-03-03', to: '2025-03-03', timeZone: 'America/New_York' },
  now: Date.UTC(2025, 2, 1),
  people: [{ id: 'UsRAna', schedule: recurringCalendar.schedule, busy: [] }],
  policy: recurringCalendar.policy,
}
const recurringOptions = {
  startTime: '2025-03-03T10:00:00-05:00',
  recurring: recurringCalendar.recurring,
  timeZone: 'America/New_York',
}

// ---------------------------------------------------------------------------------------
// Drivers

type Run = (...inputs: never[]) => unknown

const successOf = (value: unknown) => ({ success: true, value })
const safeDriverOf = (entry: string, throwing: Run, safe: Run, inputs: fc.Arbitrary<readonly unknown[]>) =>
  safeFormDriver(entry, throwing, safe, inputs, successOf, isLeadConnectorError)

const calendarOptions = fc.oneof(
  fc.constant({ timeZone: 'America/New_York', now: NOW }),
  fc.record(
    {
      timeZone: zoneOption,
      now: nowOption,
      dayZero: fc.oneof(fc.constantFrom('sunday', 'monday'), adversarialValue()),
      emptyAvailability: fc.oneof(fc.constantFrom('closed', 'open'), adversarialValue()),
      alignment: fc.oneof(fc.constantFrom('window', 'clock', 'free'), adversarialValue()),
      buffersWithinHours: fc.oneof(fc.boolean(), adversarialValue()),
      horizonIncludesToday: fc.oneof(fc.boolean(), adversarialValue()),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const calendarInputs = fc.tuple(
  arbitraryUntrusted(...calendars, weekCalendar, seedUpdateCalendar),
  calendarOptions,
)
const scheduleOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ timeZone: zoneOption }),
  adversarialValue(),
)
const scheduleInputs = fc.tuple(
  arbitraryUntrusted(schedule, ...(weekSchedules as { schedules: unknown[] }).schedules, weekSchedules),
  scheduleOptions,
)
const eventsOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      timeZone: zoneOption,
      calendarId: fc.oneof(fc.constantFrom(...calendarIds), adversarialValue()),
      eventType: fc.oneof(fc.constantFrom('demo', ''), adversarialValue()),
      bufferBeforeMinutes: fc.oneof(fc.constantFrom(0, 5, 1440), fc.constantFrom(...ODD_NUMBERS)),
      bufferAfterMinutes: fc.oneof(fc.constantFrom(0, 5, 1440), fc.constantFrom(...ODD_NUMBERS)),
      nonBlockingStatuses: fc.oneof(fc.constant(['cancelled']), adversarialValue()),
      recurrence: fc.oneof(fc.constantFrom('expand', 'instances'), adversarialValue()),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const eventsInputs = fc.tuple(
  arbitraryUntrusted(events, eventsRecurring, eventsCapacity, weekEvents),
  eventsOptions,
)
const blockedInputs = fc.tuple(
  arbitraryUntrusted(blockedSlots, seedBlockedSlots, weekBlockedSlots),
  eventsOptions,
)
const freeSlotsInputs = fc.tuple(
  arbitraryUntrusted(freeSlots),
  fc.oneof(fc.constant(undefined), fc.record({ timeZone: zoneOption }), adversarialValue()),
)
const requestOptions = fc.oneof(
  fc.constant({ now: NOW }),
  fc.record(
    { now: nowOption, timeZone: zoneOption, rejectPastStart: fc.oneof(fc.boolean(), adversarialValue()) },
    {
      requiredKeys: ['now'],
    },
  ),
  adversarialValue(),
)
const requestInputs = fc.oneof(
  fc.tuple(arbitraryUntrusted(query), requestOptions),
  fc.tuple(rangeQuery, fc.constant({ now: NOW })),
)

/**
 * Sorted, distinct instants from 1970 on: the starts a free-slots answer lists. (Before
 * 1920 some zones had offsets with seconds, +05:41:16 in Kathmandu, which an ISO 8601
 * offset of the vendor cannot carry: the writer writes them and the reader refuses them.)
 */
const starts = fc
  .uniqueArray(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), { maxLength: 20 })
  .map((list) => [...list].sort((a, b) => a - b))

const drivers: FuzzDriver[] = [
  {
    entry: 'fromLeadConnectorCalendar',
    title: 'fixtures, mutated, random JSON; options',
    inputs: calendarInputs,
    run: api.fromLeadConnectorCalendar,
  },
  safeDriverOf(
    'safeFromLeadConnectorCalendar',
    api.fromLeadConnectorCalendar,
    api.safeFromLeadConnectorCalendar,
    calendarInputs,
  ),
  {
    entry: 'fromLeadConnectorSchedule',
    title: 'fixtures, mutated, random JSON; zones',
    inputs: scheduleInputs,
    run: api.fromLeadConnectorSchedule,
  },
  safeDriverOf(
    'safeFromLeadConnectorSchedule',
    api.fromLeadConnectorSchedule,
    api.safeFromLeadConnectorSchedule,
    scheduleInputs,
  ),
  {
    entry: 'fromLeadConnectorEvents',
    title: 'fixtures, mutated, random JSON; options',
    inputs: eventsInputs,
    run: api.fromLeadConnectorEvents,
  },
  safeDriverOf(
    'safeFromLeadConnectorEvents',
    api.fromLeadConnectorEvents,
    api.safeFromLeadConnectorEvents,
    eventsInputs,
  ),
  {
    entry: 'fromLeadConnectorBlockedSlots',
    title: 'fixtures, mutated, random JSON; options',
    inputs: blockedInputs,
    run: api.fromLeadConnectorBlockedSlots,
  },
  safeDriverOf(
    'safeFromLeadConnectorBlockedSlots',
    api.fromLeadConnectorBlockedSlots,
    api.safeFromLeadConnectorBlockedSlots,
    blockedInputs,
  ),
  {
    entry: 'fromLeadConnectorFreeSlots',
    title: 'fixtures, mutated, random JSON; zones',
    inputs: freeSlotsInputs,
    run: api.fromLeadConnectorFreeSlots,
  },
  safeDriverOf(
    'safeFromLeadConnectorFreeSlots',
    api.fromLeadConnectorFreeSlots,
    api.safeFromLeadConnectorFreeSlots,
    freeSlotsInputs,
  ),
  {
    entry: 'fromLeadConnectorFreeSlotsRequest',
    title: 'the query mutated, random JSON; reversed, empty, capped and decades-long ranges',
    inputs: requestInputs,
    run: api.fromLeadConnectorFreeSlotsRequest,
  },
  safeDriverOf(
    'safeFromLeadConnectorFreeSlotsRequest',
    api.fromLeadConnectorFreeSlotsRequest,
    api.safeFromLeadConnectorFreeSlotsRequest,
    requestInputs,
  ),
  {
    entry: 'toLeadConnectorFreeSlots',
    title: 'valid starts in valid zones, read back',
    inputs: fc.tuple(starts, fc.record({ timeZone: fc.constantFrom(...VALID_ZONES), traceId: fc.string() })),
    run: api.toLeadConnectorFreeSlots,
    validate: (response, [list, options]) => {
      const read = api.safeFromLeadConnectorFreeSlots(response, options as { timeZone: string })
      if (!read.success)
        return `fromLeadConnectorFreeSlots refuses it: ${read.issues[0]?.code} at ${read.issues[0]?.path}`
      return JSON.stringify(read.value.starts) === JSON.stringify(list)
        ? undefined
        : 'the starts read back differ'
    },
  },
  {
    entry: 'toLeadConnectorFreeSlots',
    title: 'starts and options mutated, anything adversarial',
    inputs: fc.tuple(
      fc.oneof(
        arbitraryAdversarialMutation([0, { start: 60_000, end: 120_000 }, Date.UTC(2025, 2, 10)]),
        adversarialValue(),
      ),
      fc.oneof(
        fc.record({ timeZone: zoneOption, traceId: adversarialValue() }, { requiredKeys: [] }),
        adversarialValue(),
      ),
    ),
    run: api.toLeadConnectorFreeSlots,
  },
  {
    entry: 'toLeadConnectorCalendar',
    title: 'valid schedules onto fixture calendars, read back',
    inputs: fc.tuple(coreSchedule, fc.constantFrom(undefined, ...calendars, seedUpdateCalendar)),
    run: api.toLeadConnectorCalendar,
    validate: ({ calendar: written }: ReturnType<typeof api.toLeadConnectorCalendar>, [input]) =>
      refusalOf(
        () => api.fromLeadConnectorCalendar(written, { timeZone: (input as Schedule).timeZone }),
        'fromLeadConnectorCalendar',
      ),
  },
  {
    entry: 'toLeadConnectorCalendar',
    title: 'schedules, existing calendars and options mutated',
    inputs: fc.tuple(
      fc.oneof(
        ...calendarSettings.map((settings) => arbitraryAdversarialMutation(settings.schedule)),
        adversarialValue(),
      ),
      arbitraryUntrusted(undefined, calendar, seedUpdateCalendar),
      fc.oneof(
        fc.constant(undefined),
        fc.record(
          {
            timeZone: zoneOption,
            dayZero: fc.oneof(fc.constantFrom('sunday', 'monday'), adversarialValue()),
          },
          { requiredKeys: [] },
        ),
        adversarialValue(),
      ),
    ),
    run: api.toLeadConnectorCalendar,
  },
  {
    entry: 'toLeadConnectorSchedule',
    title: 'valid schedules onto the fixture schedule, read back',
    inputs: fc.tuple(coreSchedule, fc.constantFrom(undefined, schedule)),
    run: api.toLeadConnectorSchedule,
    validate: ({ schedule: written }: ReturnType<typeof api.toLeadConnectorSchedule>) =>
      refusalOf(() => api.fromLeadConnectorSchedule(written), 'fromLeadConnectorSchedule'),
  },
  {
    entry: 'toLeadConnectorSchedule',
    title: 'schedules and existing schedules mutated',
    inputs: fc.tuple(
      fc.oneof(
        ...scheduleSettings.map((settings) => arbitraryAdversarialMutation(settings.schedule)),
        adversarialValue(),
      ),
      arbitraryUntrusted(undefined, schedule),
    ),
    run: api.toLeadConnectorSchedule,
  },
  {
    entry: 'selectBusyForUser',
    title: 'the week’s events, users and calendars, or anything adversarial',
    inputs: fc.tuple(
      fc.oneof(fc.constant(busyEvents), adversarialValue()),
      fc.oneof(fc.constantFrom(...userIds, 'nobody'), adversarialValue()),
      fc.oneof(fc.constantFrom(undefined, ...calendarIds), adversarialValue()),
    ),
    run: api.selectBusyForUser,
  },
  {
    entry: 'selectScheduleForUser',
    title: 'the fixtures’ calendars and schedules, or anything adversarial',
    inputs: fc.tuple(
      fc.oneof(fc.constantFrom(...userIds, 'nobody'), adversarialValue()),
      fc.oneof(fc.constantFrom(...calendarSettings), adversarialValue()),
      fc.oneof(fc.constant(scheduleSettings), adversarialValue()),
    ),
    run: api.selectScheduleForUser,
  },
  {
    entry: 'computeLeadConnectorFreeSlots',
    title: 'the fixture week with one path made adversarial, or its query’s range',
    inputs: fc.tuple(
      fc.oneof(
        fc.constant(week),
        arbitraryAdversarialMutation(week),
        rangeQuery.map((range) => ({ ...week, query: range })),
        adversarialValue(),
      ),
    ),
    run: api.computeLeadConnectorFreeSlots,
    numRuns: endToEndRuns(),
  },
  {
    entry: 'planLeadConnectorRecurringBooking',
    title: 'the recurring fixture with its options made adversarial, or anything adversarial',
    inputs: fc.tuple(
      fc.oneof(fc.constant(recurringRequest), adversarialValue()),
      fc.oneof(
        fc.constant(recurringOptions),
        arbitraryAdversarialMutation(recurringOptions),
        adversarialValue(),
      ),
    ),
    run: api.planLeadConnectorRecurringBooking,
    numRuns: endToEndRuns(),
  },
]

describeAllExportsFuzz({
  title: '@slotwise/leadconnector all-exports fuzz',
  api,
  catalogue,
  isVendorError: isLeadConnectorError,
  drivers,
  // Hang guards: 20× the worst call seen at FC_NUM_RUNS=5000 on a loaded two-core machine
  // (load average 13), rounded up to a second and never below 5 s: the harness alone stalled
  // for up to 250 ms there, on a function that compares one number.
  entryPoints: {
    computeLeadConnectorFreeSlots: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', ...ENGINE_CODES],
    },
    fromLeadConnectorBlockedSlots: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromLeadConnectorCalendar: { boundMs: 10_000, codes: ['INVALID_VENDOR_PAYLOAD'] },
    fromLeadConnectorEvents: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromLeadConnectorFreeSlots: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromLeadConnectorFreeSlotsRequest: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', 'INVALID_ARGUMENT'],
    },
    fromLeadConnectorSchedule: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    planLeadConnectorRecurringBooking: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', ...ENGINE_CODES],
    },
    safeFromLeadConnectorBlockedSlots: { boundMs: 9_000, codes: [] },
    safeFromLeadConnectorCalendar: { boundMs: 10_000, codes: [] },
    safeFromLeadConnectorEvents: { boundMs: 5_000, codes: [] },
    safeFromLeadConnectorFreeSlots: { boundMs: 6_000, codes: [] },
    safeFromLeadConnectorFreeSlotsRequest: { boundMs: 5_000, codes: [] },
    safeFromLeadConnectorSchedule: { boundMs: 5_000, codes: [] },
    selectBusyForUser: { boundMs: 5_000, codes: ['INVALID_ARGUMENT'] },
    selectScheduleForUser: { boundMs: 5_000, codes: ['INVALID_ARGUMENT'] },
    toLeadConnectorCalendar: {
      boundMs: 8_000,
      codes: ['INVALID_ARGUMENT', 'INVALID_TIME', 'INVALID_DATE', 'INVALID_TIME_ZONE', 'RANGE_TOO_LARGE'],
    },
    toLeadConnectorFreeSlots: {
      boundMs: 33_000,
      codes: ['INVALID_TIME_ZONE', 'INVALID_INSTANT', 'INVALID_ARGUMENT'],
    },
    toLeadConnectorSchedule: {
      boundMs: 11_000,
      codes: ['INVALID_ARGUMENT', 'INVALID_TIME', 'INVALID_DATE', 'INVALID_TIME_ZONE', 'RANGE_TOO_LARGE'],
    },
  },
})
