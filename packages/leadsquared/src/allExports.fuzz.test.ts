// Every exported function of @slotwise/leadsquared, driven through the testkit's fuzz harness
// with the fixtures unmodified, the fixtures with one path made adversarial (1 MiB strings,
// 100,000-deep nesting, a million-element array, `__proto__` keys, NaN, ±Infinity, -0, 1e21,
// legacy and invalid zones), random JSON, and reversed, empty and decades-long ranges; the
// writers get valid core values or anything adversarial in their place (core answers are the
// core's output, not untrusted JSON: they are not mutated field by field). Each
// call returns JSON-safe data or throws a SlotwiseError with a code stated below (all in the
// core README's catalogue) and a path, within its hang guard, mutating nothing. The
// end-to-end answer runs a tenth of FC_NUM_RUNS (at least 50): it runs the whole engine.
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
  endToEndRuns,
  type FuzzDriver,
  formatDayNumber,
  ODD_TIME_ZONES,
  refusalOf,
  safeFormDriver,
  type TestPerson,
  windowDays,
  windowFirstDay,
} from '@slotwise/testkit'
import seedAccount from './__fixtures__/seed-account.json' with { type: 'json' }
import seedRequest from './__fixtures__/seed-request.json' with { type: 'json' }
import seedResponse from './__fixtures__/seed-response.json' with { type: 'json' }
import holidayCalendars from './__fixtures__/team/holiday-calendars.json' with { type: 'json' }
import leaves from './__fixtures__/team/leaves.json' with { type: 'json' }
import taskTypes from './__fixtures__/team/task-types.json' with { type: 'json' }
import tasks from './__fixtures__/team/tasks.json' with { type: 'json' }
import templates from './__fixtures__/team/templates.json' with { type: 'json' }
import users from './__fixtures__/team/users.json' with { type: 'json' }
import vendorsAccount from './__fixtures__/vendors-example-account.json' with { type: 'json' }
import vendorsResponse from './__fixtures__/vendors-example-response.json' with { type: 'json' }
import details from './__fixtures__/work-day-details.json' with { type: 'json' }
import detailsNoTemplate from './__fixtures__/work-day-details-no-template.json' with { type: 'json' }
import * as api from './index.js'

const catalogue = catalogueCodes(readFileSync(new URL('../../core/README.md', import.meta.url), 'utf8'))

/** LeadSquared's error body: `{ Status: 'Error', ExceptionType, ExceptionMessage }`. */
function isLeadSquaredError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const { Status, ExceptionType, ExceptionMessage } = body as Record<string, unknown>
  return (
    Status === 'Error' &&
    typeof ExceptionType === 'string' &&
    typeof ExceptionMessage === 'string' &&
    ExceptionMessage.length > 0
  )
}

// ---------------------------------------------------------------------------------------
// Inputs

const team = { users, templates, holidayCalendars, leaves, tasks, taskTypes }
const emails = users.flatMap((user) => (typeof user.EmailAddress === 'string' ? [user.EmailAddress] : []))
const VALID_ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/Dublin']

/** A zone option: valid, legacy, invalid or anything adversarial. */
const zoneOption = fc.oneof(fc.constantFrom(...VALID_ZONES, ...ODD_TIME_ZONES), adversarialValue())

/** A date option: valid, at the ends of the calendar, non-existent, malformed or adversarial. */
const dateOption = fc.oneof(
  fc.constantFrom('2026-03-08', '2026-03-09', '0001-01-01', '9999-12-31', '2026-02-30', '2026-3-8', ''),
  adversarialValue(),
)

/** Request dates: zero-length, one day, at and past the 100-day cap, reversed, decades long, at the calendar's ends. */
const requestDates = fc
  .tuple(
    fc.constantFrom('2026-03-09', '1970-01-01', '0001-01-01', '9999-12-25', '2024-02-29'),
    fc.constantFrom(0, 1, 6, 100, 101, -1, -400, 3653, 36_525),
  )
  .map(([from, days]) => {
    const first = Date.parse(`${from}T00:00:00Z`) / 86_400_000
    return { FromDate: from, ToDate: formatDayNumber(first + days) }
  })

/** A request body over `requestDates`, its paging valid, huge or absent. */
const requestBody = fc
  .record({
    dates: requestDates,
    users: fc.subarray(emails, { minLength: 1 }),
    include: fc.boolean(),
    paging: fc.option(
      fc.record({
        PageIndex: fc.constantFrom(1, 2, 1_000_000),
        PageSize: fc.constantFrom(1, 50, 1_000_000),
      }),
    ),
  })
  .map(({ dates, users: list, include, paging }) => ({
    ...dates,
    Users: list,
    IncludeAllowedConflictSlots: include,
    ...(paging === null ? {} : { Paging: paging }),
  }))

