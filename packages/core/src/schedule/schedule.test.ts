// Example tests of a person's schedule as the availability engine reads it: working time,
// breaks and the reason a local date has none (DESIGN.md, Semantics 2–5 and 16, and the
// precise rules on intervals, closed dates, breaks and zone changes). Every expected value
// is worked out by hand from the zone's rules and written down as data.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import type { AvailabilityRequest, DayAvailability, Schedule, SlotPolicy } from '../index.js'
import { availability, toWallTime } from '../index.js'

const NEW_YORK = 'America/New_York'
const HOUR = 3_600_000

/** One person's days for the local dates `from`–`to` in the schedule's own zone. */
function daysOf(schedule: Schedule, from: string, to: string, policy: SlotPolicy = { durationMinutes: 60 }) {
  const request: AvailabilityRequest = {
    window: { from, to, timeZone: schedule.timeZone },
    now: Date.UTC(2000, 0, 1),
    people: [{ id: 'ana', schedule }],
    policy,
  }
  return availability(request).people[0]!.days
}

/** The day for `date`, failing loudly when it is absent. */
function dayOf(days: readonly DayAvailability[], date: string): DayAvailability {
  const day = days.find((candidate) => candidate.date === date)
  if (day === undefined) throw new Error(`no day ${date} in ${days.map((d) => d.date).join(', ')}`)
  return day
}

/** Intervals as `start/end` wall times in `timeZone`, for readable expectations. */
function wall(intervals: readonly { start: number; end: number }[], timeZone: string): string[] {
  return intervals.map(
    (interval) => `${toWallTime(interval.start, timeZone)}/${toWallTime(interval.end, timeZone)}`,
  )
}

/** Slot starts as wall times in `timeZone`. */
function starts(slots: readonly { start: number }[], timeZone: string): string[] {
  return slots.map((slot) => toWallTime(slot.start, timeZone))
}

/** Total length of a day's working intervals, in hours. */
function workingHours(day: DayAvailability): number {
  return day.working.reduce((sum, interval) => sum + interval.end - interval.start, 0) / HOUR
}

