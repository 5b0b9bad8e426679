// Example tests of the slot generator (DESIGN.md, Semantics 6–14 and the precise rules on
// the window, open time, alignment, buffers, horizon, capacity and limits). Expected slots
// are worked out by hand and written as wall times or `Date.UTC` instants.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import type {
  AvailabilityRequest,
  AvailabilityResult,
  BusyEvent,
  DayAvailability,
  Schedule,
  SlotPolicy,
} from '../index.js'
import { availability, toWallTime } from '../index.js'

const MONDAY = '2024-03-11'
const NINE_TO_FIVE = [{ from: '09:00', to: '17:00' }]
/** Monday 2024-03-11 at `hours:minutes` UTC. */
const monday = (hours: number, minutes = 0) => Date.UTC(2024, 2, 11, hours, minutes)

interface Setup {
  readonly schedule?: Schedule
  readonly busy?: readonly BusyEvent[]
  readonly policy?: SlotPolicy
  readonly from?: string
  readonly to?: string
  readonly window?: AvailabilityRequest['window']
  readonly now?: number
  readonly explain?: boolean
}

/** One person, `ana`, working 09:00–17:00 UTC on Mondays; one-hour slots on Monday 2024-03-11. */
function requestOf(setup: Setup = {}): AvailabilityRequest {
  const schedule = setup.schedule ?? { timeZone: 'UTC', weekly: { monday: NINE_TO_FIVE } }
  return {
    window: setup.window ?? {
      from: setup.from ?? MONDAY,
      to: setup.to ?? setup.from ?? MONDAY,
      timeZone: schedule.timeZone,
    },
    now: setup.now ?? Date.UTC(2024, 0, 1),
    people: [{ id: 'ana', schedule, ...(setup.busy === undefined ? {} : { busy: setup.busy }) }],
    policy: setup.policy ?? { durationMinutes: 60 },
    ...(setup.explain === undefined ? {} : { explain: setup.explain }),
  }
}

function run(setup: Setup = {}): AvailabilityResult {
  return availability(requestOf(setup))
}

/** Every slot of the first person, all dates, as wall times `HH:MM` (or with the date when `withDate`). */
function slotTimes(result: AvailabilityResult, timeZone = 'UTC', withDate = false): string[] {
  return result.people[0]!.days.flatMap((day) =>
    day.slots.map((slot) => toWallTime(slot.start, timeZone).slice(withDate ? 0 : 11, 16)),
  )
}

function dayOf(result: AvailabilityResult, date: string): DayAvailability {
  const day = result.people[0]!.days.find((candidate) => candidate.date === date)
  if (day === undefined) throw new Error(`no day ${date}`)
  return day
}

/** Rejected candidates as `HH:MM` → reasons. */
function rejectedOf(result: AvailabilityResult, timeZone = 'UTC') {
  return (result.people[0]!.rejected ?? []).map((slot) => ({
    at: toWallTime(slot.start, timeZone).slice(11, 16),
    reasons: slot.reasons,
  }))
}

/** `code` and `path` of the SlotwiseError that `availability` throws for the request. */
function failureOf(request: unknown): { code: string; path: string } {
  const error = slotwiseErrorOf(() => availability(request as AvailabilityRequest))
  return { code: error.code, path: error.path }
}

