// Every exported function of @slotwise/calendly, driven through the testkit's fuzz harness
// with the fixtures unmodified, the fixtures with one path made adversarial (1 MiB strings,
// 100,000-deep nesting, a million-element array, `__proto__` keys, NaN, ±Infinity, -0, 1e21,
// legacy and invalid zones), random JSON, and reversed, empty and decades-long query ranges;
// the writers get valid core values or anything adversarial in their place (core answers are
// the core's output, not untrusted JSON: they are not mutated field by field; schedules,
// which callers write, are). Each call returns JSON-safe data or throws a SlotwiseError with a
// code stated below (all in the core README's catalogue) and a path, within its hang guard,
// mutating nothing.
import { readFileSync } from 'node:fs'
import { fc } from '@fast-check/vitest'
import { type AvailabilityResult, availability, type Person, type Schedule } from '@slotwise/core'
import {
  adversarialValue,
  arbitraryAdversarialMutation,
  arbitraryAvailabilityRequest,
  arbitrarySchedule,
  arbitraryUntrusted,
  catalogueCodes,
  describeAllExportsFuzz,
  type FuzzDriver,
  ODD_NUMBERS,
  ODD_TIME_ZONES,
  refusalOf,
  safeFormDriver,
} from '@slotwise/testkit'
import quirks from './__fixtures__/availability-schedule-quirks.json' with { type: 'json' }
import schedules from './__fixtures__/availability-schedules.json' with { type: 'json' }
import availableTimes from './__fixtures__/available-times.json' with { type: 'json' }
import busyTimes from './__fixtures__/busy-times.json' with { type: 'json' }
import busyQuirks from './__fixtures__/busy-times-quirks.json' with { type: 'json' }
import dstSchedule from './__fixtures__/dst-schedule.json' with { type: 'json' }
import eventType from './__fixtures__/event-type.json' with { type: 'json' }
import eventTypeSchedules from './__fixtures__/event-type-availability-schedules.json' with { type: 'json' }
import eventTypeGroup from './__fixtures__/event-type-group.json' with { type: 'json' }
import memberships from './__fixtures__/event-type-memberships.json' with { type: 'json' }
import eventTypeRoundRobin from './__fixtures__/event-type-round-robin.json' with { type: 'json' }
import * as api from './index.js'

const catalogue = catalogueCodes(readFileSync(new URL('../../core/README.md', import.meta.url), 'utf8'))

/** Calendly's error body: `{ title, message, details?: [{ parameter?, message }] }`. */
function isCalendlyError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const { title, message, details } = body as Record<string, unknown>
  return (
    typeof title === 'string' &&
    typeof message === 'string' &&
    (details === undefined ||
      (Array.isArray(details) &&
        details.every(
          (detail) =>
            typeof detail === 'object' &&
            detail !== null &&
            typeof (detail as { message?: unknown }).message === 'string',
        )))
  )
}

// ---------------------------------------------------------------------------------------
// Inputs

const NOW = Date.UTC(2025, 2, 1)
const DAY = 86_400_000
const query = {
  user: 'https://api.calendly.com/users/U1',
  event_type: 'https://api.calendly.com/event_types/ET1',
  start_time: '2025-03-10T00:00:00.000000Z',
  end_time: '2025-03-12T00:00:00Z',
}
const zoneOption = fc.oneof(fc.constantFrom('UTC', 'Europe/Berlin', ...ODD_TIME_ZONES), adversarialValue())
const nowOption = fc.oneof(fc.constantFrom(NOW, 0, Date.UTC(2026, 6, 9), ...ODD_NUMBERS), adversarialValue())

/** Query ranges: empty, reversed, at and past 7 and 31 days, decades long, in the past. */
const rangeQuery = fc
  .record({
    start: fc.constantFrom(NOW + DAY, NOW - 400 * DAY, 0, Date.UTC(2026, 6, 10), Date.UTC(9999, 11, 20)),
    length: fc.constantFrom(0, 1, 7 * DAY, 7 * DAY + 1, 31 * DAY, 31 * DAY + 1, -DAY, 36_525 * DAY),
  })
  .map(({ start, length }) => {
    const write = (instant: number) =>
      Math.abs(instant) <= 8.64e15 ? new Date(instant).toISOString() : String(instant)
    return { ...query, start_time: write(start), end_time: write(start + length) }
  })

