import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import seedResponse from './__fixtures__/seed-response.json' with { type: 'json' }
import vendorsResponse from './__fixtures__/vendors-example-response.json' with { type: 'json' }
import {
  fromLeadSquaredSlotsResponse,
  safeFromLeadSquaredSlotsResponse,
} from './fromLeadSquaredSlotsResponse.js'

const H = 3_600_000

/** One user on one date, every field given; `overrides` replace some. */
function entry(overrides: Record<string, unknown> = {}) {
  return {
    UserId: 'u1',
    EmailAddress: 'ana@example.com',
    UserTimeZone: 'America/New_York',
    AvailableSlots: [],
    Breaks: [],
    BusySlots: [],
    WorkDayTemplateTimeZone: 'America/New_York',
    NoSlotsReason: null,
    ...overrides,
  }
}

function response(date: string, ...users: ReturnType<typeof entry>[]) {
  return { RecordCount: 1, List: [{ Date: date, UserSlots: users }] }
}

describe('fromLeadSquaredSlotsResponse on the seed example', () => {
  const { value, warnings } = fromLeadSquaredSlotsResponse(seedResponse)

  test('maps every user and date (snapshot)', () => {
    expect(value).toMatchSnapshot()
  })

  test('reads slots in WorkDayTemplateTimeZone and busy slots in UTC; the break inside the window is cut and reported', () => {
    const [zoo, bhargavi] = value.users
    expect(value.recordCount).toBe(2)
    expect(value.dates).toEqual(['2018-09-25'])
    const day = zoo!.days[0]!
    expect(day.timeZone).toBe('Pacific/Tongatapu') // not the user's Asia/Kolkata
    // 22:15–00:00 in Tongatapu (+13) minus the 22:15–22:30 break = 09:30Z–11:00Z.
    expect(day.available).toEqual([{ start: Date.UTC(2018, 8, 25, 9, 30), end: Date.UTC(2018, 8, 25, 11) }])
    expect(day.breaks).toEqual([{ start: Date.UTC(2018, 8, 25, 9, 15), end: Date.UTC(2018, 8, 25, 9, 30) }])
    expect(day.busy).toEqual([
      { start: Date.UTC(2018, 8, 25, 6), end: Date.UTC(2018, 8, 25, 6, 30) },
      { start: Date.UTC(2018, 8, 25, 6, 30), end: Date.UTC(2018, 8, 25, 7) },
      { start: Date.UTC(2018, 8, 25, 6, 30), end: Date.UTC(2018, 8, 25, 7) },
    ])
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'AVAILABLE_SLOT_OVERLAPS_BREAK',
        path: 'List[0].UserSlots[0].AvailableSlots',
      }),
    ])
    // No template: read in the user's zone, lists remembered as null.
    const other = bhargavi!.days[0]!
    expect(other).toMatchObject({
      timeZone: 'Asia/Kolkata',
      workDayTemplateTimeZone: null,
      noSlotsReason: 'WorkDayTemplateNotDefined',
    })
    expect(other.nullLists).toEqual(['AvailableSlots', 'Breaks'])
    expect(bhargavi!.person.schedule.weekly).toBeUndefined()
  })

  test('the same busy times twice on one date are two tasks', () => {
    expect(value.users[0]!.person.busy).toHaveLength(3)
  })

  test('availableSlotsIncludeBreaks: the break inside the window is expected, not reported', () => {
    expect(
      fromLeadSquaredSlotsResponse(seedResponse, { availableSlotsIncludeBreaks: true }).warnings,
    ).toEqual([])
  })

  test('the rebuilt people give the same free windows again', () => {
    const result = availability({
      window: { start: Date.UTC(2018, 8, 23), end: Date.UTC(2018, 8, 28) },
      now: 0,
      people: value.users.map((user) => user.person),
      policy: { durationMinutes: 15 },
    })
    const zoo = result.people[0]!.days.find((day) => day.date === '2018-09-25')!
    expect(zoo.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2018, 8, 25, 9, 30),
      Date.UTC(2018, 8, 25, 9, 45),
      Date.UTC(2018, 8, 25, 10),
      Date.UTC(2018, 8, 25, 10, 15),
      Date.UTC(2018, 8, 25, 10, 30),
      Date.UTC(2018, 8, 25, 10, 45),
    ])
    expect(result.people[1]!.days.find((day) => day.date === '2018-09-25')!.noSlotsReason).toBe(
      'WorkDayTemplateNotDefined',
    )
  })
})