describe('the slot grid', () => {
  test('a day with a 12:00–13:00 break gives the same slots as 09:00–12:00 plus 13:00–17:00', () => {
    const policy = { durationMinutes: 45 }
    const withBreak = run({
      policy,
      schedule: {
        timeZone: 'UTC',
        weekly: { monday: NINE_TO_FIVE },
        breaks: { weekly: { monday: [{ from: '12:00', to: '13:00' }] } },
      },
    })
    const twoRanges = run({
      policy,
      schedule: {
        timeZone: 'UTC',
        weekly: {
          monday: [
            { from: '09:00', to: '12:00' },
            { from: '13:00', to: '17:00' },
          ],
        },
      },
    })
    // The grid restarts at 13:00, the start of the second run of open time.
    const expected = ['09:00', '09:45', '10:30', '11:15', '13:00', '13:45', '14:30', '15:15', '16:00']
    expect(slotTimes(withBreak)).toEqual(expected)
    expect(slotTimes(twoRanges)).toEqual(expected)
  })

  test('a slot must fit entirely in working time', () => {
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '10:30' }] } },
    })
    expect(slotTimes(result)).toEqual(['09:00'])
  })

  test('the interval sets the step between starts', () => {
    const result = run({
      policy: { durationMinutes: 60, intervalMinutes: 90 },
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '13:00' }] } },
    })
    expect(slotTimes(result)).toEqual(['09:00', '10:30', '12:00'])
  })

  describe('each alignment on the same day: hours 09:15–12:00, 30-minute slots, busy 10:05–10:20', () => {
    const setup = (alignment: 'window' | 'clock' | 'free'): Setup => ({
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:15', to: '12:00' }] } },
      busy: [{ id: 'call', start: monday(10, 5), end: monday(10, 20) }],
      policy: { durationMinutes: 30, alignment },
    })

    test("'window' keeps the grid of the open run: busy time removes 09:45 and 10:15 without moving it", () => {
      expect(slotTimes(run(setup('window')))).toEqual(['09:15', '10:45', '11:15'])
    })

    test("'clock' snaps to multiples of 30 minutes from local midnight", () => {
      expect(slotTimes(run(setup('clock')))).toEqual(['09:30', '10:30', '11:00', '11:30'])
    })

    test("'free' restarts the grid right after the busy block", () => {
      expect(slotTimes(run(setup('free')))).toEqual(['09:15', '10:20', '10:50', '11:20'])
    })
  })

  test("'free' restarts after the block grown by the event's and the policy's buffers", () => {
    // The event 10:00–10:20 with 5 minutes after it, and the policy's 10 minutes before a slot,
    // block [10:00, 10:35) for the grid.
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '12:00' }] } },
      busy: [{ id: 'call', start: monday(10), end: monday(10, 20), bufferAfterMinutes: 5 }],
      policy: { durationMinutes: 30, alignment: 'free', bufferBeforeMinutes: 10 },
    })
    expect(slotTimes(result)).toEqual(['09:00', '09:30', '10:35', '11:05'])
  })

  test("'window' steps in absolute minutes across the spring-forward change; 'clock' keeps wall-clock multiples", () => {
    // New York 2024-03-10, hours 01:30–04:00: 01:30 EST = 06:30Z, 04:00 EDT = 08:00Z (90 minutes).
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { sunday: [{ from: '01:30', to: '04:00' }] },
    }
    const windowed = run({ schedule, from: '2024-03-10', policy: { durationMinutes: 45 } })
    const clocked = run({ schedule, from: '2024-03-10', policy: { durationMinutes: 45, alignment: 'clock' } })
    // 45 minutes after 01:30 EST is 03:15 EDT.
    expect(windowed.people[0]!.days[0]!.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2024, 2, 10, 6, 30),
      Date.UTC(2024, 2, 10, 7, 15),
    ])
    // 02:15 never happens; 03:00 EDT (07:00Z) is the next multiple of 45 minutes; 03:45 would end at 04:30.
    expect(clocked.people[0]!.days[0]!.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2024, 2, 10, 6, 30),
      Date.UTC(2024, 2, 10, 7),
    ])
  })

  test("Lord Howe's 30-minute jump: 'clock' skips the missing 02:00, 'window' keeps absolute steps", () => {
    // 2024-10-06 02:00 LHST (+10:30) became 02:30 LHDT (+11:00). Hours 01:00–04:00 are
    // 2024-10-05 14:30Z–17:00Z: two and a half real hours.
    const schedule: Schedule = {
      timeZone: 'Australia/Lord_Howe',
      weekly: { sunday: [{ from: '01:00', to: '04:00' }] },
    }
    const clocked = run({ schedule, from: '2024-10-06', policy: { durationMinutes: 60, alignment: 'clock' } })
    const windowed = run({ schedule, from: '2024-10-06', policy: { durationMinutes: 60 } })
    expect(slotTimes(clocked, 'Australia/Lord_Howe')).toEqual(['01:00', '03:00'])
    expect(clocked.people[0]!.days[0]!.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2024, 9, 5, 14, 30),
      Date.UTC(2024, 9, 5, 16),
    ])
    // One real hour after 01:00 LHST is 02:30 LHDT.
    expect(slotTimes(windowed, 'Australia/Lord_Howe')).toEqual(['01:00', '02:30'])
  })

  test("'clock' alignment offers both 01:00s in the autumn fold", () => {
    // New York 2024-11-03, hours 00:00–03:00: 00:00 EDT = 04:00Z … 03:00 EST = 08:00Z.
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { sunday: [{ from: '00:00', to: '03:00' }] },
    }
    const result = run({ schedule, from: '2024-11-03', policy: { durationMinutes: 60, alignment: 'clock' } })
    expect(result.people[0]!.days[0]!.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2024, 10, 3, 4),
      Date.UTC(2024, 10, 3, 5),
      Date.UTC(2024, 10, 3, 6),
      Date.UTC(2024, 10, 3, 7),
    ])
    expect(slotTimes(result, 'America/New_York')).toEqual(['00:00', '01:00', '01:00', '02:00'])
  })

  test('the window cuts slots but never moves the grid', () => {
    const result = run({ window: { start: monday(10, 30), end: monday(13) } })
    // The grid stays anchored at 09:00; 10:00 starts before the window, so 11:00 is first.
    expect(slotTimes(result)).toEqual(['11:00', '12:00'])
  })

  test('a round-the-clock run anchors at local midnight two days before the window and holds slots across midnight', () => {
    const allDay = [{ from: '00:00', to: '24:00' }]
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: {
        monday: allDay,
        tuesday: allDay,
        wednesday: allDay,
        thursday: allDay,
        friday: allDay,
        saturday: allDay,
        sunday: allDay,
      },
    }
    const result = run({ schedule, from: MONDAY, to: '2024-03-12', policy: { durationMinutes: 50 } })
    // The run is anchored at Saturday 2024-03-09 00:00; 2 880 minutes later = 57 × 50 + 30,
    // so Monday's first start is 00:20 and its last one, 23:40, ends on Tuesday at 00:30.
    const mondaySlots = dayOf(result, MONDAY).slots
    expect(mondaySlots[0]).toEqual({ start: monday(0, 20), end: monday(1, 10) })
    expect(mondaySlots.at(-1)).toEqual({ start: monday(23, 40), end: Date.UTC(2024, 2, 12, 0, 30) })
    expect(mondaySlots).toHaveLength(29)
  })
})

