// A malformed schedule is refused at the path of the offending field; what is optional is
// stated in the Schedule type (a weekday, breaks, holidays), what is not (the hours of an
// override or of a dated break) must be given. Paths are built by hand from the input.
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { availability, type Schedule, validateSchedule } from '../index.js'

const failureOf = (schedule: unknown) => codeAndPathOf(() => validateSchedule(schedule as Schedule))

const nine = [{ from: '09:00', to: '17:00' }]

test.each([
  [{ weekly: { monday: [{ from: '09:00', to: '25:00' }] } }, 'INVALID_TIME', 'schedule.weekly.monday[0].to'],
  [
    { weekly: { monday: [{ from: '24:00', to: '09:00' }] } },
    'INVALID_TIME',
    'schedule.weekly.monday[0].from',
  ],
  [{ weekly: { monday: 'all day' } }, 'INVALID_SCHEDULE', 'schedule.weekly.monday'],
  [{ overrides: [null] }, 'INVALID_SCHEDULE', 'schedule.overrides[0]'],
  [{ overrides: [{ date: '2024-03-11' }] }, 'INVALID_SCHEDULE', 'schedule.overrides[0].hours'],
  [
    {
      overrides: [
        { date: '2024-03-11', hours: nine },
        { date: '2024-03-11', hours: [] },
      ],
    },
    'INVALID_SCHEDULE',
    'schedule.overrides[1].date',
  ],
  [{ breaks: { dates: [{ date: '2024-03-11' }] } }, 'INVALID_SCHEDULE', 'schedule.breaks.dates[0].hours'],
  [{ holidays: [{ from: '2024-03-12', to: '2024-03-11' }] }, 'INVALID_SCHEDULE', 'schedule.holidays[0].to'],
  [{ holidays: [7] }, 'INVALID_SCHEDULE', 'schedule.holidays[0]'],
])('%j: %s at %s', (fields, code, path) => {
  expect(failureOf({ timeZone: 'UTC', ...fields })).toEqual({ code, path })
})

test('weekdays, breaks, holidays and leave may be left out; a day given as null has no hours', () => {
  expect(failureOf({ timeZone: 'UTC', weekly: { monday: nine, tuesday: null } })).toBeUndefined()
})

test('a closed date reports no working time and no breaks, even with weekly breaks', () => {
  const result = availability({
    window: { from: '2024-03-11', to: '2024-03-12', timeZone: 'UTC' },
    now: 0,
    people: [
      {
        id: 'ana',
        schedule: {
          timeZone: 'UTC',
          weekly: { monday: nine, tuesday: nine },
          breaks: {
            weekly: { monday: [{ from: '12:00', to: '13:00' }], tuesday: [{ from: '12:00', to: '13:00' }] },
          },
          holidays: ['2024-03-11'],
        },
      },
    ],
    policy: { durationMinutes: 60 },
  })
  const [holiday, open] = result.people[0]!.days
  expect(holiday).toMatchObject({
    date: '2024-03-11',
    working: [],
    breaks: [],
    slots: [],
    noSlotsReason: 'Holiday',
  })
  expect(open!.breaks).toEqual([{ start: Date.UTC(2024, 2, 12, 12), end: Date.UTC(2024, 2, 12, 13) }])
})

test('a daily event that began years before the window counts only its instances near it', () => {
  // Since 2020, a daily standup has about 1 500 instances before 2024-03-11; with a cap of
  // 200 events the request is still answered, because only instances near the window count.
  const result = availability({
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      {
        id: 'ana',
        schedule: { timeZone: 'UTC', weekly: { monday: nine } },
        busy: [
          {
            id: 'standup',
            start: Date.UTC(2020, 0, 1, 9),
            end: Date.UTC(2020, 0, 1, 10),
            recurrence: { rrule: 'FREQ=DAILY', timeZone: 'UTC' },
          },
        ],
      },
    ],
    policy: { durationMinutes: 60 },
    caps: { maxEventsPerPerson: 200 },
  })
  const day = result.people[0]!.days[0]!
  expect(day.busy.map((busy) => busy.start)).toEqual([Date.UTC(2024, 2, 11, 9)])
  expect(day.slots.map((slot) => new Date(slot.start).getUTCHours())).toEqual([10, 11, 12, 13, 14, 15, 16])
})