describe('fromLeadSquaredSlotsResponse on the vendors.md example', () => {
  test('a busy slot inside a window is cut and reported; Leave becomes a leave date', () => {
    const { value, warnings } = fromLeadSquaredSlotsResponse(vendorsResponse)
    expect(value).toMatchSnapshot()
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['AVAILABLE_SLOT_OVERLAPS_BUSY', 'List[0].UserSlots[0].AvailableSlots'],
    ])
    const asha = value.users[0]!.days[0]!
    // 09:30–13:00 IST minus the 05:30Z–06:00Z (11:00–11:30 IST) busy slot.
    expect(asha.available).toEqual([
      { start: Date.UTC(2025, 2, 10, 4), end: Date.UTC(2025, 2, 10, 5, 30) },
      { start: Date.UTC(2025, 2, 10, 6), end: Date.UTC(2025, 2, 10, 7, 30) },
      { start: Date.UTC(2025, 2, 10, 8, 30), end: Date.UTC(2025, 2, 10, 13) },
    ])
    expect(value.users[1]!.person.schedule.leave).toEqual(['2025-03-10'])
  })
})

describe('end of day and midnight', () => {
  test('EndTime 00:00:00 and 23:59:59 both mean the end of the date', () => {
    for (const end of ['00:00:00', '23:59:59']) {
      const { value, warnings } = fromLeadSquaredSlotsResponse(
        response('2026-03-09', entry({ AvailableSlots: [{ StartTime: '22:00:00', EndTime: end }] })),
      )
      expect(warnings).toEqual([])
      expect(value.users[0]!.days[0]!.available).toEqual([
        { start: Date.UTC(2026, 2, 10, 2), end: Date.UTC(2026, 2, 10, 4) },
      ])
    }
  })

  test('an EndTime before the StartTime also reads as the end of the date, and is reported', () => {
    const { value, warnings } = fromLeadSquaredSlotsResponse(
      response('2026-03-09', entry({ AvailableSlots: [{ StartTime: '22:00:00', EndTime: '06:00:00' }] })),
    )
    expect(value.users[0]!.days[0]!.available).toEqual([
      { start: Date.UTC(2026, 2, 10, 2), end: Date.UTC(2026, 2, 10, 4) },
    ])
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'END_BEFORE_START',
        path: 'List[0].UserSlots[0].AvailableSlots[0].EndTime',
      }),
    ])
  })

  test('a whole day on 2026-03-08 in New York lasts 23 hours (spring forward)', () => {
    const { value } = fromLeadSquaredSlotsResponse(
      response('2026-03-08', entry({ AvailableSlots: [{ StartTime: '00:00:00', EndTime: '00:00:00' }] })),
    )
    const [day] = value.users[0]!.days[0]!.available
    expect(day).toEqual({ start: Date.UTC(2026, 2, 8, 5), end: Date.UTC(2026, 2, 9, 4) })
    expect(day!.end - day!.start).toBe(23 * H)
  })

  test('America/Santiago 2026-09-06 starts at 01:00: 00:00:00 reads as the first instant of the date', () => {
    const zone = { UserTimeZone: 'America/Santiago', WorkDayTemplateTimeZone: 'America/Santiago' }
    const { value } = fromLeadSquaredSlotsResponse(
      response(
        '2026-09-06',
        entry({ ...zone, AvailableSlots: [{ StartTime: '00:00:00', EndTime: '00:00:00' }] }),
      ),
    )
    expect(value.users[0]!.days[0]!.available).toEqual([
      { start: Date.UTC(2026, 8, 6, 4), end: Date.UTC(2026, 8, 7, 3) },
    ])
  })

  test('a busy slot that crosses midnight, listed under both dates, is one task', () => {
    const busy = [{ StartTime: '2026-03-10 03:30:00', EndTime: '2026-03-10 04:30:00' }]
    const payload = {
      RecordCount: 2,
      List: [
        { Date: '2026-03-09', UserSlots: [entry({ BusySlots: busy })] },
        { Date: '2026-03-10', UserSlots: [entry({ BusySlots: busy })] },
      ],
    }
    expect(fromLeadSquaredSlotsResponse(payload).value.users[0]!.person.busy).toEqual([
      { id: 'busy-1', start: Date.UTC(2026, 2, 10, 3, 30), end: Date.UTC(2026, 2, 10, 4, 30) },
    ])
  })
})