describe('busy events', () => {
  test('a hard event removes the slots it overlaps and is listed as blocking', () => {
    const result = run({ busy: [{ id: 'meeting', start: monday(10, 30), end: monday(11, 30) }] })
    expect(slotTimes(result)).toEqual(['09:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    expect(dayOf(result, MONDAY).busy).toEqual([
      { start: monday(10, 30), end: monday(11, 30), eventId: 'meeting', blocking: true },
    ])
  })

  test('a soft event blocks only when the policy sets softEventsBlock', () => {
    const busy = [{ id: 'task', start: monday(10), end: monday(11), soft: true }]
    const allowed = run({ busy })
    const blocked = run({ busy, policy: { durationMinutes: 60, softEventsBlock: true } })
    expect(slotTimes(allowed)).toContain('10:00')
    expect(dayOf(allowed, MONDAY).busy).toEqual([
      { start: monday(10), end: monday(11), eventId: 'task', blocking: false },
    ])
    expect(slotTimes(blocked)).not.toContain('10:00')
    expect(dayOf(blocked, MONDAY).busy).toEqual([
      { start: monday(10), end: monday(11), eventId: 'task', blocking: true },
    ])
  })

  test('an empty event blocks nothing', () => {
    const result = run({ busy: [{ id: 'marker', start: monday(10, 30), end: monday(10, 30) }] })
    expect(slotTimes(result)).toHaveLength(8)
  })
})

describe('buffers', () => {
  // The policy asks 10 minutes before and 5 after each slot; the lunch booking 12:00–13:00
  // carries 15 minutes before and 20 after. 30-minute slots every 5 minutes.
  // The buffered spans [s − 10, s + 35) and [11:45, 13:20) may only touch:
  // s ≤ 11:10 or s ≥ 13:30.
  const setup: Setup = {
    busy: [
      { id: 'lunch', start: monday(12), end: monday(13), bufferBeforeMinutes: 15, bufferAfterMinutes: 20 },
    ],
    policy: { durationMinutes: 30, intervalMinutes: 5, bufferBeforeMinutes: 10, bufferAfterMinutes: 5 },
    explain: true,
  }

  test("the policy's buffers add up with the booking's own; spans that only touch are allowed", () => {
    const times = slotTimes(run(setup))
    expect(times).toContain('11:10')
    expect(times).not.toContain('11:15')
    expect(times).not.toContain('13:25')
    expect(times).toContain('13:30')
    expect(times.filter((time) => time > '11:10' && time < '13:30')).toEqual([])
  })

  test('a candidate that only meets the buffers says BufferConflict; one that meets the event says Busy', () => {
    const rejected = rejectedOf(run(setup))
    expect(rejected.find((slot) => slot.at === '11:15')?.reasons).toEqual([
      { code: 'BufferConflict', eventIds: ['lunch'] },
    ])
    expect(rejected.find((slot) => slot.at === '11:45')?.reasons).toEqual([
      { code: 'Busy', eventIds: ['lunch'] },
    ])
    expect(rejected.find((slot) => slot.at === '13:25')?.reasons).toEqual([
      { code: 'BufferConflict', eventIds: ['lunch'] },
    ])
    expect(rejected.map((slot) => slot.at)[0]).toBe('11:15')
    expect(rejected.map((slot) => slot.at).at(-1)).toBe('13:25')
  })

  test('buffers may fall outside working hours unless buffersWithinHours is set', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '12:00' }] } }
    const policy = { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 }
    expect(slotTimes(run({ schedule, policy }))).toEqual(['09:00', '10:00', '11:00'])
    const within = run({ schedule, policy: { ...policy, buffersWithinHours: true }, explain: true })
    expect(slotTimes(within)).toEqual(['10:00'])
    expect(rejectedOf(within)).toEqual([
      { at: '09:00', reasons: [{ code: 'OutsideWorkingHours' }] },
      { at: '11:00', reasons: [{ code: 'OutsideWorkingHours' }] },
    ])
  })

  test('with buffersWithinHours, a buffer may not reach into a break', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { monday: NINE_TO_FIVE },
      breaks: { weekly: { monday: [{ from: '12:00', to: '13:00' }] } },
    }
    const result = run({
      schedule,
      policy: { durationMinutes: 60, bufferAfterMinutes: 15, buffersWithinHours: true },
    })
    expect(slotTimes(result)).toEqual(['09:00', '10:00', '13:00', '14:00', '15:00'])
  })
})