describe('a working day is local wall-clock time', () => {
  test('09:00–17:00 on the New York spring-forward Sunday is EDT all day: 13:00Z–21:00Z, 8 hours', () => {
    // The clocks jump at 02:00, long before 09:00, so the whole range is in EDT (UTC−4).
    const days = daysOf(
      { timeZone: NEW_YORK, weekly: { sunday: [{ from: '09:00', to: '17:00' }] } },
      '2024-03-10',
      '2024-03-10',
    )
    expect(dayOf(days, '2024-03-10').working).toEqual([
      { start: Date.UTC(2024, 2, 10, 13), end: Date.UTC(2024, 2, 10, 21) },
    ])
  })

  test('00:00–08:00 lasts 7 hours on the spring-forward Sunday and 9 hours on the fall-back Sunday', () => {
    // 2024-03-10: 00:00 EST = 05:00Z, 08:00 EDT = 12:00Z. 2024-11-03: 00:00 EDT = 04:00Z, 08:00 EST = 13:00Z.
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { sunday: [{ from: '00:00', to: '08:00' }] } }
    const spring = dayOf(daysOf(schedule, '2024-03-10', '2024-03-10'), '2024-03-10')
    const autumn = dayOf(daysOf(schedule, '2024-11-03', '2024-11-03'), '2024-11-03')
    expect(spring.working).toEqual([{ start: Date.UTC(2024, 2, 10, 5), end: Date.UTC(2024, 2, 10, 12) }])
    expect(workingHours(spring)).toBe(7)
    expect(autumn.working).toEqual([{ start: Date.UTC(2024, 10, 3, 4), end: Date.UTC(2024, 10, 3, 13) }])
    expect(workingHours(autumn)).toBe(9)
  })

  test('an override with hours across the DST change lasts 7 and 9 hours too', () => {
    const schedule: Schedule = {
      timeZone: NEW_YORK,
      weekly: {},
      overrides: [
        { date: '2024-03-10', hours: [{ from: '00:00', to: '08:00' }] },
        { date: '2024-11-03', hours: [{ from: '00:00', to: '08:00' }] },
      ],
    }
    expect(workingHours(dayOf(daysOf(schedule, '2024-03-10', '2024-03-10'), '2024-03-10'))).toBe(7)
    expect(workingHours(dayOf(daysOf(schedule, '2024-11-03', '2024-11-03'), '2024-11-03'))).toBe(9)
  })

  test('hourly slots skip the missing 02:00 in spring and repeat 01:00 in autumn', () => {
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { sunday: [{ from: '00:00', to: '08:00' }] } }
    const spring = dayOf(daysOf(schedule, '2024-03-10', '2024-03-10'), '2024-03-10')
    expect(starts(spring.slots, NEW_YORK)).toEqual([
      '2024-03-10T00:00:00',
      '2024-03-10T01:00:00',
      '2024-03-10T03:00:00',
      '2024-03-10T04:00:00',
      '2024-03-10T05:00:00',
      '2024-03-10T06:00:00',
      '2024-03-10T07:00:00',
    ])
    const autumn = dayOf(daysOf(schedule, '2024-11-03', '2024-11-03'), '2024-11-03')
    expect(autumn.slots.map((slot) => slot.start)).toEqual(
      [4, 5, 6, 7, 8, 9, 10, 11, 12].map((hour) => Date.UTC(2024, 10, 3, hour)),
    )
  })

  test('00:00–08:00 lasts 8.5 hours on the Lord Howe Island fall-back day (clocks go back 30 minutes)', () => {
    // 2024-04-07: at 02:00 LHDT (+11:00) the clocks go back to 01:30 LHST (+10:30).
    // 00:00 +11:00 = 2024-04-06T13:00Z; 08:00 +10:30 = 2024-04-06T21:30Z.
    const schedule: Schedule = {
      timeZone: 'Australia/Lord_Howe',
      weekly: { sunday: [{ from: '00:00', to: '08:00' }] },
    }
    const day = dayOf(daysOf(schedule, '2024-04-07', '2024-04-07'), '2024-04-07')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 3, 6, 13), end: Date.UTC(2024, 3, 6, 21, 30) }])
    expect(workingHours(day)).toBe(8.5)
  })

  test('00:00–08:00 lasts 7.5 hours on the Lord Howe Island spring-forward day', () => {
    // 2024-10-06: at 02:00 LHST (+10:30) the clocks jump to 02:30 LHDT (+11:00).
    // 00:00 +10:30 = 2024-10-05T13:30Z; 08:00 +11:00 = 2024-10-05T21:00Z.
    const schedule: Schedule = {
      timeZone: 'Australia/Lord_Howe',
      weekly: { sunday: [{ from: '00:00', to: '08:00' }] },
    }
    const day = dayOf(daysOf(schedule, '2024-10-06', '2024-10-06'), '2024-10-06')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 9, 5, 13, 30), end: Date.UTC(2024, 9, 5, 21) }])
    expect(workingHours(day)).toBe(7.5)
  })

  test('hours that start inside the spring-forward gap move forward by the gap', () => {
    // 02:30 does not exist on 2024-03-10 in New York: `compatible` reads it as 03:30 EDT (07:30Z).
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { sunday: [{ from: '02:30', to: '04:00' }] } }
    const day = dayOf(daysOf(schedule, '2024-03-10', '2024-03-10'), '2024-03-10')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 2, 10, 7, 30), end: Date.UTC(2024, 2, 10, 8) }])
  })

  test('hours that start in the autumn fold take the earlier 01:00', () => {
    // 01:00 happens twice on 2024-11-03 in New York; the earlier one is 01:00 EDT = 05:00Z.
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { sunday: [{ from: '01:00', to: '03:00' }] } }
    const day = dayOf(daysOf(schedule, '2024-11-03', '2024-11-03'), '2024-11-03')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 10, 3, 5), end: Date.UTC(2024, 10, 3, 8) }])
  })

  test('on the Santiago day that starts at 01:00, hours from 00:00 begin at 01:00', () => {
    // Chile moved 2022-09-11 00:00 (−04:00) to 01:00 (−03:00): the date starts at 04:00Z.
    const schedule: Schedule = {
      timeZone: 'America/Santiago',
      weekly: { sunday: [{ from: '00:00', to: '06:00' }] },
    }
    const day = dayOf(daysOf(schedule, '2022-09-11', '2022-09-11'), '2022-09-11')
    expect(day.working).toEqual([{ start: Date.UTC(2022, 8, 11, 4), end: Date.UTC(2022, 8, 11, 9) }])
    expect(starts(day.slots, 'America/Santiago')).toEqual([
      '2022-09-11T01:00:00',
      '2022-09-11T02:00:00',
      '2022-09-11T03:00:00',
      '2022-09-11T04:00:00',
      '2022-09-11T05:00:00',
    ])
  })

  test('Pacific/Apia 2011-12-30 never happened, so it is absent from the per-date detail', () => {
    // Samoa went from 2011-12-29 23:59:59 (−10:00) straight to 2011-12-31 00:00 (+14:00).
    const everyDay = [{ from: '09:00', to: '17:00' }]
    const schedule: Schedule = {
      timeZone: 'Pacific/Apia',
      weekly: { thursday: everyDay, friday: everyDay, saturday: everyDay },
    }
    const days = daysOf(schedule, '2011-12-29', '2011-12-31')
    expect(days.map((day) => day.date)).toEqual(['2011-12-29', '2011-12-31'])
    // Thursday 09:00 −10:00 = 19:00Z; Saturday 09:00 +14:00 = the previous day 19:00Z.
    expect(dayOf(days, '2011-12-29').working).toEqual([
      { start: Date.UTC(2011, 11, 29, 19), end: Date.UTC(2011, 11, 30, 3) },
    ])
    expect(dayOf(days, '2011-12-31').working).toEqual([
      { start: Date.UTC(2011, 11, 30, 19), end: Date.UTC(2011, 11, 31, 3) },
    ])
  })
})