describe('a working date booked throughout (null reason, no window)', () => {
  /** Pacific/Chatham, 2024-04-07: at 03:45 (14:00 UTC) the clocks go back to 02:45. */
  const chatham = { UserTimeZone: 'Pacific/Chatham', WorkDayTemplateTimeZone: 'Pacific/Chatham' }
  const rebuilt = (busy: { StartTime: string; EndTime: string }) =>
    fromLeadSquaredSlotsResponse(response('2024-04-07', entry({ ...chatham, BusySlots: [busy] }))).value
      .users[0]!.person.schedule.overrides

  test('keeps its busy time as hours, so a rebuilt person still works that date', () => {
    // 09:00–10:00 New York on 2026-03-09.
    const { value } = fromLeadSquaredSlotsResponse(
      response(
        '2026-03-09',
        entry({ BusySlots: [{ StartTime: '2026-03-09 13:00:00', EndTime: '2026-03-09 14:00:00' }] }),
      ),
    )
    expect(value.users[0]!.person.schedule.overrides).toEqual([
      { date: '2026-03-09', hours: [{ from: '09:00:00', to: '10:00:00' }] },
    ])
  })

  test('busy time from the second pass of a fall-back starts its hours where the fold ends', () => {
    // 03:40 in the second pass (CHAST) to 04:00: a found counterexample of the round trip,
    // where the whole part was left out and the date read back as NotScheduled.
    expect(rebuilt({ StartTime: '2024-04-06 14:55:00', EndTime: '2024-04-06 15:15:00' })).toEqual([
      { date: '2024-04-07', hours: [{ from: '03:45:00', to: '04:00:00' }] },
    ])
  })

  test('busy time ending in the second pass ends its hours a second before the clocks go back', () => {
    // 03:00 in the first pass (CHADT) to 03:10 in the second.
    expect(rebuilt({ StartTime: '2024-04-06 13:15:00', EndTime: '2024-04-06 14:25:00' })).toEqual([
      { date: '2024-04-07', hours: [{ from: '03:00:00', to: '03:44:59' }] },
    ])
  })

  test('busy time wholly inside the second pass cannot be named, and gives no hours', () => {
    expect(rebuilt({ StartTime: '2024-04-06 14:10:00', EndTime: '2024-04-06 14:40:00' })).toEqual([])
  })
})

describe('options', () => {
  const differ = entry({
    UserTimeZone: 'Asia/Kolkata',
    WorkDayTemplateTimeZone: 'Europe/London',
    AvailableSlots: [{ StartTime: '09:00:00', EndTime: '10:00:00' }],
    BusySlots: [{ StartTime: '2026-03-09 12:00:00', EndTime: '2026-03-09 12:30:00' }],
  })

  test('slotsTimeZone: template (default) or user', () => {
    const template = fromLeadSquaredSlotsResponse(response('2026-03-09', differ)).value.users[0]!.days[0]!
    expect(template.available).toEqual([{ start: Date.UTC(2026, 2, 9, 9), end: Date.UTC(2026, 2, 9, 10) }])
    const user = fromLeadSquaredSlotsResponse(response('2026-03-09', differ), { slotsTimeZone: 'user' }).value
      .users[0]!.days[0]!
    expect(user.available).toEqual([{ start: Date.UTC(2026, 2, 9, 3, 30), end: Date.UTC(2026, 2, 9, 4, 30) }])
  })

  test('busySlotsTimeZone: UTC (default), template, user or an IANA id', () => {
    const busyOf = (busySlotsTimeZone?: string) =>
      fromLeadSquaredSlotsResponse(
        response('2026-03-09', differ),
        busySlotsTimeZone === undefined ? {} : { busySlotsTimeZone },
      ).value.users[0]!.days[0]!.busy[0]!.start
    expect(busyOf()).toBe(Date.UTC(2026, 2, 9, 12))
    expect(busyOf('template')).toBe(Date.UTC(2026, 2, 9, 12))
    expect(busyOf('user')).toBe(Date.UTC(2026, 2, 9, 6, 30))
    expect(busyOf('America/New_York')).toBe(Date.UTC(2026, 2, 9, 16))
  })
})