const scheduleMapping = api.fromCalendlyAvailabilitySchedule(quirks)
const coreSchedule: fc.Arbitrary<Schedule> = fc.oneof(
  fc.constantFrom(
    scheduleMapping.schedule,
    api.fromCalendlyAvailabilitySchedule(dstSchedule).schedule,
    api.fromCalendlyAvailabilitySchedule(schedules).schedule,
  ),
  fc
    .constantFrom(19_792, 19_800, 20_025, 20_030)
    .chain((first) => arbitrarySchedule(first, 7)) as fc.Arbitrary<Schedule>,
)

/** A one-person core answer from the testkit's requests. */
const personResult = arbitraryAvailabilityRequest({ maxPeople: 1, team: false, explain: false }).map(
  (request) =>
    availability({
      window: request.window as never,
      now: request.now,
      people: request.people as Person[],
      policy: { durationMinutes: 30 },
    }) as AvailabilityResult,
)

// ---------------------------------------------------------------------------------------
// Drivers

type Run = (...inputs: never[]) => unknown

const successOf = (value: unknown) => ({ success: true, value })
const safeDriverOf = (entry: string, throwing: Run, safe: Run, inputs: fc.Arbitrary<readonly unknown[]>) =>
  safeFormDriver(entry, throwing, safe, inputs, successOf, isCalendlyError)

const rulesOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      uri: fc.oneof(
        fc.constant('https://api.calendly.com/user_availability_schedules/S1'),
        adversarialValue(),
      ),
      treat2359AsMidnight: fc.oneof(fc.boolean(), adversarialValue()),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const scheduleInputs = fc.tuple(arbitraryUntrusted(quirks, schedules, dstSchedule), rulesOptions)
const eventTypeSchedulesInputs = fc.tuple(arbitraryUntrusted(eventTypeSchedules), rulesOptions)
const busyOptions = fc.oneof(
  fc.constant(undefined),
  fc.constant({ eventTypeOf: () => 'et' }),
  fc.record({ eventTypeOf: adversarialValue() }),
  adversarialValue(),
)
const busyInputs = fc.tuple(arbitraryUntrusted(busyTimes, busyQuirks), busyOptions)
const eventTypeOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      defaultIncrementMinutes: fc.oneof(fc.constantFrom(15, 30), fc.constantFrom(...ODD_NUMBERS)),
      maxInvitees: fc.oneof(fc.constantFrom(1, 3), fc.constantFrom(...ODD_NUMBERS)),
      alignment: fc.oneof(fc.constantFrom('window', 'clock'), adversarialValue()),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const eventTypeInputs = fc.tuple(
  arbitraryUntrusted(eventType, eventTypeGroup, eventTypeRoundRobin),
  eventTypeOptions,
)
const membershipsInputs = fc.tuple(arbitraryUntrusted(memberships))
const availableTimesInputs = fc.tuple(
  arbitraryUntrusted(availableTimes),
  fc.oneof(
    fc.constant({ durationMinutes: 30 }),
    fc.record({
      durationMinutes: fc.oneof(fc.constantFrom(1, 1440, 1441, 0), fc.constantFrom(...ODD_NUMBERS)),
    }),
    adversarialValue(),
  ),
)
const queryOptions = fc.oneof(fc.constant({ now: NOW }), fc.record({ now: nowOption }), adversarialValue())
const queryInputs = fc.oneof(
  fc.tuple(arbitraryUntrusted(query), queryOptions),
  fc.tuple(rangeQuery, fc.constant({ now: NOW })),
)