describe('notice and horizon', () => {
  test('minimum notice that falls inside the day removes the earlier slots', () => {
    // now 10:20 + 60 minutes of notice: the first start at or after 11:20 on the 09:00 grid is 12:00.
    const result = run({ now: monday(10, 20), policy: { durationMinutes: 60, minimumNoticeMinutes: 60 } })
    expect(slotTimes(result)).toEqual(['12:00', '13:00', '14:00', '15:00', '16:00'])
  })

  test('without notice, a slot that starts exactly at now is offered', () => {
    expect(slotTimes(run({ now: monday(10) }))).toEqual([
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ])
  })

  test('a horizon of { days: 0 } means today only, counted in the person’s zone', () => {
    // now is 22:00 on Monday in New York, already Tuesday 02:00 in UTC.
    const evenings = [{ from: '20:00', to: '24:00' }]
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { monday: evenings, tuesday: evenings, wednesday: evenings },
    }
    const base: Setup = { schedule, from: MONDAY, to: '2024-03-13', now: Date.UTC(2024, 2, 12, 2) }
    const today = run({ ...base, policy: { durationMinutes: 30, horizon: { days: 0 } } })
    expect(slotTimes(today, 'America/New_York', true)).toEqual([
      '2024-03-11T22:00',
      '2024-03-11T22:30',
      '2024-03-11T23:00',
      '2024-03-11T23:30',
    ])
    const tomorrow = run({ ...base, policy: { durationMinutes: 30, horizon: { days: 1 } } })
    expect(slotTimes(tomorrow, 'America/New_York', true)).toHaveLength(4 + 8)
    expect(slotTimes(tomorrow, 'America/New_York', true).at(-1)).toBe('2024-03-12T23:30')
  })

  test('a horizon instant: a slot must start before it', () => {
    const result = run({ policy: { durationMinutes: 60, horizon: { instant: monday(11) } } })
    expect(slotTimes(result)).toEqual(['09:00', '10:00'])
  })
})

describe('capacity and limits', () => {
  test('capacity 3 counts every booking of the type that overlaps the slot, partial overlaps too', () => {
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '12:00' }] } },
      busy: [
        { id: 'b1', start: monday(9), end: monday(10), eventType: 'demo' },
        { id: 'b2', start: monday(9, 30), end: monday(10, 30), eventType: 'demo' },
        { id: 'b3', start: monday(9, 45), end: monday(10, 15), eventType: 'demo' },
        { id: 'other', start: monday(11), end: monday(11, 30) },
      ],
      policy: { durationMinutes: 30, eventType: 'demo', capacity: 3 },
      explain: true,
    })
    // 09:00 holds b1 (1); 09:30 holds b1, b2, b3 (full); 10:00 holds b2, b3 (2); 10:30 none.
    // An event of another type blocks outright.
    expect(slotTimes(result)).toEqual(['09:00', '10:00', '10:30', '11:30'])
    expect(rejectedOf(result)).toEqual([
      { at: '09:30', reasons: [{ code: 'SlotFull' }] },
      { at: '11:00', reasons: [{ code: 'Busy', eventIds: ['other'] }] },
    ])
    expect(dayOf(result, MONDAY).busy.map((busy) => [busy.eventId, busy.blocking])).toEqual([
      ['b1', false],
      ['b2', false],
      ['b3', false],
      ['other', true],
    ])
  })

  test("a booking's buffers do not count against capacity", () => {
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '11:00' }] } },
      busy: [{ id: 'b1', start: monday(9), end: monday(10), eventType: 'demo', bufferAfterMinutes: 30 }],
      policy: { durationMinutes: 60, eventType: 'demo', capacity: 1 },
    })
    expect(slotTimes(result)).toEqual(['10:00'])
  })

  test('without capacity, events of the policy’s type are ordinary busy time', () => {
    const result = run({
      busy: [{ id: 'b1', start: monday(9), end: monday(10), eventType: 'demo' }],
      policy: { durationMinutes: 60, eventType: 'demo' },
    })
    expect(slotTimes(result)[0]).toBe('10:00')
  })

  test('a daily count limit closes the date that reached it and leaves the next one open', () => {
    const tuesday = (hours: number) => Date.UTC(2024, 2, 12, hours)
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE } },
      from: MONDAY,
      to: '2024-03-12',
      busy: [
        { id: 'm1', start: monday(9), end: monday(10), eventType: 'demo' },
        { id: 'm2', start: monday(15), end: monday(16), eventType: 'demo', soft: true },
        { id: 'other', start: tuesday(10), end: tuesday(11), eventType: 'lunch' },
        { id: 't1', start: tuesday(9), end: tuesday(10), eventType: 'demo' },
      ],
      policy: { durationMinutes: 60, eventType: 'demo', limits: { day: { count: 2 } } },
      explain: true,
    })
    expect(dayOf(result, MONDAY).slots).toEqual([])
    expect(dayOf(result, MONDAY).noSlotsReason).toBeNull()
    expect(
      dayOf(result, '2024-03-12').slots.map((slot) => toWallTime(slot.start, 'UTC').slice(11, 16)),
    ).toEqual(['11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    expect(rejectedOf(result).find((slot) => slot.at === '11:00')?.reasons).toEqual([
      { code: 'LimitReached', limit: { period: 'day', measure: 'count' } },
    ])
  })

  test('a weekly minutes limit closes the ISO week whose bookings would pass it', () => {
    // Week of Monday 2024-03-11: 90 booked minutes + a 60-minute slot = 150 > 120, closed.
    // Week of Monday 2024-03-18: 60 + 60 = 120, still within the limit.
    const result = run({
      schedule: { timeZone: 'UTC', weekly: { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE } },
      from: MONDAY,
      to: '2024-03-19',
      busy: [
        { id: 'w1', start: monday(9), end: monday(10, 30), eventType: 'demo' },
        { id: 'w2', start: Date.UTC(2024, 2, 18, 9), end: Date.UTC(2024, 2, 18, 10), eventType: 'demo' },
      ],
      policy: { durationMinutes: 60, eventType: 'demo', limits: { week: { minutes: 120 } } },
      explain: true,
    })
    const counts = Object.fromEntries(result.people[0]!.days.map((day) => [day.date, day.slots.length]))
    expect(counts).toMatchObject({ '2024-03-11': 0, '2024-03-12': 0, '2024-03-18': 7, '2024-03-19': 8 })
    const tuesdayNine = result.people[0]!.rejected!.find((slot) => slot.start === Date.UTC(2024, 2, 12, 9))
    expect(tuesdayNine?.reasons).toEqual([
      { code: 'LimitReached', limit: { period: 'week', measure: 'minutes' } },
    ])
  })

  test('a monthly count limit counts bookings by the local date of their start', () => {
    // 2024-03-31 23:30 in New York is already April in UTC: it counts for March.
    const schedule: Schedule = { timeZone: 'America/New_York', weekly: { monday: NINE_TO_FIVE } }
    const result = run({
      schedule,
      from: '2024-04-01',
      busy: [
        { id: 'late', start: Date.UTC(2024, 3, 1, 3, 30), end: Date.UTC(2024, 3, 1, 4), eventType: 'demo' },
      ],
      policy: { durationMinutes: 60, eventType: 'demo', limits: { month: { count: 1 } } },
    })
    expect(slotTimes(result)).toHaveLength(8)
  })

  test('with no policy event type nothing counts for limits', () => {
    const result = run({
      busy: [{ id: 'm1', start: monday(9), end: monday(10), eventType: 'demo' }],
      policy: { durationMinutes: 60, limits: { day: { count: 1 } } },
    })
    expect(slotTimes(result)).toHaveLength(7)
  })
})