describe('intervals that cross midnight', () => {
  const monday = '2024-03-11'
  const tuesday = '2024-03-12'

  test('a 22:00–06:00 night shift belongs to its start date; its slots after midnight start on the next date', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '22:00', to: '06:00' }] } }
    const days = daysOf(schedule, monday, tuesday, { durationMinutes: 120 })
    const mondayDay = dayOf(days, monday)
    const tuesdayDay = dayOf(days, tuesday)
    expect(mondayDay.working).toEqual([{ start: Date.UTC(2024, 2, 11, 22), end: Date.UTC(2024, 2, 12, 6) }])
    expect(starts(mondayDay.slots, 'UTC')).toEqual(['2024-03-11T22:00:00'])
    expect(tuesdayDay.working).toEqual([])
    expect(starts(tuesdayDay.slots, 'UTC')).toEqual([
      '2024-03-12T00:00:00',
      '2024-03-12T02:00:00',
      '2024-03-12T04:00:00',
    ])
    expect(tuesdayDay.noSlotsReason).toBeNull()
  })

  test('a slot may run across midnight inside a night shift', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '22:00', to: '06:00' }] } }
    const days = daysOf(schedule, monday, tuesday, { durationMinutes: 180 })
    expect(dayOf(days, monday).slots).toEqual([
      { start: Date.UTC(2024, 2, 11, 22), end: Date.UTC(2024, 2, 12, 1) },
    ])
    expect(dayOf(days, tuesday).slots).toEqual([
      { start: Date.UTC(2024, 2, 12, 1), end: Date.UTC(2024, 2, 12, 4) },
    ])
  })

  test('a night shift over the New York fall-back night lasts 9 hours', () => {
    // Saturday 2024-11-02 22:00 EDT = 02:00Z; Sunday 06:00 EST = 11:00Z.
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { saturday: [{ from: '22:00', to: '06:00' }] } }
    const day = dayOf(daysOf(schedule, '2024-11-02', '2024-11-03'), '2024-11-02')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 10, 3, 2), end: Date.UTC(2024, 10, 3, 11) }])
    expect(workingHours(day)).toBe(9)
  })

  test('an end of 24:00 and an end of 00:00 both mean the next midnight', () => {
    const until2400: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '18:00', to: '24:00' }] } }
    const until0000: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '18:00', to: '00:00' }] } }
    const expected = [{ start: Date.UTC(2024, 2, 11, 18), end: Date.UTC(2024, 2, 12, 0) }]
    expect(dayOf(daysOf(until2400, monday, monday), monday).working).toEqual(expected)
    expect(dayOf(daysOf(until0000, monday, monday), monday).working).toEqual(expected)
  })

  test('24:00 is the next local midnight, 25 hours after 00:00 on the New York fall-back day', () => {
    const schedule: Schedule = { timeZone: NEW_YORK, weekly: { sunday: [{ from: '00:00', to: '24:00' }] } }
    const day = dayOf(daysOf(schedule, '2024-11-03', '2024-11-03'), '2024-11-03')
    expect(day.working).toEqual([{ start: Date.UTC(2024, 10, 3, 4), end: Date.UTC(2024, 10, 4, 5) }])
    expect(workingHours(day)).toBe(25)
  })

  test('09:00–09:00 is a 24-hour interval', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '09:00' }] } }
    const day = dayOf(daysOf(schedule, monday, tuesday), monday)
    expect(day.working).toEqual([{ start: Date.UTC(2024, 2, 11, 9), end: Date.UTC(2024, 2, 12, 9) }])
    expect(day.slots).toHaveLength(15) // 09:00 … 23:00 on Monday; the rest start on Tuesday
  })

  test('a 24:00 start is refused: hours start within the day', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '24:00', to: '06:00' }] } }
    const error = slotwiseErrorOf(() => daysOf(schedule, monday, monday))
    expect({ code: error.code, path: error.path }).toEqual({
      code: 'INVALID_TIME',
      path: 'people[0].schedule.weekly.monday[0].from',
    })
  })
})