const week = { FromDate: '2026-03-02', ToDate: '2026-03-15', Users: emails }
const teamQuery = api.fromLeadSquaredSlotsRequest(week).value
const teamPeople = api.fromLeadSquaredUsers(team, { emails }).value
const teamResult = availability({
  window: teamQuery.window,
  now: 0,
  people: teamPeople.people,
  policy: { durationMinutes: 30 },
})
const templateSchedules = templates.map((template) => api.fromLeadSquaredTemplate(template).value)

/** A one-person core answer over a LeadSquared request's window, from the testkit's requests. */
const personAnswer = arbitraryAvailabilityRequest({ maxPeople: 1, team: false, explain: false }).map(
  (request) => {
    const first = windowFirstDay(request.window)
    const body = {
      FromDate: formatDayNumber(first),
      ToDate: formatDayNumber(first + windowDays(request.window) - 1),
      Users: ['p0@example.com'],
    }
    const query = api.fromLeadSquaredSlotsRequest(body).value
    const person = request.people[0] as TestPerson
    const result = availability({
      window: query.window,
      now: request.now,
      people: [person as Person],
      policy: { durationMinutes: 30 },
    })
    return { body, result, person }
  },
)

/** A schedule the testkit builds around 2024's DST changes. */
const coreSchedule = fc
  .constantFrom(19_792, 19_800, 20_025, 20_030)
  .chain((first) => arbitrarySchedule(first, 7)) as fc.Arbitrary<Schedule>

// ---------------------------------------------------------------------------------------
// Validators

type Run = (...inputs: never[]) => unknown

const successOf = (returned: unknown) => ({ success: true, ...(returned as object) })
const safeDriverOf = (entry: string, throwing: Run, safe: Run, inputs: fc.Arbitrary<readonly unknown[]>) =>
  safeFormDriver(entry, throwing, safe, inputs, successOf, isLeadSquaredError)

/** A `safe…` form: never throws, and fails exactly when the throwing form throws. */
// ---------------------------------------------------------------------------------------
// Drivers

const slotsRequestInputs = fc.tuple(arbitraryUntrusted(seedRequest, seedAccount.request, week)).map((x) => x)
const rangeRequestInputs = fc.tuple(requestBody)
const responseOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      slotsTimeZone: fc.oneof(fc.constantFrom('template', 'user'), adversarialValue()),
      busySlotsTimeZone: fc.oneof(fc.constantFrom('UTC', 'template', 'user'), zoneOption),
      availableSlotsIncludeBreaks: fc.oneof(fc.boolean(), adversarialValue()),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const slotsResponseInputs = fc.tuple(arbitraryUntrusted(seedResponse, vendorsResponse), responseOptions)