describe('look busy', () => {
  const setupAt = (percent: number, hours = NINE_TO_FIVE): Setup => ({
    schedule: { timeZone: 'UTC', weekly: { monday: hours } },
    policy: { durationMinutes: 60, lookBusy: { percent, seed: 'demo-seed' } },
  })
  const allEight = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']
  const times = (slots: readonly { start: number }[]) =>
    slots.map((slot) => toWallTime(slot.start, 'UTC').slice(11, 16))

  test('0% hides nothing, 30% of 8 hides 2 (2.4 rounds down), 100% hides all 8', () => {
    const counts = [0, 30, 100].map((percent) => {
      const day = dayOf(run(setupAt(percent)), MONDAY)
      expect([...times(day.slots), ...times(day.hidden)].sort()).toEqual(allEight)
      return [day.slots.length, day.hidden.length]
    })
    expect(counts).toEqual([
      [8, 0],
      [6, 2],
      [0, 8],
    ])
  })

  test('the count per day is p × n / 100 rounded half up', () => {
    const five = [{ from: '09:00', to: '14:00' }]
    const hiddenAt = (percent: number) => dayOf(run(setupAt(percent, five)), MONDAY).hidden.length
    expect(hiddenAt(10)).toBe(1) // 0.5 → 1
    expect(hiddenAt(30)).toBe(2) // 1.5 → 2
    expect(hiddenAt(50)).toBe(3) // 2.5 → 3
    expect(hiddenAt(9.9)).toBe(0) // 0.495 → 0
  })

  test('hiding is monotone and repeatable: what 30% hides, 60% hides too, and again the same', () => {
    const at30 = times(dayOf(run(setupAt(30)), MONDAY).hidden)
    const at60 = times(dayOf(run(setupAt(60)), MONDAY).hidden)
    expect(at60).toHaveLength(5) // 4.8 → 5
    expect(at60).toEqual(expect.arrayContaining(at30))
    expect(times(dayOf(run(setupAt(30)), MONDAY).hidden)).toEqual(at30)
  })

  test('each local day is counted on its own', () => {
    const result = run({
      schedule: {
        timeZone: 'UTC',
        weekly: { monday: NINE_TO_FIVE, tuesday: [{ from: '09:00', to: '13:00' }] },
      },
      from: MONDAY,
      to: '2024-03-12',
      policy: { durationMinutes: 60, lookBusy: { percent: 50 } },
    })
    expect(result.people[0]!.days.map((day) => [day.slots.length, day.hidden.length])).toEqual([
      [4, 4],
      [2, 2],
    ])
  })
})

