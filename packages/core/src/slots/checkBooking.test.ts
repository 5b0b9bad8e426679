// Example tests of `checkBooking`: one proposed time, judged like a slot (DESIGN.md,
// Semantics 11 and 13): ok with who can take it, or every reason from the closed set.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import type { AvailabilityRequest, BusyEvent, Schedule, SlotPolicy } from '../index.js'
import { availability, checkBooking } from '../index.js'

/** Monday 2024-03-11 at `hours:minutes` UTC. */
const monday = (hours: number, minutes = 0) => Date.UTC(2024, 2, 11, hours, minutes)
const tuesday = (hours: number, minutes = 0) => Date.UTC(2024, 2, 12, hours, minutes)
const NINE_TO_FIVE = [{ from: '09:00', to: '17:00' }]

interface Setup {
  readonly schedule?: Partial<Schedule>
  readonly busy?: readonly BusyEvent[]
  readonly policy?: Partial<SlotPolicy>
  readonly now?: number
}

/**
 * `ana` works 09:00–17:00 UTC Monday and Tuesday with a 12:00–13:00 break; 60-minute slots
 * every 30 minutes; the window is Monday 2024-03-11.
 */
function requestOf(setup: Setup = {}): AvailabilityRequest {
  return {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: setup.now ?? Date.UTC(2024, 0, 1),
    people: [
      {
        id: 'ana',
        schedule: {
          timeZone: 'UTC',
          weekly: { monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE },
          breaks: { weekly: { monday: [{ from: '12:00', to: '13:00' }] } },
          ...setup.schedule,
        },
        busy: setup.busy ?? [],
      },
    ],
    policy: { durationMinutes: 60, intervalMinutes: 30, ...setup.policy },
  }
}

function check(setup: Setup, start: number, end: number) {
  return checkBooking(requestOf(setup), { start, end })
}

describe('a bookable time', () => {
  test('a free time on the grid is ok, with who can take it', () => {
    expect(check({}, monday(9, 30), monday(10, 30))).toEqual({ ok: true, people: ['ana'] })
  })

  test('every listed slot passes and every other grid start is refused', () => {
    const setup: Setup = {
      busy: [
        { id: 'call', start: monday(10, 10), end: monday(10, 40) },
        { id: 'task', start: monday(14), end: monday(15), soft: true },
      ],
      policy: { bufferAfterMinutes: 10 },
      now: monday(9, 15),
    }
    const listed = availability(requestOf(setup)).people[0]!.days[0]!.slots.map((slot) => slot.start)
    // By hand: 09:00 starts before now; 09:30, 10:00 and 10:30 meet the call; the soft task
    // does not block; 11:00 and 16:00 end exactly at the break and at 17:00.
    expect(listed).toEqual([
      monday(11),
      monday(13),
      monday(13, 30),
      monday(14),
      monday(14, 30),
      monday(15),
      monday(15, 30),
      monday(16),
    ])
    for (let start = monday(8); start < monday(18); start += 30 * 60_000) {
      const verdict = check(setup, start, start + 3_600_000)
      expect(verdict.ok, new Date(start).toISOString()).toBe(listed.includes(start))
    }
  })

  test('a proposal outside the request window is judged as if the window reached it', () => {
    expect(check({}, tuesday(9), tuesday(10))).toEqual({ ok: true, people: ['ana'] })
  })
})