const drivers: FuzzDriver[] = [
  {
    entry: 'fromCalendlyAvailabilitySchedule',
    title: 'fixtures, mutated, random JSON; options',
    inputs: scheduleInputs,
    run: api.fromCalendlyAvailabilitySchedule,
  },
  safeDriverOf(
    'safeFromCalendlyAvailabilitySchedule',
    api.fromCalendlyAvailabilitySchedule,
    api.safeFromCalendlyAvailabilitySchedule,
    scheduleInputs,
  ),
  {
    entry: 'fromCalendlyEventTypeAvailabilitySchedules',
    title: 'fixtures, mutated, random JSON; options',
    inputs: eventTypeSchedulesInputs,
    run: api.fromCalendlyEventTypeAvailabilitySchedules,
  },
  safeDriverOf(
    'safeFromCalendlyEventTypeAvailabilitySchedules',
    api.fromCalendlyEventTypeAvailabilitySchedules,
    api.safeFromCalendlyEventTypeAvailabilitySchedules,
    eventTypeSchedulesInputs,
  ),
  {
    entry: 'fromCalendlyBusyTimes',
    title: 'fixtures, mutated, random JSON; options',
    inputs: busyInputs,
    run: api.fromCalendlyBusyTimes,
  },
  safeDriverOf(
    'safeFromCalendlyBusyTimes',
    api.fromCalendlyBusyTimes,
    api.safeFromCalendlyBusyTimes,
    busyInputs,
  ),
  {
    entry: 'fromCalendlyEventType',
    title: 'fixtures, mutated, random JSON; options',
    inputs: eventTypeInputs,
    run: api.fromCalendlyEventType,
  },
  safeDriverOf(
    'safeFromCalendlyEventType',
    api.fromCalendlyEventType,
    api.safeFromCalendlyEventType,
    eventTypeInputs,
  ),
  {
    entry: 'fromCalendlyEventTypeMemberships',
    title: 'fixtures, mutated, random JSON',
    inputs: membershipsInputs,
    run: api.fromCalendlyEventTypeMemberships,
  },
  safeDriverOf(
    'safeFromCalendlyEventTypeMemberships',
    api.fromCalendlyEventTypeMemberships,
    api.safeFromCalendlyEventTypeMemberships,
    membershipsInputs,
  ),
  {
    entry: 'fromCalendlyAvailableTimes',
    title: 'fixtures, mutated, random JSON; durations',
    inputs: availableTimesInputs,
    run: api.fromCalendlyAvailableTimes,
  },
  safeDriverOf(
    'safeFromCalendlyAvailableTimes',
    api.fromCalendlyAvailableTimes,
    api.safeFromCalendlyAvailableTimes,
    availableTimesInputs,
  ),
  {
    entry: 'fromCalendlyBusyTimesQuery',
    title: 'the query mutated, random JSON; reversed, empty, capped and decades-long ranges',
    inputs: queryInputs,
    run: api.fromCalendlyBusyTimesQuery,
  },
  safeDriverOf(
    'safeFromCalendlyBusyTimesQuery',
    api.fromCalendlyBusyTimesQuery,
    api.safeFromCalendlyBusyTimesQuery,
    queryInputs,
  ),
  {
    entry: 'fromCalendlyAvailableTimesQuery',
    title: 'the query mutated, random JSON; reversed, empty, capped and decades-long ranges',
    inputs: queryInputs,
    run: api.fromCalendlyAvailableTimesQuery,
  },
  safeDriverOf(
    'safeFromCalendlyAvailableTimesQuery',
    api.fromCalendlyAvailableTimesQuery,
    api.safeFromCalendlyAvailableTimesQuery,
    queryInputs,
  ),
  {
    entry: 'availableTimesMaxDays',
    title: 'any instant or anything adversarial',
    inputs: fc.tuple(nowOption),
    run: api.availableTimesMaxDays,
  },
  {
    entry: 'toCalendlyAvailabilitySchedule',
    title: 'valid schedules, read back',
    inputs: fc.tuple(
      coreSchedule,
      fc.constantFrom(
        undefined,
        { now: NOW },
        { existing: { name: 'Work', uri: 'u' } },
        { endOfDay: '00:00' },
      ),
    ),
    run: api.toCalendlyAvailabilitySchedule,
    validate: ({ payload }: ReturnType<typeof api.toCalendlyAvailabilitySchedule>) =>
      refusalOf(() => api.fromCalendlyAvailabilitySchedule(payload), 'fromCalendlyAvailabilitySchedule'),
  },
  {
    entry: 'toCalendlyAvailabilitySchedule',
    title: 'schedules and options mutated',
    inputs: fc.tuple(
      fc.oneof(arbitraryAdversarialMutation(scheduleMapping.schedule), adversarialValue()),
      fc.oneof(
        fc.constant(undefined),
        fc.record(
          {
            existing: arbitraryUntrusted(quirks),
            now: nowOption,
            endOfDay: fc.oneof(fc.constantFrom('24:00', '00:00'), adversarialValue()),
          },
          { requiredKeys: [] },
        ),
        adversarialValue(),
      ),
    ),
    run: api.toCalendlyAvailabilitySchedule,
  },
  {
    entry: 'toCalendlyAvailableTimes',
    title: 'valid one-person answers, read back',
    inputs: fc.tuple(
      personResult,
      fc.record({
        schedulingUrl: fc.constant('https://calendly.com/acme/30min'),
        precision: fc.constantFrom('microseconds', 'milliseconds', 'seconds'),
        timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'),
      }),
    ),
    run: api.toCalendlyAvailableTimes,
    validate: (written: ReturnType<typeof api.toCalendlyAvailableTimes>) =>
      refusalOf(
        () => api.fromCalendlyAvailableTimes(written, { durationMinutes: 30 }),
        'fromCalendlyAvailableTimes',
      ),
  },
  {
    entry: 'toCalendlyAvailableTimes',
    title: 'anything adversarial for the answer; options mutated',
    inputs: fc.tuple(
      fc.oneof(personResult, adversarialValue()),
      fc.oneof(
        fc.record(
          {
            schedulingUrl: fc.oneof(fc.constant('https://calendly.com/acme/30min'), adversarialValue()),
            precision: fc.oneof(fc.constantFrom('microseconds', 'seconds'), adversarialValue()),
            timeZone: zoneOption,
            personId: adversarialValue(),
            request: adversarialValue(),
          },
          { requiredKeys: ['schedulingUrl'] },
        ),
        adversarialValue(),
      ),
    ),
    run: api.toCalendlyAvailableTimes,
  },
]