describe('precedence per local date and the reason a date has no working time', () => {
  const weekdays = {
    monday: [{ from: '09:00', to: '17:00' }],
    tuesday: [{ from: '09:00', to: '17:00' }],
    wednesday: [{ from: '09:00', to: '17:00' }],
  }

  test('an override replaces the weekly hours for its date only', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      overrides: [{ date: '2024-03-12', hours: [{ from: '13:00', to: '15:00' }] }],
    }
    const days = daysOf(schedule, '2024-03-11', '2024-03-12')
    expect(wall(dayOf(days, '2024-03-11').working, 'UTC')).toEqual([
      '2024-03-11T09:00:00/2024-03-11T17:00:00',
    ])
    expect(wall(dayOf(days, '2024-03-12').working, 'UTC')).toEqual([
      '2024-03-12T13:00:00/2024-03-12T15:00:00',
    ])
  })

  test('an override gives hours on a weekday the template leaves empty', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      overrides: [{ date: '2024-03-16', hours: [{ from: '10:00', to: '12:00' }] }],
    }
    const day = dayOf(daysOf(schedule, '2024-03-16', '2024-03-16'), '2024-03-16')
    expect(wall(day.working, 'UTC')).toEqual(['2024-03-16T10:00:00/2024-03-16T12:00:00'])
    expect(day.noSlotsReason).toBeNull()
  })

  test('a holiday wins over an override on the same date: no hours, reason Holiday', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      overrides: [{ date: '2024-03-12', hours: [{ from: '13:00', to: '15:00' }] }],
      holidays: ['2024-03-12'],
    }
    const day = dayOf(daysOf(schedule, '2024-03-12', '2024-03-12'), '2024-03-12')
    expect(day).toMatchObject({ working: [], breaks: [], slots: [], noSlotsReason: 'Holiday' })
  })

  test('a holiday range closes every date in it, ends included', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      holidays: [{ from: '2024-03-11', to: '2024-03-12' }],
    }
    const days = daysOf(schedule, '2024-03-11', '2024-03-13')
    expect(days.map((day) => day.noSlotsReason)).toEqual(['Holiday', 'Holiday', null])
  })

  test('an empty override closes the date: reason NotScheduled', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      overrides: [{ date: '2024-03-12', hours: [] }],
    }
    const day = dayOf(daysOf(schedule, '2024-03-12', '2024-03-12'), '2024-03-12')
    expect(day).toMatchObject({ working: [], slots: [], noSlotsReason: 'NotScheduled' })
  })

  test('a weekday without hours in the template: reason NotScheduled', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: weekdays }
    const day = dayOf(daysOf(schedule, '2024-03-16', '2024-03-16'), '2024-03-16') // a Saturday
    expect(day).toMatchObject({ working: [], slots: [], noSlotsReason: 'NotScheduled' })
  })

  test('no template at all: reason WorkDayTemplateNotDefined, except on dates with an override', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      overrides: [{ date: '2024-03-12', hours: [{ from: '09:00', to: '10:00' }] }],
    }
    const days = daysOf(schedule, '2024-03-11', '2024-03-12')
    expect(dayOf(days, '2024-03-11')).toMatchObject({
      working: [],
      noSlotsReason: 'WorkDayTemplateNotDefined',
    })
    expect(dayOf(days, '2024-03-12')).toMatchObject({ noSlotsReason: null })
    expect(wall(dayOf(days, '2024-03-12').slots, 'UTC')).toEqual(['2024-03-12T09:00:00/2024-03-12T10:00:00'])
  })

  test('a null template is the same as no template', () => {
    const day = dayOf(daysOf({ timeZone: 'UTC', weekly: null }, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(day.noSlotsReason).toBe('WorkDayTemplateNotDefined')
  })

  test('a full day of leave closes the date: reason Leave', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: weekdays, leave: ['2024-03-12'] }
    const days = daysOf(schedule, '2024-03-11', '2024-03-12')
    expect(dayOf(days, '2024-03-12')).toMatchObject({ working: [], slots: [], noSlotsReason: 'Leave' })
    expect(dayOf(days, '2024-03-11').noSlotsReason).toBeNull()
  })

  test('leave over a range of dates closes each of them', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      leave: [{ from: '2024-03-12', to: '2024-03-13' }],
    }
    const days = daysOf(schedule, '2024-03-11', '2024-03-13')
    expect(days.map((day) => day.noSlotsReason)).toEqual([null, 'Leave', 'Leave'])
  })

  test('a holiday and leave on the same date: Holiday is named', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      holidays: ['2024-03-12'],
      leave: ['2024-03-12'],
    }
    expect(dayOf(daysOf(schedule, '2024-03-12', '2024-03-12'), '2024-03-12').noSlotsReason).toBe('Holiday')
  })

  test('partial leave shortens the day and its slots', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      leave: [{ start: Date.UTC(2024, 2, 11, 12), end: Date.UTC(2024, 2, 11, 14, 30) }],
    }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(wall(day.working, 'UTC')).toEqual([
      '2024-03-11T09:00:00/2024-03-11T12:00:00',
      '2024-03-11T14:30:00/2024-03-11T17:00:00',
    ])
    // The grid restarts at 14:30, the start of the second run of open time.
    expect(starts(day.slots, 'UTC')).toEqual([
      '2024-03-11T09:00:00',
      '2024-03-11T10:00:00',
      '2024-03-11T11:00:00',
      '2024-03-11T14:30:00',
      '2024-03-11T15:30:00',
    ])
    expect(day.noSlotsReason).toBeNull()
  })

  test('leave that covers all of a day’s hours: reason Leave', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: weekdays,
      leave: [{ start: Date.UTC(2024, 2, 11, 8), end: Date.UTC(2024, 2, 11, 18) }],
    }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(day).toMatchObject({ working: [], slots: [], noSlotsReason: 'Leave' })
  })

  test('a holiday drops its own night shift but not the previous night shift that runs into it', () => {
    const night = [{ from: '22:00', to: '06:00' }]
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { monday: night, tuesday: night },
      holidays: ['2024-03-12'],
    }
    const days = daysOf(schedule, '2024-03-11', '2024-03-13', { durationMinutes: 240 })
    expect(wall(dayOf(days, '2024-03-11').working, 'UTC')).toEqual([
      '2024-03-11T22:00:00/2024-03-12T06:00:00',
    ])
    const holiday = dayOf(days, '2024-03-12')
    expect(holiday.working).toEqual([])
    // Monday's shift still holds its 02:00–06:00 slot; Tuesday's own 22:00 shift is gone.
    expect(wall(holiday.slots, 'UTC')).toEqual(['2024-03-12T02:00:00/2024-03-12T06:00:00'])
    expect(dayOf(days, '2024-03-13').slots).toEqual([])
  })
})