const templateInputs = fc.tuple(arbitraryUntrusted(...templates))
const holidaysInputs = fc.tuple(arbitraryUntrusted(...holidayCalendars, holidayCalendars[0]?.Holidays))
const leavesOptions = fc.oneof(fc.record({ timeZone: zoneOption }), adversarialValue())
const leavesInputs = fc.tuple(arbitraryUntrusted(leaves), leavesOptions)
const tasksOptions = fc.oneof(
  fc.record({ taskTypes: arbitraryUntrusted(taskTypes), timeZone: zoneOption }, { requiredKeys: [] }),
  adversarialValue(),
)
const tasksInputs = fc.tuple(arbitraryUntrusted(tasks), tasksOptions)
const windowOption = fc.oneof(
  fc.constant(teamQuery.window),
  fc
    .tuple(
      fc.constantFrom(0, Date.UTC(2026, 2, 9), -8.64e15, 8.64e15),
      fc.constantFrom(0, -86_400_000, 86_400_000, 3.2e12),
    )
    .map(([start, length]) => ({ start, end: start + length })),
  arbitraryAdversarialMutation(teamQuery.window),
)
const usersOptions = fc.oneof(
  fc.record(
    {
      emails: arbitraryUntrusted(emails),
      taskTimeZone: zoneOption,
      window: windowOption,
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const usersInputs = fc.tuple(arbitraryUntrusted(team, vendorsAccount), usersOptions)
const detailsOptions = fc.oneof(
  fc.record({ date: dateOption, timeZone: zoneOption }),
  fc.constant({ date: '2026-03-08', timeZone: 'America/New_York' }),
  adversarialValue(),
)
const detailsInputs = fc.tuple(arbitraryUntrusted(details, detailsNoTemplate), detailsOptions)

const answerOptions = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      slotsTimeZone: fc.oneof(fc.constantFrom('template', 'user'), adversarialValue()),
      busySlotsTimeZone: fc.oneof(fc.constantFrom('UTC', 'template', 'user'), zoneOption),
      busySlots: fc.oneof(fc.constantFrom('blocking', 'all'), adversarialValue()),
      availableSlots: fc.oneof(fc.constantFrom('windows', 'slots'), adversarialValue()),
      availableSlotsIncludeBreaks: fc.boolean(),
      nullListsWithoutTemplate: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  adversarialValue(),
)
const account = { ...team, now: Date.UTC(2026, 2, 1) }
const seedAccountData = { ...seedAccount, now: 0 }

const drivers: FuzzDriver[] = [
  {
    entry: 'fromLeadSquaredSlotsRequest',
    title: 'fixtures, mutated, random JSON',
    inputs: slotsRequestInputs,
    run: api.fromLeadSquaredSlotsRequest,
  },
  {
    entry: 'fromLeadSquaredSlotsRequest',
    title: 'reversed, empty, capped and decades-long ranges',
    inputs: rangeRequestInputs,
    run: api.fromLeadSquaredSlotsRequest,
    // What it read writes back to a body it reads the same.
    validate: ({ value }: ReturnType<typeof api.fromLeadSquaredSlotsRequest>) => {
      const again = api.toLeadSquaredSlotsRequest(value).value
      const reread = api.fromLeadSquaredSlotsRequest(again).value
      return JSON.stringify(reread) === JSON.stringify(value) ? undefined : 'to… then from… changed the query'
    },
  },
  safeDriverOf(
    'safeFromLeadSquaredSlotsRequest',
    api.fromLeadSquaredSlotsRequest,
    api.safeFromLeadSquaredSlotsRequest,
    fc.oneof(slotsRequestInputs, rangeRequestInputs),
  ),
  {
    entry: 'toLeadSquaredSlotsRequest',
    title: 'queries read from ranges, read back',
    inputs: fc.tuple(
      requestBody
        .map((body) => api.safeFromLeadSquaredSlotsRequest(body))
        .map((safe) => (safe.success ? safe.value : teamQuery)),
    ),
    run: api.toLeadSquaredSlotsRequest,
    validate: ({ value }: ReturnType<typeof api.toLeadSquaredSlotsRequest>) =>
      refusalOf(() => api.fromLeadSquaredSlotsRequest(value), 'fromLeadSquaredSlotsRequest'),
  },
  {
    entry: 'toLeadSquaredSlotsRequest',
    title: 'queries mutated',
    inputs: fc.tuple(fc.oneof(arbitraryAdversarialMutation(teamQuery), adversarialValue())),
    run: api.toLeadSquaredSlotsRequest,
  },
  {
    entry: 'fromLeadSquaredSlotsResponse',
    title: 'fixtures, mutated, random JSON; options',
    inputs: slotsResponseInputs,
    run: api.fromLeadSquaredSlotsResponse,
  },
  safeDriverOf(
    'safeFromLeadSquaredSlotsResponse',
    api.fromLeadSquaredSlotsResponse,
    api.safeFromLeadSquaredSlotsResponse,
    slotsResponseInputs,
  ),
  {
    entry: 'toLeadSquaredSlotsResponse',
    title: 'valid one-person answers, read back',
    inputs: personAnswer.map(({ body, result }) => [
      result,
      { request: body, users: [{ ID: 'p0', EmailAddress: 'p0@example.com' }] },
    ]),
    run: api.toLeadSquaredSlotsResponse,
    validate: ({ value }: ReturnType<typeof api.toLeadSquaredSlotsResponse>) =>
      refusalOf(() => api.fromLeadSquaredSlotsResponse(value), 'fromLeadSquaredSlotsResponse'),
  },
  {
    entry: 'toLeadSquaredSlotsResponse',
    title: 'the team week or anything adversarial; options mutated',
    inputs: fc.tuple(
      fc.oneof(fc.constant(teamResult), adversarialValue()),
      fc.oneof(
        fc.constant({ request: week, users }),
        arbitraryAdversarialMutation({ request: week, users }),
        answerOptions,
        requestBody.map((request) => ({ request, users })),
      ),
    ),
    run: api.toLeadSquaredSlotsResponse,
    numRuns: endToEndRuns(),
  },
  {
    entry: 'fromLeadSquaredTemplate',
    title: 'fixtures, mutated, random JSON',
    inputs: templateInputs,
    run: api.fromLeadSquaredTemplate,
  },
  safeDriverOf(
    'safeFromLeadSquaredTemplate',
    api.fromLeadSquaredTemplate,
    api.safeFromLeadSquaredTemplate,
    templateInputs,
  ),
  {
    entry: 'toLeadSquaredTemplate',
    title: 'valid schedules onto fixture templates, read back',
    inputs: fc.tuple(
      fc.oneof(coreSchedule, fc.constantFrom(...templateSchedules)),
      fc.oneof(fc.constant(undefined), fc.constantFrom(...templates)),
    ),
    run: api.toLeadSquaredTemplate,
    validate: ({ value }: ReturnType<typeof api.toLeadSquaredTemplate>) =>
      refusalOf(() => api.fromLeadSquaredTemplate(value), 'fromLeadSquaredTemplate'),
  },
  {
    entry: 'toLeadSquaredTemplate',
    title: 'schedules and existing templates mutated',
    inputs: fc.tuple(
      fc.oneof(
        ...templateSchedules.map((schedule) => arbitraryAdversarialMutation(schedule)),
        adversarialValue(),
      ),
      arbitraryUntrusted(undefined, ...templates),
    ),
    run: api.toLeadSquaredTemplate,
  },
  {
    entry: 'fromLeadSquaredHolidays',
    title: 'fixtures, mutated, random JSON',
    inputs: holidaysInputs,
    run: api.fromLeadSquaredHolidays,
  },
  safeDriverOf(
    'safeFromLeadSquaredHolidays',
    api.fromLeadSquaredHolidays,
    api.safeFromLeadSquaredHolidays,
    holidaysInputs,
  ),
  {
    entry: 'fromLeadSquaredLeaves',
    title: 'fixtures, mutated, random JSON; zones',
    inputs: leavesInputs,
    run: api.fromLeadSquaredLeaves,
  },
  safeDriverOf(
    'safeFromLeadSquaredLeaves',
    api.fromLeadSquaredLeaves,
    api.safeFromLeadSquaredLeaves,
    leavesInputs,
  ),
  {
    entry: 'fromLeadSquaredTasks',
    title: 'fixtures, mutated, random JSON; task types and zones',
    inputs: tasksInputs,
    run: api.fromLeadSquaredTasks,
  },
  safeDriverOf(
    'safeFromLeadSquaredTasks',
    api.fromLeadSquaredTasks,
    api.safeFromLeadSquaredTasks,
    tasksInputs,
  ),
  {
    entry: 'fromLeadSquaredUsers',
    title: 'the team and vendors accounts, mutated; emails, zones, windows',
    inputs: usersInputs,
    run: api.fromLeadSquaredUsers,
  },
  safeDriverOf(
    'safeFromLeadSquaredUsers',
    api.fromLeadSquaredUsers,
    api.safeFromLeadSquaredUsers,
    usersInputs,
  ),
  {
    entry: 'fromLeadSquaredWorkDayDetails',
    title: 'fixtures, mutated, random JSON; dates and zones',
    inputs: detailsInputs,
    run: api.fromLeadSquaredWorkDayDetails,
  },
  safeDriverOf(
    'safeFromLeadSquaredWorkDayDetails',
    api.fromLeadSquaredWorkDayDetails,
    api.safeFromLeadSquaredWorkDayDetails,
    detailsInputs,
  ),
  {
    entry: 'toLeadSquaredWorkDayDetails',
    title: 'the team week’s people on each date, read back',
    inputs: fc.tuple(
      fc.constantFrom(...teamResult.people),
      fc.constantFrom(...teamQuery.dates),
      fc.constantFrom(undefined, { userId: 'u-1' }),
    ),
    run: api.toLeadSquaredWorkDayDetails,
    validate: ({ value }: ReturnType<typeof api.toLeadSquaredWorkDayDetails>, [person, date]) =>
      refusalOf(
        () =>
          api.fromLeadSquaredWorkDayDetails(value, {
            date: date as string,
            timeZone: (person as AvailabilityResult['people'][number]).timeZone,
          }),
        'fromLeadSquaredWorkDayDetails',
      ),
  },
  {
    entry: 'toLeadSquaredWorkDayDetails',
    title: 'people or anything adversarial; dates and options mutated',
    inputs: fc.tuple(
      fc.oneof(fc.constantFrom(...teamResult.people), adversarialValue()),
      dateOption,
      fc.oneof(fc.constant(undefined), fc.record({ userId: adversarialValue() }), adversarialValue()),
    ),
    run: api.toLeadSquaredWorkDayDetails,
  },
  {
    entry: 'answerLeadSquaredSlotsRequest',
    title: 'the seed and team accounts, one of request, account or options mutated',
    inputs: fc.oneof(
      fc.tuple(arbitraryUntrusted(seedAccount.request), fc.constant(seedAccountData), answerOptions),
      fc.tuple(fc.constant(seedAccount.request), arbitraryUntrusted(seedAccountData), fc.constant(undefined)),
      fc.tuple(requestBody, fc.constant(account), answerOptions),
      fc.tuple(fc.constant(week), arbitraryAdversarialMutation(account), answerOptions),
    ),
    run: api.answerLeadSquaredSlotsRequest,
    numRuns: endToEndRuns(),
  },
]

describeAllExportsFuzz({
  title: '@slotwise/leadsquared all-exports fuzz',
  api,
  catalogue,
  isVendorError: isLeadSquaredError,
  drivers,
  // Hang guards: 20× the worst call seen at FC_NUM_RUNS=5000 on a loaded two-core machine
  // (load average 13), rounded up to a second and never below 5 s: the harness alone stalled
  // for up to 250 ms there, on a function that compares one number.
  entryPoints: {
    answerLeadSquaredSlotsRequest: {
      boundMs: 5_000,
      codes: [
        'INVALID_VENDOR_PAYLOAD',
        'VENDOR_LIMIT',
        'INVALID_POLICY',
        'INVALID_INSTANT',
        'INVALID_TIME_ZONE',
        'INVALID_ARGUMENT',
        'TOO_MANY_PEOPLE',
      ],
    },
    fromLeadSquaredHolidays: { boundMs: 7_000, codes: ['INVALID_VENDOR_PAYLOAD'] },
    fromLeadSquaredLeaves: { boundMs: 6_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_TIME_ZONE'] },
    fromLeadSquaredSlotsRequest: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT'] },
    fromLeadSquaredSlotsResponse: { boundMs: 5_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_TIME_ZONE'] },
    fromLeadSquaredTasks: { boundMs: 8_000, codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_TIME_ZONE'] },
    fromLeadSquaredTemplate: { boundMs: 14_000, codes: ['INVALID_VENDOR_PAYLOAD'] },
    fromLeadSquaredUsers: {
      boundMs: 10_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_TIME_ZONE', 'TOO_MANY_PEOPLE', 'INVALID_ARGUMENT'],
    },
    fromLeadSquaredWorkDayDetails: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'INVALID_DATE', 'INVALID_TIME_ZONE'],
    },
    safeFromLeadSquaredHolidays: { boundMs: 5_000, codes: [] },
    safeFromLeadSquaredLeaves: { boundMs: 8_000, codes: [] },
    safeFromLeadSquaredSlotsRequest: { boundMs: 5_000, codes: [] },
    safeFromLeadSquaredSlotsResponse: { boundMs: 5_000, codes: [] },
    safeFromLeadSquaredTasks: { boundMs: 14_000, codes: [] },
    safeFromLeadSquaredTemplate: { boundMs: 5_000, codes: [] },
    safeFromLeadSquaredUsers: { boundMs: 14_000, codes: [] },
    safeFromLeadSquaredWorkDayDetails: { boundMs: 7_000, codes: [] },
    toLeadSquaredSlotsRequest: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', 'INVALID_ARGUMENT'],
    },
    toLeadSquaredSlotsResponse: {
      boundMs: 5_000,
      codes: ['INVALID_VENDOR_PAYLOAD', 'VENDOR_LIMIT', 'INVALID_TIME_ZONE', 'INVALID_ARGUMENT'],
    },
    toLeadSquaredTemplate: {
      boundMs: 13_000,
      codes: [
        'INVALID_TIME_ZONE',
        'INVALID_TIME',
        'INVALID_DATE',
        'INVALID_SCHEDULE',
        'INVALID_VENDOR_PAYLOAD',
      ],
    },
    toLeadSquaredWorkDayDetails: {
      boundMs: 5_000,
      codes: ['INVALID_DATE', 'INVALID_ARGUMENT', 'INVALID_INTERVAL'],
    },
  },
})
