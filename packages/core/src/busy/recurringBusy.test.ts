// Example tests of recurring busy events through `availability` and `checkBooking`
// (DESIGN.md, Precise rules: "Recurring events keep the elapsed length of their first
// instance; each instance's start comes from the rule in wall time. An instance can be
// cancelled or overridden by id"). New York changes to EDT on 2026-03-08 and back to EST on
// 2026-11-01, so 10:00 local is 15:00Z before the change and 14:00Z after it.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test as it } from 'vitest'
import type { AvailabilityRequest, BusyEvent, Schedule, SlotPolicy } from '../index.js'
import { availability, checkBooking, findConflicts } from '../index.js'

const NEW_YORK = 'America/New_York'
/** An instant at `hours:minutes` UTC on 2026-`month`-`day`. */
const at = (month: number, day: number, hours: number, minutes = 0) =>
  Date.UTC(2026, month - 1, day, hours, minutes)

/** Every Monday 10:00–11:00 New York time, first on Monday 2026-03-02 (15:00Z, EST). */
const SYNC: BusyEvent = {
  id: 'sync',
  start: at(3, 2, 15),
  end: at(3, 2, 16),
  recurrence: { rrule: 'FREQ=WEEKLY', timeZone: NEW_YORK },
}

interface Setup {
  readonly busy: readonly BusyEvent[]
  readonly schedule?: Partial<Schedule>
  readonly policy?: Partial<SlotPolicy>
  readonly from?: string
  readonly to?: string
}

/** `ana` works Mondays 09:00–12:00 New York time; 60-minute slots; Mondays 2026-03-02 to 03-16. */
function requestOf(setup: Setup): AvailabilityRequest {
  return {
    window: { from: setup.from ?? '2026-03-02', to: setup.to ?? '2026-03-16', timeZone: NEW_YORK },
    now: at(1, 1, 0),
    people: [
      {
        id: 'ana',
        schedule: {
          timeZone: NEW_YORK,
          weekly: { monday: [{ from: '09:00', to: '12:00' }] },
          ...setup.schedule,
        },
        busy: setup.busy,
      },
    ],
    policy: { durationMinutes: 60, ...setup.policy },
  }
}

/** Every slot start of the window, as instants. */
function slotStarts(setup: Setup): number[] {
  return availability(requestOf(setup)).people[0]!.days.flatMap((day) => day.slots.map((slot) => slot.start))
}

function busyOn(setup: Setup, date: string) {
  return availability(requestOf(setup)).people[0]!.days.find((day) => day.date === date)!.busy
}

function check(setup: Setup, start: number, minutes = 60) {
  return checkBooking(requestOf(setup), { start, end: start + minutes * 60_000 })
}

const BUSY_SYNC = { ok: false, reasons: [{ code: 'Busy', eventIds: ['sync'] }] }
const OK = { ok: true, people: ['ana'] }

describe('a weekly meeting repeats in wall time of its zone', () => {
  it('stays at 10:00 New York across the March change and blocks that slot each Monday', () => {
    // 09:00 and 11:00 local each Monday: 14:00Z and 16:00Z in EST, 13:00Z and 15:00Z in EDT.
    expect(slotStarts({ busy: [SYNC] })).toEqual([
      at(3, 2, 14),
      at(3, 2, 16),
      at(3, 9, 13),
      at(3, 9, 15),
      at(3, 16, 13),
      at(3, 16, 15),
    ])
    expect(busyOn({ busy: [SYNC] }, '2026-03-09')).toEqual([
      { start: at(3, 9, 14), end: at(3, 9, 15), eventId: 'sync', blocking: true },
    ])
  })

  it('checkBooking refuses 10:00 local after the change and accepts 11:00 (15:00Z, the old UTC time)', () => {
    expect(check({ busy: [SYNC] }, at(3, 9, 14))).toEqual(BUSY_SYNC)
    expect(check({ busy: [SYNC] }, at(3, 9, 15))).toEqual(OK)
    expect(check({ busy: [SYNC] }, at(3, 2, 15))).toEqual(BUSY_SYNC) // the first instance itself
  })

  it('an instance starting before the window still blocks the part inside it', () => {
    // The window opens on Tuesday; a Monday 23:00–Tuesday 01:00 meeting still covers 00:00–01:00.
    const late: BusyEvent = {
      id: 'late',
      start: at(3, 3, 4), // Monday 23:00 EST
      end: at(3, 3, 6),
      recurrence: { rrule: 'FREQ=WEEKLY', timeZone: NEW_YORK },
    }
    const setup: Setup = {
      busy: [late],
      schedule: { weekly: { tuesday: [{ from: '00:00', to: '03:00' }] } },
      from: '2026-03-10',
      to: '2026-03-10',
    }
    // Monday 23:00 EDT = 03:00Z: the instance runs 03:00Z–05:00Z, so only 01:00 local (05:00Z) is free.
    expect(slotStarts(setup)).toEqual([at(3, 10, 5), at(3, 10, 6)])
  })
})