describe('the request window', () => {
  test('per-date detail covers every local date of the person that the window touches', () => {
    // Monday in New York is 04:00Z Monday to 04:00Z Tuesday: two UTC dates.
    const request: AvailabilityRequest = {
      window: { from: '2024-03-11', to: '2024-03-11', timeZone: NEW_YORK },
      now: Date.UTC(2024, 0, 1),
      people: [
        {
          id: 'ana',
          schedule: {
            timeZone: 'UTC',
            weekly: { monday: [{ from: '00:00', to: '24:00' }], tuesday: [{ from: '00:00', to: '08:00' }] },
          },
        },
      ],
      policy: { durationMinutes: 60 },
    }
    const result = availability(request)
    expect(result.window).toEqual({ start: Date.UTC(2024, 2, 11, 4), end: Date.UTC(2024, 2, 12, 4) })
    const days = result.people[0]!.days
    expect(days.map((day) => day.date)).toEqual(['2024-03-11', '2024-03-12'])
    // Only slots wholly inside the window: Monday from 04:00, Tuesday until 04:00.
    expect(starts(dayOf(days, '2024-03-11').slots, 'UTC')[0]).toBe('2024-03-11T04:00:00')
    expect(starts(dayOf(days, '2024-03-12').slots, 'UTC')).toEqual([
      '2024-03-12T00:00:00',
      '2024-03-12T01:00:00',
      '2024-03-12T02:00:00',
      '2024-03-12T03:00:00',
    ])
  })

  test('hours may carry seconds; slot starts are exact instants', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '09:00:30', to: '11:00:30' }] } }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(day.slots.map((slot) => slot.start)).toEqual([
      Date.UTC(2024, 2, 11, 9, 0, 30),
      Date.UTC(2024, 2, 11, 10, 0, 30),
    ])
  })

  test('a busy event across midnight is listed on both dates it touches', () => {
    const schedule: Schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '22:00', to: '06:00' }] } }
    const event = { id: 'overnight', start: Date.UTC(2024, 2, 11, 23), end: Date.UTC(2024, 2, 12, 1) }
    const request: AvailabilityRequest = {
      window: { from: '2024-03-11', to: '2024-03-12', timeZone: 'UTC' },
      now: Date.UTC(2024, 0, 1),
      people: [{ id: 'ana', schedule, busy: [event] }],
      policy: { durationMinutes: 60 },
    }
    const days = availability(request).people[0]!.days
    const listed = { start: event.start, end: event.end, eventId: 'overnight', blocking: true }
    expect(dayOf(days, '2024-03-11').busy).toEqual([listed])
    expect(dayOf(days, '2024-03-12').busy).toEqual([listed])
    expect(starts(dayOf(days, '2024-03-11').slots, 'UTC')).toEqual(['2024-03-11T22:00:00'])
    expect(starts(dayOf(days, '2024-03-12').slots, 'UTC')).toEqual([
      '2024-03-12T01:00:00',
      '2024-03-12T02:00:00',
      '2024-03-12T03:00:00',
      '2024-03-12T04:00:00',
      '2024-03-12T05:00:00',
    ])
  })
})