describe('ordering', () => {
  test('every list is sorted by start then end, without duplicates, whatever the input order', () => {
    const result = run({
      schedule: {
        timeZone: 'UTC',
        weekly: {
          monday: [
            { from: '14:00', to: '17:00' },
            { from: '09:00', to: '12:00' },
          ],
        },
        breaks: {
          weekly: {
            monday: [
              { from: '15:00', to: '15:30' },
              { from: '10:00', to: '10:30' },
            ],
          },
        },
      },
      busy: [
        { id: 'late', start: monday(16), end: monday(17) },
        { id: 'long', start: monday(9), end: monday(11) },
        { id: 'short', start: monday(9), end: monday(9, 30) },
        { id: 'twin', start: monday(9), end: monday(9, 30) },
      ],
      policy: { durationMinutes: 30 },
      explain: true,
    })
    const day = dayOf(result, MONDAY)
    expect(day.working).toEqual([
      { start: monday(9), end: monday(12) },
      { start: monday(14), end: monday(17) },
    ])
    expect(day.breaks).toEqual([
      { start: monday(10), end: monday(10, 30) },
      { start: monday(15), end: monday(15, 30) },
    ])
    expect(day.busy.map((busy) => busy.eventId)).toEqual(['short', 'twin', 'long', 'late'])
    expect(times(day.slots)).toEqual(['11:00', '11:30', '14:00', '14:30', '15:30'])
    expect(rejectedOf(result).map((slot) => slot.at)).toEqual(['09:00', '09:30', '10:30', '16:00', '16:30'])
    expect(rejectedOf(result)[0]!.reasons).toEqual([{ code: 'Busy', eventIds: ['short', 'twin', 'long'] }])
  })

  function times(slots: readonly { start: number }[]) {
    return slots.map((slot) => toWallTime(slot.start, 'UTC').slice(11, 16))
  }
})

describe('reasons for rejected candidates (explain: true)', () => {
  test('without explain there is no rejected list', () => {
    expect(run().people[0]!.rejected).toBeUndefined()
  })

  test('TooSoon for starts before now + notice', () => {
    const result = run({ now: monday(10, 30), explain: true })
    expect(rejectedOf(result)).toEqual([
      { at: '09:00', reasons: [{ code: 'TooSoon' }] },
      { at: '10:00', reasons: [{ code: 'TooSoon' }] },
    ])
  })

  test('BeyondHorizon for starts at or after the horizon', () => {
    const result = run({ policy: { durationMinutes: 60, horizon: { instant: monday(15) } }, explain: true })
    expect(rejectedOf(result)).toEqual([
      { at: '15:00', reasons: [{ code: 'BeyondHorizon' }] },
      { at: '16:00', reasons: [{ code: 'BeyondHorizon' }] },
    ])
  })

  test('every reason that applies is listed', () => {
    const result = run({
      now: monday(12),
      busy: [{ id: 'standup', start: monday(9, 30), end: monday(9, 45) }],
      explain: true,
    })
    expect(rejectedOf(result)).toEqual([
      { at: '09:00', reasons: [{ code: 'Busy', eventIds: ['standup'] }, { code: 'TooSoon' }] },
      { at: '10:00', reasons: [{ code: 'TooSoon' }] },
      { at: '11:00', reasons: [{ code: 'TooSoon' }] },
    ])
  })
})