describe('tolerance and errors', () => {
  test('null and [] lists, unknown fields and an unknown reason are accepted', () => {
    const { value, warnings } = fromLeadSquaredSlotsResponse({
      RecordCount: 1,
      Extra: true,
      List: [
        {
          Date: '2026-03-09',
          UserSlots: [
            entry({
              AvailableSlots: null,
              Breaks: null,
              BusySlots: null,
              NoSlotsReason: 'OnVacation',
              Mood: 'fine',
            }),
          ],
        },
      ],
    })
    expect(value.users[0]!.days[0]).toMatchObject({
      available: [],
      noSlotsReason: null,
      nullLists: ['AvailableSlots', 'Breaks', 'BusySlots'],
    })
    expect(warnings.map((warning) => warning.code)).toEqual(['UNKNOWN_NO_SLOTS_REASON'])
  })

  test('a user with no zone at all is read in UTC, and reported', () => {
    const { value, warnings } = fromLeadSquaredSlotsResponse(
      response('2026-03-09', entry({ UserTimeZone: null, WorkDayTemplateTimeZone: null })),
    )
    expect(value.users[0]!.days[0]!.timeZone).toBe('UTC')
    expect(warnings.map((warning) => warning.code)).toEqual(['TIME_ZONE_MISSING'])
  })

  test('a date listed twice is merged; the same user twice on a date keeps the first', () => {
    const payload = {
      RecordCount: 2,
      List: [
        { Date: '2026-03-09', UserSlots: [entry(), entry()] },
        { Date: '2026-03-09', UserSlots: [entry()] },
      ],
    }
    const { value, warnings } = fromLeadSquaredSlotsResponse(payload)
    expect(value.dates).toEqual(['2026-03-09'])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['DUPLICATE_USER', 'List[0].UserSlots[1]'],
      ['DUPLICATE_DATE', 'List[1].Date'],
      ['DUPLICATE_USER', 'List[1].UserSlots[0]'],
    ])
  })

  test.each([
    [{ List: {} }, 'List'],
    [{ List: [{ Date: '2026-3-9', UserSlots: [] }] }, 'List[0].Date'],
    [response('2026-03-09', entry(), entry({ UserId: '' })), 'List[0].UserSlots[1].UserId'],
    [response('2026-03-09', entry({ UserTimeZone: 'Asia/Calcutta ' })), 'List[0].UserSlots[0].UserTimeZone'],
    [
      response('2026-03-09', entry({ AvailableSlots: [{ StartTime: '9:00', EndTime: '10:00:00' }] })),
      'List[0].UserSlots[0].AvailableSlots[0].StartTime',
    ],
    [
      response('2026-03-09', entry({ Breaks: [{ StartTime: '09:00:00', EndTime: '25:00:00' }] })),
      'List[0].UserSlots[0].Breaks[0].EndTime',
    ],
    [
      response(
        '2026-03-09',
        entry({ BusySlots: [{ StartTime: '2026-03-09T25:00', EndTime: '2026-03-09 10:00:00' }] }),
      ),
      'List[0].UserSlots[0].BusySlots[0].StartTime',
    ],
    [response('2026-03-09', entry({ NoSlotsReason: 3 })), 'List[0].UserSlots[0].NoSlotsReason'],
    [{ RecordCount: -1, List: [] }, 'RecordCount'],
  ])('a malformed response fails with INVALID_VENDOR_PAYLOAD at its path (%#)', (payload, path) => {
    const result = safeFromLeadSquaredSlotsResponse(payload)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })
})