describe('breaks', () => {
  test('a weekly break is subtracted from the slots and reported on its own', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '17:00' }] },
      breaks: { weekly: { monday: [{ from: '12:00', to: '13:00' }] } },
    }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(wall(day.working, 'UTC')).toEqual(['2024-03-11T09:00:00/2024-03-11T17:00:00'])
    expect(wall(day.breaks, 'UTC')).toEqual(['2024-03-11T12:00:00/2024-03-11T13:00:00'])
    expect(starts(day.slots, 'UTC')).toEqual([
      '2024-03-11T09:00:00',
      '2024-03-11T10:00:00',
      '2024-03-11T11:00:00',
      '2024-03-11T13:00:00',
      '2024-03-11T14:00:00',
      '2024-03-11T15:00:00',
      '2024-03-11T16:00:00',
    ])
  })

  test('weekly breaks apply on override dates too, together with date breaks', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '17:00' }] },
      overrides: [{ date: '2024-03-11', hours: [{ from: '10:00', to: '16:00' }] }],
      breaks: {
        weekly: { monday: [{ from: '12:00', to: '13:00' }] },
        dates: [{ date: '2024-03-11', hours: [{ from: '14:30', to: '15:00' }] }],
      },
    }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11', { durationMinutes: 30 }), '2024-03-11')
    expect(wall(day.breaks, 'UTC')).toEqual([
      '2024-03-11T12:00:00/2024-03-11T13:00:00',
      '2024-03-11T14:30:00/2024-03-11T15:00:00',
    ])
    expect(day.slots).toHaveLength(12 - 2 - 1) // 6 hours of 30-minute slots, minus both breaks
  })

  test('a break outside working hours is clipped away from the report', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '12:00' }] },
      breaks: { weekly: { monday: [{ from: '11:30', to: '13:00' }] } },
    }
    const day = dayOf(daysOf(schedule, '2024-03-11', '2024-03-11'), '2024-03-11')
    expect(wall(day.breaks, 'UTC')).toEqual(['2024-03-11T11:30:00/2024-03-11T12:00:00'])
  })
})