describeAllExportsFuzz({
  title: '@slotwise/calendly all-exports fuzz',
  api,
  catalogue,
  isVendorError: isCalendlyError,
  drivers,
  // Hang guards: 20× the worst call seen at FC_NUM_RUNS=5000 on a loaded two-core machine
  // (load average 13), rounded up to a second and never below 5 s: the harness alone stalled
  // for up to 250 ms there, on a function that compares one number.
  entryPoints: {
    availableTimesMaxDays: { boundMs: 5_000, codes: ['INVALID_ARGUMENT'] },
    fromCalendlyAvailabilitySchedule: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'],
    },
    fromCalendlyAvailableTimes: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromCalendlyAvailableTimesQuery: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', 'INVALID_ARGUMENT'],
    },
    fromCalendlyBusyTimes: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromCalendlyBusyTimesQuery: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', 'INVALID_ARGUMENT'],
    },
    fromCalendlyEventType: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'] },
    fromCalendlyEventTypeAvailabilitySchedules: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_ARGUMENT'],
    },
    fromCalendlyEventTypeMemberships: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD'] },
    safeFromCalendlyAvailabilitySchedule: { boundMs: 5_000, codes: [] },
    safeFromCalendlyAvailableTimes: { boundMs: 5_000, codes: [] },
    safeFromCalendlyAvailableTimesQuery: { boundMs: 5_000, codes: [] },
    safeFromCalendlyBusyTimes: { boundMs: 5_000, codes: [] },
    safeFromCalendlyBusyTimesQuery: { boundMs: 5_000, codes: [] },
    safeFromCalendlyEventType: { boundMs: 6_000, codes: [] },
    safeFromCalendlyEventTypeAvailabilitySchedules: { boundMs: 5_000, codes: [] },
    safeFromCalendlyEventTypeMemberships: { boundMs: 5_000, codes: [] },
    toCalendlyAvailabilitySchedule: {
      boundMs: 6_000,
      codes: [
        'INVALID_SCHEDULE',
        'INVALID_TIME',
        'INVALID_DATE',
        'INVALID_TIME_ZONE',
        'INVALID_INSTANT',
        'INVALID_INTERVAL',
        'INVALID_ARGUMENT',
        'RANGE_TOO_LARGE',
      ],
    },
    toCalendlyAvailableTimes: { boundMs: 9_000, codes: ['INVALID_ARGUMENT', 'INVALID_TIME_ZONE'] },
  },
})