describe('bad input raises SlotwiseError with a code and a path', () => {
  const valid = requestOf()
  const withPolicy = (policy: Record<string, unknown>) => ({
    ...valid,
    policy: { durationMinutes: 60, ...policy },
  })
  const withSchedule = (schedule: Record<string, unknown>) => ({
    ...valid,
    people: [{ id: 'ana', schedule: { timeZone: 'UTC', ...schedule } }],
  })

  test('overlapping weekly intervals: INVALID_SCHEDULE at the later one', () => {
    expect(
      failureOf(
        withSchedule({
          weekly: {
            monday: [
              { from: '09:00', to: '12:00' },
              { from: '11:00', to: '13:00' },
            ],
          },
        }),
      ),
    ).toEqual({ code: 'INVALID_SCHEDULE', path: 'people[0].schedule.weekly.monday[1]' })
  })

  test('touching weekly intervals are fine', () => {
    const request = withSchedule({
      weekly: {
        monday: [
          { from: '09:00', to: '12:00' },
          { from: '12:00', to: '13:00' },
        ],
      },
    })
    expect(slotTimes(availability(request as AvailabilityRequest))).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
    ])
  })

  test('an unknown weekday key', () => {
    expect(failureOf(withSchedule({ weekly: { mon: NINE_TO_FIVE } }))).toEqual({
      code: 'INVALID_SCHEDULE',
      path: 'people[0].schedule.weekly.mon',
    })
  })

  test('a bad time in the hours', () => {
    expect(failureOf(withSchedule({ weekly: { monday: [{ from: '9am', to: '17:00' }] } }))).toEqual({
      code: 'INVALID_TIME',
      path: 'people[0].schedule.weekly.monday[0].from',
    })
  })

  test('an unknown time zone', () => {
    expect(failureOf({ ...valid, people: [{ id: 'ana', schedule: { timeZone: 'Mars/Olympus' } }] })).toEqual({
      code: 'INVALID_TIME_ZONE',
      path: 'people[0].schedule.timeZone',
    })
  })

  test.each([0, 1441, 30.5])('a duration of %s minutes', (durationMinutes) => {
    expect(failureOf(withPolicy({ durationMinutes }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.durationMinutes',
    })
  })

  test('an interval of 0 minutes', () => {
    expect(failureOf(withPolicy({ intervalMinutes: 0 }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.intervalMinutes',
    })
  })

  test('a capacity of 0', () => {
    expect(failureOf(withPolicy({ eventType: 'demo', capacity: 0 }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.capacity',
    })
  })

  test('negative buffers, in the policy and on an event', () => {
    expect(failureOf(withPolicy({ bufferBeforeMinutes: -5 }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.bufferBeforeMinutes',
    })
    expect(failureOf(withPolicy({ bufferAfterMinutes: -1 }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.bufferAfterMinutes',
    })
    const event = { id: 'e', start: monday(10), end: monday(11), bufferAfterMinutes: -10 }
    expect(failureOf({ ...valid, people: [{ ...valid.people[0]!, busy: [event] }] })).toEqual({
      code: 'INVALID_EVENT',
      path: 'people[0].busy[0].bufferAfterMinutes',
    })
  })

  test.each([-1, 101])('a look-busy percent of %s', (percent) => {
    expect(failureOf(withPolicy({ lookBusy: { percent } }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.lookBusy.percent',
    })
  })

  test('an unknown alignment', () => {
    expect(failureOf(withPolicy({ alignment: 'grid' }))).toEqual({
      code: 'INVALID_POLICY',
      path: 'policy.alignment',
    })
  })

  test('a window longer than the default cap of 366 days: RANGE_TOO_LARGE', () => {
    const leapYear = { ...valid, window: { from: '2024-01-01', to: '2024-12-31', timeZone: 'UTC' } }
    expect(availability(leapYear).people[0]!.days).toHaveLength(366)
    expect(
      failureOf({ ...valid, window: { from: '2024-01-01', to: '2025-01-01', timeZone: 'UTC' } }),
    ).toEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'window',
    })
    expect(
      failureOf({ ...valid, window: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 3) } }),
    ).toEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'window',
    })
  })

  test('a window longer than caps.maxWindowDays', () => {
    const request = {
      ...valid,
      window: { from: '2024-03-01', to: '2024-03-08', timeZone: 'UTC' },
      caps: { maxWindowDays: 7 },
    }
    expect(failureOf(request)).toEqual({ code: 'RANGE_TOO_LARGE', path: 'window' })
  })

  test('a window whose end is before its start', () => {
    expect(failureOf({ ...valid, window: { start: monday(12), end: monday(11) } })).toEqual({
      code: 'INVALID_INTERVAL',
      path: 'window.end',
    })
  })

  test('a non-integer now: INVALID_INSTANT', () => {
    expect(failureOf({ ...valid, now: 1.5 })).toEqual({ code: 'INVALID_INSTANT', path: 'now' })
    expect(failureOf({ ...valid, now: undefined })).toEqual({ code: 'INVALID_INSTANT', path: 'now' })
  })

  test('a non-integer event start: INVALID_INSTANT', () => {
    const event = { id: 'e', start: monday(10) + 0.5, end: monday(11) }
    expect(failureOf({ ...valid, people: [{ ...valid.people[0]!, busy: [event] }] })).toEqual({
      code: 'INVALID_INSTANT',
      path: 'people[0].busy[0].start',
    })
  })

  test('an event that ends before it starts', () => {
    const event = { id: 'e', start: monday(11), end: monday(10) }
    expect(failureOf({ ...valid, people: [{ ...valid.people[0]!, busy: [event] }] })).toEqual({
      code: 'INVALID_INTERVAL',
      path: 'people[0].busy[0].end',
    })
  })

  test('missing or empty people', () => {
    const { people: _people, ...withoutPeople } = valid
    expect(failureOf(withoutPeople)).toEqual({ code: 'INVALID_REQUEST', path: 'people' })
    expect(failureOf({ ...valid, people: [] })).toEqual({ code: 'INVALID_REQUEST', path: 'people' })
    expect(failureOf({ ...valid, people: [null] })).toEqual({ code: 'INVALID_REQUEST', path: 'people[0]' })
  })

  test('duplicate person ids', () => {
    const ana = valid.people[0]!
    expect(failureOf({ ...valid, people: [ana, { ...ana }] })).toEqual({
      code: 'INVALID_REQUEST',
      path: 'people[1].id',
    })
  })

  test('more people than caps.maxPeople', () => {
    const ana = valid.people[0]!
    const people = ['a', 'b', 'c'].map((id) => ({ ...ana, id }))
    expect(failureOf({ ...valid, people, caps: { maxPeople: 2 } })).toEqual({
      code: 'TOO_MANY_PEOPLE',
      path: 'people',
    })
  })

  test('more slots than caps.maxSlots: TOO_MANY_SLOTS', () => {
    expect(failureOf({ ...valid, caps: { maxSlots: 7 } })).toEqual({
      code: 'TOO_MANY_SLOTS',
      path: 'people[0]',
    })
    expect(availability({ ...valid, caps: { maxSlots: 8 } }).people[0]!.days[0]!.slots).toHaveLength(8)
  })

  test('more events than caps.maxEventsPerPerson: TOO_MANY_EVENTS', () => {
    const busy = [
      { id: 'a', start: monday(10), end: monday(11) },
      { id: 'b', start: monday(12), end: monday(13) },
    ]
    expect(
      failureOf({ ...valid, people: [{ ...valid.people[0]!, busy }], caps: { maxEventsPerPerson: 1 } }),
    ).toEqual({
      code: 'TOO_MANY_EVENTS',
      path: 'people[0].busy',
    })
  })

  // Malformed values of every kind end in a SlotwiseError at the field, never a TypeError.
  test.each([
    [{ schedule: null }, 'INVALID_SCHEDULE', 'people[0].schedule'],
    [
      { schedule: { timeZone: 'UTC', weekly: { monday: 'all day' } } },
      'INVALID_SCHEDULE',
      'people[0].schedule.weekly.monday',
    ],
    [
      { schedule: { timeZone: 'UTC', weekly: { monday: [null] } } },
      'INVALID_SCHEDULE',
      'people[0].schedule.weekly.monday[0]',
    ],
    [{ schedule: { timeZone: 'UTC', weekly: [] } }, 'INVALID_SCHEDULE', 'people[0].schedule.weekly'],
    [
      { schedule: { timeZone: 'UTC', overrides: [{ date: '2024-03-11', hours: null }] } },
      'INVALID_SCHEDULE',
      'people[0].schedule.overrides[0].hours',
    ],
    [
      { schedule: { timeZone: 'UTC', overrides: [{ date: '2024-02-30', hours: [] }] } },
      'INVALID_DATE',
      'people[0].schedule.overrides[0].date',
    ],
    [
      {
        schedule: {
          timeZone: 'UTC',
          overrides: [
            {
              date: '2024-03-11',
              hours: [
                { from: '10:00', to: '14:00' },
                { from: '08:00', to: '10:30' },
              ],
            },
          ],
        },
      },
      'INVALID_SCHEDULE',
      'people[0].schedule.overrides[0].hours[0]',
    ],
    [
      {
        schedule: {
          timeZone: 'UTC',
          overrides: [
            { date: '2024-03-11', hours: [] },
            { date: '2024-03-11', hours: [] },
          ],
        },
      },
      'INVALID_SCHEDULE',
      'people[0].schedule.overrides[1].date',
    ],
    [
      {
        schedule: {
          timeZone: 'UTC',
          breaks: {
            weekly: {
              monday: [
                { from: '12:00', to: '13:00' },
                { from: '12:30', to: '12:45' },
              ],
            },
          },
        },
      },
      'INVALID_SCHEDULE',
      'people[0].schedule.breaks.weekly.monday[1]',
    ],
    [{ schedule: { timeZone: 'UTC', holidays: [42] } }, 'INVALID_SCHEDULE', 'people[0].schedule.holidays[0]'],
    [{ schedule: { timeZone: 'UTC', leave: [42] } }, 'INVALID_INTERVAL', 'people[0].schedule.leave[0]'],
    [
      { schedule: { timeZone: 'UTC', holidays: [{ from: '2024-03-12', to: '2024-03-11' }] } },
      'INVALID_SCHEDULE',
      'people[0].schedule.holidays[0].to',
    ],
    [
      { schedule: { timeZone: 'UTC', zoneChanges: [{ from: '2024-03-11', timeZone: 'Nowhere/Land' }] } },
      'INVALID_TIME_ZONE',
      'people[0].schedule.zoneChanges[0].timeZone',
    ],
    [{ schedule: { timeZone: 'UTC' }, busy: 'none' }, 'INVALID_EVENT', 'people[0].busy'],
    [
      { schedule: { timeZone: 'UTC' }, busy: [{ id: 'e', start: 0, end: 1, soft: 'yes' }] },
      'INVALID_EVENT',
      'people[0].busy[0].soft',
    ],
    [
      { schedule: { timeZone: 'UTC' }, busy: [{ start: 0, end: 1 }] },
      'INVALID_EVENT',
      'people[0].busy[0].id',
    ],
  ])('malformed person %j: %s at %s', (fields, code, path) => {
    expect(failureOf({ ...valid, people: [{ id: 'ana', ...fields }] })).toEqual({ code, path })
  })

  test.each([
    [{ policy: null }, 'INVALID_POLICY', 'policy'],
    [{ policy: { durationMinutes: 60, horizon: {} } }, 'INVALID_POLICY', 'policy.horizon'],
    [{ policy: { durationMinutes: 60, horizon: { days: -1 } } }, 'INVALID_POLICY', 'policy.horizon.days'],
    [
      { policy: { durationMinutes: 60, limits: { year: { count: 1 } } } },
      'INVALID_POLICY',
      'policy.limits.year',
    ],
    [
      { policy: { durationMinutes: 60, minimumNoticeMinutes: -1 } },
      'INVALID_POLICY',
      'policy.minimumNoticeMinutes',
    ],
    [{ window: { from: '2024-03-11', to: '2024-03-11' } }, 'INVALID_TIME_ZONE', 'window.timeZone'],
    [{ window: { from: '2024-03-12', to: '2024-03-11', timeZone: 'UTC' } }, 'INVALID_REQUEST', 'window.to'],
    [{ team: { mode: 'everyone' } }, 'INVALID_REQUEST', 'team.mode'],
    [{ explain: 'yes' }, 'INVALID_REQUEST', 'explain'],
  ])('malformed request field %j: %s at %s', (fields, code, path) => {
    expect(failureOf({ ...valid, ...fields })).toEqual({ code, path })
  })

  test('a request that is not an object', () => {
    expect(failureOf(null)).toEqual({ code: 'INVALID_REQUEST', path: '' })
  })
})