describe('every instance keeps the elapsed length of the first', () => {
  /** A daily 01:00–03:00 New York job, first on Friday 2026-03-06 (06:00Z–08:00Z, two hours). */
  const NIGHTLY: BusyEvent = {
    id: 'nightly',
    start: at(3, 6, 6),
    end: at(3, 6, 8),
    recurrence: { rrule: 'FREQ=DAILY', timeZone: NEW_YORK },
  }
  const nights: Setup = {
    busy: [NIGHTLY],
    schedule: {
      weekly: Object.fromEntries(['saturday', 'sunday'].map((d) => [d, [{ from: '00:00', to: '06:00' }]])),
    },
    from: '2026-03-07',
    to: '2026-03-08',
  }

  it('on the spring-forward night it runs 01:00 EST to 04:00 EDT (two hours), not to 03:00 local', () => {
    expect(busyOn(nights, '2026-03-08')).toEqual([
      { start: at(3, 8, 6), end: at(3, 8, 8), eventId: 'nightly', blocking: true },
    ])
    expect(check(nights, at(3, 8, 7))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['nightly'] }],
    }) // 03:00 EDT
    expect(check(nights, at(3, 8, 8))).toEqual(OK) // 04:00 EDT
    expect(check(nights, at(3, 7, 8))).toEqual(OK) // Saturday 03:00 EST, after the night's two hours
  })

  it('on the fall-back night it starts at the first 01:00 (EDT) and ends at 02:00 EST', () => {
    const fall: Setup = { ...nights, from: '2026-10-31', to: '2026-11-01' }
    expect(busyOn(fall, '2026-11-01')).toEqual([
      { start: at(11, 1, 5), end: at(11, 1, 7), eventId: 'nightly', blocking: true },
    ])
    expect(check(fall, at(11, 1, 6))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['nightly'] }],
    })
    expect(check(fall, at(11, 1, 7))).toEqual(OK) // 02:00 EST: a wall-clock reading would block until 03:00
  })
})