describe('reasons from the closed set', () => {
  test('OutsideWorkingHours for a grid start whose slot runs past the end of the day', () => {
    expect(check({}, monday(16, 30), monday(17, 30))).toEqual({
      ok: false,
      reasons: [{ code: 'OutsideWorkingHours' }],
    })
  })

  test('OutsideWorkingHours, not NotOnGrid, for a time wholly outside the hours', () => {
    expect(check({}, monday(7), monday(8))).toEqual({ ok: false, reasons: [{ code: 'OutsideWorkingHours' }] })
  })

  test('OnBreak for a time that meets the break', () => {
    expect(check({}, monday(11, 30), monday(12, 30))).toEqual({ ok: false, reasons: [{ code: 'OnBreak' }] })
    expect(check({}, monday(12), monday(13))).toEqual({ ok: false, reasons: [{ code: 'OnBreak' }] })
  })

  test('Busy with the ids of every event in the way, in start order', () => {
    const busy = [
      { id: 'late', start: monday(10, 45), end: monday(11, 15) },
      { id: 'early', start: monday(9, 45), end: monday(10, 15) },
      { id: 'elsewhere', start: monday(15), end: monday(16) },
    ]
    expect(check({ busy }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['early', 'late'] }],
    })
  })

  test('BufferConflict when only the buffers meet', () => {
    const busy = [{ id: 'call', start: monday(9), end: monday(10), bufferAfterMinutes: 15 }]
    expect(check({ busy }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [{ code: 'BufferConflict', eventIds: ['call'] }],
    })
    // The policy's buffer before the slot adds up with the event's: 15 + 15 = 30 minutes.
    expect(check({ busy, policy: { bufferBeforeMinutes: 15 } }, monday(10, 30), monday(11, 30))).toEqual({
      ok: true,
      people: ['ana'],
    })
  })

  test('Busy and BufferConflict together name different events', () => {
    const busy = [
      { id: 'overlapping', start: monday(10, 30), end: monday(11) },
      { id: 'buffered', start: monday(11), end: monday(11, 30), bufferBeforeMinutes: 10 },
    ]
    expect(check({ busy }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [
        { code: 'Busy', eventIds: ['overlapping'] },
        { code: 'BufferConflict', eventIds: ['buffered'] },
      ],
    })
  })

  test('Holiday on a closed date', () => {
    expect(check({ schedule: { holidays: ['2024-03-11'] } }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [{ code: 'Holiday' }],
    })
  })

  test('Leave on a full day of leave and on a partial leave', () => {
    expect(check({ schedule: { leave: ['2024-03-11'] } }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [{ code: 'Leave' }],
    })
    const partial = { leave: [{ start: monday(10, 30), end: monday(11, 30) }] }
    expect(check({ schedule: partial }, monday(10), monday(11))).toEqual({
      ok: false,
      reasons: [{ code: 'Leave' }],
    })
  })

  test('the previous night shift stays bookable on a holiday morning', () => {
    const schedule = {
      weekly: { monday: [{ from: '22:00', to: '06:00' }] },
      holidays: ['2024-03-12'],
      breaks: {},
    }
    expect(check({ schedule }, tuesday(2), tuesday(3))).toEqual({ ok: true, people: ['ana'] })
    expect(check({ schedule }, tuesday(5, 30), tuesday(6, 30))).toEqual({
      ok: false,
      reasons: [{ code: 'Holiday' }],
    })
  })

  test('TooSoon before now plus the minimum notice', () => {
    const setup: Setup = { now: monday(9), policy: { minimumNoticeMinutes: 90 } }
    expect(check(setup, monday(10), monday(11))).toEqual({ ok: false, reasons: [{ code: 'TooSoon' }] })
    expect(check(setup, monday(10, 30), monday(11, 30))).toEqual({ ok: true, people: ['ana'] })
  })

  test('BeyondHorizon at or after the horizon', () => {
    const setup: Setup = { now: monday(8), policy: { horizon: { days: 0 } } }
    expect(check(setup, tuesday(9), tuesday(10))).toEqual({ ok: false, reasons: [{ code: 'BeyondHorizon' }] })
  })

  test('LimitReached names the period and the measure', () => {
    const busy = [
      { id: 'd1', start: monday(9), end: monday(10), eventType: 'demo' },
      { id: 'd2', start: tuesday(9), end: tuesday(10), eventType: 'demo' },
    ]
    const policy = { eventType: 'demo', limits: { day: { count: 1 }, month: { minutes: 120 } } }
    expect(check({ busy, policy }, monday(14), monday(15))).toEqual({
      ok: false,
      reasons: [
        { code: 'LimitReached', limit: { period: 'day', measure: 'count' } },
        { code: 'LimitReached', limit: { period: 'month', measure: 'minutes' } },
      ],
    })
  })

  test('SlotFull when the bookings of the type reach the capacity', () => {
    const busy = [
      { id: 'b1', start: monday(10), end: monday(11), eventType: 'demo' },
      { id: 'b2', start: monday(10, 30), end: monday(11, 30), eventType: 'demo' },
    ]
    const policy = { eventType: 'demo', capacity: 2 }
    expect(check({ busy, policy }, monday(10, 30), monday(11, 30))).toEqual({
      ok: false,
      reasons: [{ code: 'SlotFull' }],
    })
    expect(check({ busy, policy }, monday(9, 30), monday(10, 30))).toEqual({ ok: true, people: ['ana'] })
  })

  test('NotOnGrid for a start off the grid or a length other than the duration', () => {
    expect(check({}, monday(10, 15), monday(11, 15))).toEqual({ ok: false, reasons: [{ code: 'NotOnGrid' }] })
    expect(check({}, monday(10), monday(10, 30))).toEqual({ ok: false, reasons: [{ code: 'NotOnGrid' }] })
  })

  test("NotOnGrid under 'clock' alignment", () => {
    const policy = { alignment: 'clock' as const, intervalMinutes: 60 }
    expect(check({ policy }, monday(10, 20), monday(11, 20))).toEqual({
      ok: false,
      reasons: [{ code: 'NotOnGrid' }],
    })
    expect(check({ policy }, monday(10), monday(11))).toEqual({ ok: true, people: ['ana'] })
  })

  test('several reasons at once', () => {
    const busy = [{ id: 'call', start: monday(9, 30), end: monday(9, 45) }]
    expect(check({ busy, now: monday(10) }, monday(9), monday(10))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['call'] }, { code: 'TooSoon' }],
    })
  })
})

