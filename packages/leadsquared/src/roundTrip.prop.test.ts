// Round-trip laws of the LeadSquared mappings, one per test, over the testkit's valid
// schedules and busy events (1–14 days around 2024's DST changes, in zones with 30-minute
// DST, DST at midnight and +05:45 / +12:45 offsets).
import { fc, test } from '@fast-check/vitest'
import {
  type AvailabilityResult,
  availability,
  type Interval,
  normalizeIntervals,
  type Person,
  type Schedule,
  subtractIntervals,
  toInstantFromWallMilliseconds,
} from '@slotwise/core'
import {
  arbitraryAvailabilityRequest,
  formatDayNumber,
  type TestPerson,
  windowDays,
  windowFirstDay,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { fromLeadSquaredSlotsRequest } from './fromLeadSquaredSlotsRequest.js'
import { fromLeadSquaredSlotsResponse } from './fromLeadSquaredSlotsResponse.js'
import { fromLeadSquaredTemplate } from './fromLeadSquaredTemplate.js'
import { toLeadSquaredSlotsRequest } from './toLeadSquaredSlotsRequest.js'
import { toLeadSquaredSlotsResponse } from './toLeadSquaredSlotsResponse.js'
import { toLeadSquaredTemplate } from './toLeadSquaredTemplate.js'

const DAY = 86_400_000
const USER = { ID: 'p0', EmailAddress: 'p0@example.com' }

/** A one-person request with its dates as a LeadSquared request body. */
const personAndDates = arbitraryAvailabilityRequest({ maxPeople: 1, team: false, explain: false }).chain(
  (request) =>
    fc.record({
      person: fc.constant(request.people[0]!),
      now: fc.constant(request.now),
      include: fc.boolean(),
      from: fc.constant(formatDayNumber(windowFirstDay(request.window))),
      to: fc.constant(formatDayNumber(windowFirstDay(request.window) + windowDays(request.window) - 1)),
    }),
)

function bodyOf(from: string, to: string, include: boolean) {
  return { FromDate: from, ToDate: to, Users: [USER.EmailAddress], IncludeAllowedConflictSlots: include }
}

/** Runs the core over a request body's window, windows only. */
function answer(
  person: Person | TestPerson,
  from: string,
  to: string,
  include: boolean,
  now = 0,
): AvailabilityResult {
  const query = fromLeadSquaredSlotsRequest(bodyOf(from, to, include)).value
  return availability({
    window: query.window,
    now,
    people: [person as Person],
    policy: { durationMinutes: 1440, softEventsBlock: query.softEventsBlock },
  })
}

/** The free time of a result: working minus breaks minus blocking busy time. */
function freeOf(result: AvailabilityResult): Interval[] {
  const days = result.people[0]!.days
  const working = normalizeIntervals(days.flatMap((day) => day.working))
  const breaks = normalizeIntervals(days.flatMap((day) => day.breaks))
  const blocking = normalizeIntervals(days.flatMap((day) => day.busy.filter((busy) => busy.blocking)))
  return subtractIntervals(subtractIntervals(working, breaks), blocking) as Interval[]
}

function clip(set: readonly Interval[], start: number, end: number): Interval[] {
  return set
    .map((interval) => ({ start: Math.max(start, interval.start), end: Math.min(end, interval.end) }))
    .filter((interval) => interval.end > interval.start)
}

/** Person without what LeadSquared's slots response cannot carry: event buffers and zone changes. */
function representable(person: TestPerson): TestPerson {
  const { zoneChanges: _, ...schedule } = person.schedule
  return {
    ...person,
    schedule,
    busy: (person.busy ?? []).map(({ bufferBeforeMinutes: _b, bufferAfterMinutes: _a, ...event }) => event),
  }
}

describe('RetrieveAvailableSlots response', () => {
  test.prop({ case: personAndDates })(
    'from(to(result)) gives, per date, the same free windows, breaks and reason as the result',
    ({ case: { person, from, to, include } }) => {
      const result = answer(representable(person), from, to, include)
      const { value: response, warnings } = toLeadSquaredSlotsResponse(result, {
        request: bodyOf(from, to, include),
        users: [USER],
      })
      expect(
        warnings.every(
          (warning) => warning.code === 'AMBIGUOUS_WALL_TIME' || warning.code === 'SUBSECOND_TRUNCATED',
        ),
      ).toBe(true)
      if (warnings.length > 0) return // a fold or a millisecond: HH:mm:ss cannot say it
      const read = fromLeadSquaredSlotsResponse(response).value.users[0]!
      const free = freeOf(result)
      const byDate = new Map(result.people[0]!.days.map((day) => [day.date, day]))
      for (const day of read.days) {
        const zone = byDate.get(day.date)!.timeZone
        const start = toInstantFromWallMilliseconds(Date.parse(day.date), zone)
        const end = toInstantFromWallMilliseconds(Date.parse(day.date) + DAY, zone)
        expect(day.available).toEqual(clip(free, start, end))
        const working = normalizeIntervals(result.people[0]!.days.flatMap((d) => d.working)) as Interval[]
        const expectedReason =
          clip(working, start, end).length > 0
            ? null
            : (byDate.get(day.date)!.noSlotsReason ?? 'NotScheduled')
        expect(day.noSlotsReason).toBe(expectedReason)
        expect(day.breaks).toEqual(
          clip(normalizeIntervals(result.people[0]!.days.flatMap((d) => d.breaks)) as Interval[], start, end),
        )
      }
    },
  )

  /** Writes the person's answer, reads it back and writes the rebuilt person's answer. */
  function expectPayloadSurvives(person: TestPerson, from: string, to: string, include: boolean) {
    const body = bodyOf(from, to, include)
    const first = toLeadSquaredSlotsResponse(answer(representable(person), from, to, include), {
      request: body,
      users: [USER],
    })
    if (first.warnings.length > 0) return
    const read = fromLeadSquaredSlotsResponse(first.value).value.users[0]!
    const again = toLeadSquaredSlotsResponse(answer(read.person, from, to, include), {
      request: body,
      users: [read.user],
    })
    expect(again.value).toEqual(first.value)
  }

  test.prop({ case: personAndDates })(
    'to(from(payload)) writes the same payload again: every field the adapter owns survives',
    ({ case: { person, from, to, include } }) => expectPayloadSurvives(person, from, to, include),
  )

  test('a date booked throughout from the second pass of a fall-back keeps its null reason (FC_SEED=785808432)', () => {
    // Pacific/Chatham goes back from 03:45 to 02:45 on 2024-04-07; the hours 03:45–04:00 are
    // busy from 03:40 in the second pass. The busy time was left out of the rebuilt hours,
    // and the date came back NotScheduled.
    const person: TestPerson = {
      id: 'p0',
      schedule: { timeZone: 'Pacific/Chatham', weekly: { sunday: [{ from: '03:45', to: '04:00' }] } },
      busy: [{ id: 'e0', start: 1712415300000, end: 1712416500000 }],
    }
    expectPayloadSurvives(person, '2024-04-07', '2024-04-07', false)
  })

  test.prop({
    case: personAndDates,
    step: fc.constantFrom(15, 30, 60),
    duration: fc.constantFrom(15, 30, 45, 60, 90),
  })(
    'the rebuilt person offers the same clock-aligned slots inside the requested dates',
    ({ case: { person, from, to, include, now }, step, duration }) => {
      const original = representable(person)
      const body = bodyOf(from, to, include)
      const first = toLeadSquaredSlotsResponse(answer(original, from, to, include), {
        request: body,
        users: [USER],
      })
      if (first.warnings.length > 0) return
      const rebuilt = fromLeadSquaredSlotsResponse(first.value).value.users[0]!.person
      const query = fromLeadSquaredSlotsRequest(body).value
      const slotsOf = (who: Person | TestPerson) => {
        const result = availability({
          window: query.window,
          now,
          people: [who as Person],
          policy: {
            durationMinutes: duration,
            intervalMinutes: step,
            alignment: 'clock',
            softEventsBlock: query.softEventsBlock,
          },
        })
        const zone = result.people[0]!.timeZone
        const start = toInstantFromWallMilliseconds(Date.parse(from), zone)
        const end = toInstantFromWallMilliseconds(Date.parse(to) + DAY, zone)
        return result.people[0]!.days.flatMap((day) => day.slots).filter(
          (slot) => slot.start >= start && slot.end <= end,
        )
      }
      expect(slotsOf(rebuilt)).toEqual(slotsOf(original))
    },
  )
})

describe('work-day template', () => {
  test.prop({ case: personAndDates })(
    'from(to(schedule)) gives the same availability (holidays, leave and zone changes travel outside the template)',
    ({ case: { person, from, to, now } }) => {
      const schedule = person.schedule as Schedule
      const { value: template, warnings } = toLeadSquaredTemplate(schedule)
      if (schedule.weekly === undefined || schedule.weekly === null) {
        expect(warnings.map((warning) => warning.path)).toContain('weekly')
        return
      }
      for (const key of ['holidays', 'leave', 'zoneChanges'] as const) {
        const present = (schedule[key]?.length ?? 0) > 0
        expect(warnings.some((warning) => warning.path === key)).toBe(present)
      }
      const read = fromLeadSquaredTemplate(template).value
      const rebuilt: Schedule = {
        ...read,
        ...(schedule.holidays === undefined ? {} : { holidays: schedule.holidays }),
        ...(schedule.leave === undefined ? {} : { leave: schedule.leave }),
        ...(schedule.zoneChanges === undefined ? {} : { zoneChanges: schedule.zoneChanges }),
      }
      const run = (s: Schedule) =>
        availability({
          window: { from, to, timeZone: schedule.timeZone },
          now,
          people: [{ id: 'p0', schedule: s, busy: (person.busy ?? []) as NonNullable<Person['busy']> }],
          policy: { durationMinutes: 30 },
        })
      expect(run(rebuilt)).toEqual(run(schedule))
    },
  )

  test.prop({
    case: personAndDates,
    extra: fc.dictionary(
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter(
          (key) =>
            ![
              'TimeZone',
              'WorkingDays',
              'DayWise',
              'WorkingHours',
              'Breaks',
              'Days',
              'DateOverrides',
            ].includes(key),
        ),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 6 },
    ),
  })(
    'an update keeps every field it does not own, and writes the owned ones as a fresh template would',
    ({ case: { person }, extra }) => {
      const existing = JSON.parse(
        JSON.stringify({ ...extra, TimeZone: 'UTC', WorkingDays: ['Sunday'], Days: null }),
      )
      const schedule = person.schedule as Schedule
      const fresh = toLeadSquaredTemplate(schedule).value
      const updated = toLeadSquaredTemplate(schedule, existing).value
      for (const key of Object.keys(existing)) {
        if (!(key in fresh))
          expect(Object.getOwnPropertyDescriptor(updated, key)?.value).toEqual(existing[key])
      }
      for (const key of Object.keys(fresh)) expect(updated[key]).toEqual(fresh[key])
      expect(Object.keys(updated)).toHaveLength(
        new Set([...Object.keys(existing), ...Object.keys(fresh)]).size,
      )
    },
  )
})

describe('RetrieveAvailableSlots request', () => {
  test.prop({
    from: fc.integer({ min: 0, max: 20_000 }),
    length: fc.integer({ min: 0, max: 100 }),
    users: fc.array(fc.emailAddress(), { minLength: 1, maxLength: 5 }),
    include: fc.boolean(),
    paging: fc.option(
      fc.record({ PageIndex: fc.integer({ min: 1, max: 50 }), PageSize: fc.integer({ min: 1, max: 200 }) }),
      { nil: undefined },
    ),
  })('to(from(request)) is the request', ({ from, length, users, include, paging }) => {
    const body = {
      FromDate: formatDayNumber(from),
      ToDate: formatDayNumber(from + length),
      Users: users,
      IncludeAllowedConflictSlots: include,
      ...(paging === undefined ? {} : { Paging: paging }),
    }
    expect(toLeadSquaredSlotsRequest(fromLeadSquaredSlotsRequest(body).value).value).toEqual(body)
  })
})