describe('cancelled instances (EXDATE)', () => {
  const withExdates = (exdates: readonly (string | number)[]): BusyEvent => ({
    ...SYNC,
    recurrence: { rrule: 'FREQ=WEEKLY', timeZone: NEW_YORK, exdates },
  })

  it('a wall time in the rule’s zone cancels that instance and its slot reappears', () => {
    const setup: Setup = { busy: [withExdates(['2026-03-09T10:00'])] }
    expect(slotStarts(setup)).toContain(at(3, 9, 14))
    expect(slotStarts(setup)).not.toContain(at(3, 16, 14))
    expect(busyOn(setup, '2026-03-09')).toEqual([])
    expect(check(setup, at(3, 9, 14))).toEqual(OK)
  })

  it('an instant with Z (or a number) cancels the instance that starts then', () => {
    for (const exdate of ['2026-03-16T14:00:00Z', at(3, 16, 14)]) {
      const setup: Setup = { busy: [withExdates([exdate])] }
      expect(check(setup, at(3, 16, 14))).toEqual(OK)
      expect(check(setup, at(3, 9, 14))).toEqual(BUSY_SYNC)
    }
  })

  it('an EXDATE may cancel the first instance itself', () => {
    const setup: Setup = { busy: [withExdates(['2026-03-02T10:00'])] }
    expect(check(setup, at(3, 2, 15))).toEqual(OK)
    expect(check(setup, at(3, 9, 14))).toEqual(BUSY_SYNC)
  })

  it('an EXDATE that names no instance cancels nothing (15:00Z on 2026-03-09 is 11:00 EDT)', () => {
    const setup: Setup = { busy: [withExdates(['2026-03-09T15:00:00Z'])] }
    expect(check(setup, at(3, 9, 14))).toEqual(BUSY_SYNC)
  })

  it('reads LeadConnector’s rrule text with an EXDATE line', () => {
    const setup: Setup = {
      busy: [
        {
          ...SYNC,
          recurrence: { rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE:20260316T140000Z', timeZone: NEW_YORK },
        },
      ],
    }
    expect(check(setup, at(3, 9, 14))).toEqual(BUSY_SYNC)
    expect(check(setup, at(3, 16, 14))).toEqual(OK)
    expect(slotStarts(setup)).toEqual([
      at(3, 2, 14),
      at(3, 2, 16),
      at(3, 9, 13),
      at(3, 9, 15),
      ...[13, 14, 15].map((h) => at(3, 16, h)),
    ])
  })

  it('reads EXDATE lines with a TZID and with VALUE=DATE (a whole local date)', () => {
    const rrule =
      'RRULE:FREQ=WEEKLY\nEXDATE;TZID=America/New_York:20260309T100000\nEXDATE;VALUE=DATE:20260316'
    const setup: Setup = { busy: [{ ...SYNC, recurrence: { rrule, timeZone: NEW_YORK } }] }
    expect(check(setup, at(3, 2, 15))).toEqual(BUSY_SYNC)
    expect(check(setup, at(3, 9, 14))).toEqual(OK)
    expect(check(setup, at(3, 16, 14))).toEqual(OK)
  })
})

describe('an event that replaces one instance', () => {
  /** The 2026-03-09 sync moved to 11:00 EDT. */
  const MOVED: BusyEvent = {
    id: 'sync-moved',
    start: at(3, 9, 15),
    end: at(3, 9, 16),
    replaces: { eventId: 'sync', start: at(3, 9, 14) },
  }

  it('removes that instance and blocks its own time instead', () => {
    const setup: Setup = { busy: [SYNC, MOVED] }
    expect(check(setup, at(3, 9, 14))).toEqual(OK)
    expect(check(setup, at(3, 9, 15))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['sync-moved'] }],
    })
    expect(check(setup, at(3, 16, 14))).toEqual(BUSY_SYNC) // the other instances stay
    expect(busyOn(setup, '2026-03-09')).toEqual([
      { start: at(3, 9, 15), end: at(3, 9, 16), eventId: 'sync-moved', blocking: true },
    ])
  })

  it('works whichever comes first in the list', () => {
    expect(slotStarts({ busy: [MOVED, SYNC] })).toEqual(slotStarts({ busy: [SYNC, MOVED] }))
  })

  it('replaces nothing when its start is not an instance’s start', () => {
    const stray: BusyEvent = { ...MOVED, replaces: { eventId: 'sync', start: at(3, 9, 15) } }
    expect(check({ busy: [SYNC, stray] }, at(3, 9, 14))).toEqual(BUSY_SYNC)
  })
})

describe('soft and buffered recurring events', () => {
  const SOFT: BusyEvent = { ...SYNC, id: 'focus', soft: true }

  it('a soft recurring event blocks only when softEventsBlock is set', () => {
    expect(check({ busy: [SOFT] }, at(3, 9, 14))).toEqual(OK)
    expect(busyOn({ busy: [SOFT] }, '2026-03-09')).toEqual([
      { start: at(3, 9, 14), end: at(3, 9, 15), eventId: 'focus', blocking: false },
    ])
    const blocking: Setup = { busy: [SOFT], policy: { softEventsBlock: true } }
    expect(check(blocking, at(3, 9, 14))).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['focus'] }],
    })
    expect(slotStarts(blocking)).toEqual(slotStarts({ busy: [SYNC] }))
  })

  it('every instance carries the event’s own buffers', () => {
    // 15 minutes before and 30 after: 09:00–10:00 and 11:00–12:00 local now touch the buffers.
    const buffered: Setup = {
      busy: [{ ...SYNC, bufferBeforeMinutes: 15, bufferAfterMinutes: 30 }],
      schedule: { weekly: { monday: [{ from: '09:00', to: '13:00' }] } },
    }
    const conflict = { ok: false, reasons: [{ code: 'BufferConflict', eventIds: ['sync'] }] }
    expect(check(buffered, at(3, 9, 13))).toEqual(conflict) // 09:00 EDT
    expect(check(buffered, at(3, 9, 15))).toEqual(conflict) // 11:00 EDT
    expect(check(buffered, at(3, 9, 16))).toEqual(OK) // 12:00 EDT
    expect(slotStarts(buffered)).toEqual([at(3, 2, 17), at(3, 9, 16), at(3, 16, 16)])
  })
})