describe('look busy is presentation', () => {
  const policy = { lookBusy: { percent: 50, seed: 'x' } }

  test('a hidden slot is accepted, and refused as Busy with no event ids only when enforced', () => {
    const day = availability(requestOf({ policy })).people[0]!.days[0]!
    expect(day.hidden.length).toBeGreaterThan(0)
    const hidden = day.hidden[0]!
    const shown = day.slots[0]!
    expect(check({ policy }, hidden.start, hidden.end)).toEqual({ ok: true, people: ['ana'] })
    const enforced = { lookBusy: { ...policy.lookBusy, enforce: true } }
    expect(check({ policy: enforced }, hidden.start, hidden.end)).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: [] }],
    })
    expect(check({ policy: enforced }, shown.start, shown.end)).toEqual({ ok: true, people: ['ana'] })
  })
})

describe('several people', () => {
  function teamRequest(team?: AvailabilityRequest['team']): AvailabilityRequest {
    const base = requestOf()
    const ana = base.people[0]!
    return {
      ...base,
      people: [ana, { ...ana, id: 'ben', busy: [{ id: 'ben-call', start: monday(10), end: monday(11) }] }],
      ...(team === undefined ? {} : { team }),
    }
  }

  test('without a team mode everyone must be free; each reason names its person', () => {
    expect(checkBooking(teamRequest(), { start: monday(10), end: monday(11) })).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['ben-call'], personId: 'ben' }],
    })
    expect(checkBooking(teamRequest(), { start: monday(14), end: monday(15) })).toEqual({
      ok: true,
      people: ['ana', 'ben'],
    })
  })

  test('anyOf passes when one person is free and says who', () => {
    expect(checkBooking(teamRequest({ mode: 'anyOf' }), { start: monday(10), end: monday(11) })).toEqual({
      ok: true,
      people: ['ana'],
    })
  })
})

describe('bad proposals', () => {
  test('an end not after the start: INVALID_INTERVAL at proposed.end', () => {
    const error = slotwiseErrorOf(() => checkBooking(requestOf(), { start: monday(10), end: monday(10) }))
    expect([error.code, error.path]).toEqual(['INVALID_INTERVAL', 'proposed.end'])
  })

  test('a non-integer start: INVALID_INSTANT at proposed.start', () => {
    const error = slotwiseErrorOf(() =>
      checkBooking(requestOf(), { start: monday(10) + 0.25, end: monday(11) }),
    )
    expect([error.code, error.path]).toEqual(['INVALID_INSTANT', 'proposed.start'])
  })
})