describe('zone changes', () => {
  test('from the change date on, the weekly hours are read in the new zone', () => {
    const schedule: Schedule = {
      timeZone: NEW_YORK,
      weekly: { monday: [{ from: '09:00', to: '17:00' }] },
      zoneChanges: [{ from: '2024-06-10', timeZone: 'Europe/London' }],
    }
    const request: AvailabilityRequest = {
      window: { from: '2024-06-03', to: '2024-06-10', timeZone: 'UTC' },
      now: Date.UTC(2024, 0, 1),
      people: [{ id: 'ana', schedule }],
      policy: { durationMinutes: 60 },
    }
    const days = availability(request).people[0]!.days
    // 2024-06-03 in New York (EDT, UTC−4); 2024-06-10 in London (BST, UTC+1).
    expect(dayOf(days, '2024-06-03')).toMatchObject({
      timeZone: NEW_YORK,
      working: [{ start: Date.UTC(2024, 5, 3, 13), end: Date.UTC(2024, 5, 3, 21) }],
    })
    expect(dayOf(days, '2024-06-10')).toMatchObject({
      timeZone: 'Europe/London',
      working: [{ start: Date.UTC(2024, 5, 10, 8), end: Date.UTC(2024, 5, 10, 16) }],
    })
    expect(starts(dayOf(days, '2024-06-10').slots, 'Europe/London')[0]).toBe('2024-06-10T09:00:00')
  })
  test("the first hours of the change date are already read in the new zone, also for 'clock' alignment", () => {
    // From Monday 2024-06-10 on, ana works 06:00–10:00 in Kolkata (UTC+05:30): 00:30Z–04:30Z,
    // hours that New York (UTC−4) still counts as Sunday evening.
    const schedule: Schedule = {
      timeZone: NEW_YORK,
      weekly: { monday: [{ from: '06:00', to: '10:00' }] },
      zoneChanges: [{ from: '2024-06-10', timeZone: 'Asia/Kolkata' }],
    }
    const request: AvailabilityRequest = {
      window: { from: '2024-06-10', to: '2024-06-10', timeZone: 'Asia/Kolkata' },
      now: Date.UTC(2024, 0, 1),
      people: [{ id: 'ana', schedule }],
      policy: { durationMinutes: 60, alignment: 'clock' },
    }
    const monday = dayOf(availability(request).people[0]!.days, '2024-06-10')
    expect(monday.timeZone).toBe('Asia/Kolkata')
    expect(monday.working).toEqual([
      { start: Date.UTC(2024, 5, 10, 0, 30), end: Date.UTC(2024, 5, 10, 4, 30) },
    ])
    expect(starts(monday.slots, 'Asia/Kolkata')).toEqual([
      '2024-06-10T06:00:00',
      '2024-06-10T07:00:00',
      '2024-06-10T08:00:00',
      '2024-06-10T09:00:00',
    ])
  })

  test('a booking in the first hours of the change date counts for that date’s limit', () => {
    const schedule: Schedule = {
      timeZone: NEW_YORK,
      weekly: { sunday: [{ from: '09:00', to: '12:00' }], monday: [{ from: '06:00', to: '10:00' }] },
      zoneChanges: [{ from: '2024-06-10', timeZone: 'Asia/Kolkata' }],
    }
    const request: AvailabilityRequest = {
      window: { from: '2024-06-09', to: '2024-06-10', timeZone: NEW_YORK },
      now: Date.UTC(2024, 0, 1),
      // 06:00–07:00 on Monday in Kolkata: its slot is taken and Monday's one booking is used up.
      people: [
        {
          id: 'ana',
          schedule,
          busy: [
            {
              id: 'b',
              start: Date.UTC(2024, 5, 10, 0, 30),
              end: Date.UTC(2024, 5, 10, 1, 30),
              eventType: 'demo',
            },
          ],
        },
      ],
      policy: { durationMinutes: 60, eventType: 'demo', limits: { day: { count: 1 } } },
    }
    const days = availability(request).people[0]!.days
    expect(starts(dayOf(days, '2024-06-09').slots, NEW_YORK)).toEqual([
      '2024-06-09T09:00:00',
      '2024-06-09T10:00:00',
      '2024-06-09T11:00:00',
    ])
    expect(dayOf(days, '2024-06-10').slots).toEqual([])
  })
})