describe('findConflicts does not expand recurrences', () => {
  // Pinned as it is: findConflicts has no window, so a recurring event counts as its first
  // instance only (and `replaces` is not applied). Reported upstream rather than changed.
  it('sees the first instance of a recurring event', () => {
    const call: BusyEvent = { id: 'call', start: at(3, 2, 15, 30), end: at(3, 2, 16, 30) }
    expect(findConflicts([SYNC, call])).toEqual([
      { start: at(3, 2, 15), end: at(3, 2, 16, 30), eventIds: ['sync', 'call'] },
    ])
  })

  it('does not see later instances', () => {
    const call: BusyEvent = { id: 'call', start: at(3, 9, 14), end: at(3, 9, 15) }
    expect(findConflicts([SYNC, call])).toEqual([])
  })
})

describe('bad recurrence input', () => {
  const withRecurrence = (recurrence: unknown): Setup => ({ busy: [{ ...SYNC, recurrence } as BusyEvent] })
  const cases: Array<[string, unknown, string, string]> = [
    [
      'an unknown FREQ',
      { rrule: 'FREQ=FORTNIGHTLY', timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule.FREQ',
    ],
    [
      'a sub-daily FREQ',
      { rrule: 'FREQ=HOURLY', timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule.FREQ',
    ],
    [
      'an ordinal with WEEKLY',
      { rrule: 'FREQ=WEEKLY;BYDAY=1MO', timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule.BYDAY',
    ],
    [
      'UNTIL that is no date',
      { rrule: 'FREQ=WEEKLY;UNTIL=20261301', timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule.UNTIL',
    ],
    [
      'a bad EXDATE line',
      { rrule: 'RRULE:FREQ=WEEKLY\nEXDATE:soon', timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule.EXDATE',
    ],
    [
      'an rrule that is not text',
      { rrule: 42, timeZone: NEW_YORK },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.rrule',
    ],
    [
      'an unknown zone',
      { rrule: 'FREQ=WEEKLY', timeZone: 'Mars/Olympus' },
      'INVALID_TIME_ZONE',
      'people[0].busy[0].recurrence.timeZone',
    ],
    [
      'a bad exdate',
      { rrule: 'FREQ=WEEKLY', timeZone: NEW_YORK, exdates: ['Monday'] },
      'INVALID_RRULE',
      'people[0].busy[0].recurrence.exdates[0]',
    ],
    ['a recurrence that is no object', 'FREQ=WEEKLY', 'INVALID_EVENT', 'people[0].busy[0].recurrence'],
  ]
  for (const [name, recurrence, code, path] of cases) {
    it(`${name}: ${code} at ${path}, from availability and checkBooking`, () => {
      const request = requestOf(withRecurrence(recurrence))
      expect(slotwiseErrorOf(() => availability(request))).toMatchObject({ code, path })
      expect(
        slotwiseErrorOf(() => checkBooking(request, { start: at(3, 2, 14), end: at(3, 2, 15) })),
      ).toMatchObject({
        code,
        path,
      })
    })
  }

  it('a rule that can never match again ends at once: only the first instance blocks', () => {
    const setup = withRecurrence({ rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', timeZone: NEW_YORK })
    expect(check(setup, at(3, 2, 15))).toEqual(BUSY_SYNC)
    expect(check(setup, at(3, 9, 14))).toEqual(OK)
  })
})
