// Answers of the built core's public API that runtimes.mjs computes in Node and in each
// other runtime and compares whole: the same request must get the same answer in every
// engine. The requests cross DST changes in zones whose rules have not changed since, so a
// runtime with older or newer time zone data still owes the same answer. Like the checks
// beside it, this module uses only ECMAScript and Intl.
import {
  addDays,
  availability,
  checkBooking,
  expand,
  findConflicts,
  formatPlainDate,
  formatRRule,
  isoWeekOf,
  normalizeIntervals,
  parsePlainDate,
  parsePlainDateTime,
  parseRRule,
  planRecurringBooking,
  safeParseRRule,
  subtractIntervals,
  timeZoneTransitions,
  toInstant,
  toOffsetDateTime,
  toWallTime,
  unionIntervals,
  validateTimeZone,
} from '@slotwise/core'

const day = 86_400_000
const minute = 60_000

/** Every answer by name; a throw is recorded as its code and path. */
export function answers() {
  const out = {}
  const put = (name, run) => {
    try {
      out[name] = run()
    } catch (error) {
      out[name] = { threw: error?.code ?? String(error), path: error?.path ?? null }
    }
  }

  // ---- zones: conversions around the changes of 2024 in zones that have kept their rules
  const zones = [
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Pacific/Chatham',
    'Asia/Kathmandu',
  ]
  for (const zone of zones) {
    put(`transitions ${zone}`, () =>
      timeZoneTransitions(zone, { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) }),
    )
    put(`walls ${zone}`, () => {
      const walls = []
      for (let t = Date.UTC(2024, 2, 1); t < Date.UTC(2024, 11, 1); t += 7 * day + 97 * minute)
        walls.push(toWallTime(t, zone))
      return walls
    })
    put(`instants ${zone}`, () =>
      ['earlier', 'later', 'compatible'].map((disambiguation) =>
        [
          '2024-03-10T02:30',
          '2024-03-31T01:30',
          '2024-04-07T01:45',
          '2024-09-08T00:30',
          '2024-10-06T02:15',
          '2024-11-03T01:30',
        ].map((wall) => toInstant(wall, zone, { disambiguation })),
      ),
    )
    put(`offset text ${zone}`, () => toOffsetDateTime(Date.UTC(2024, 6, 1, 12, 34, 56), zone))
  }
  put('Monrovia 1971', () => toOffsetDateTime(Date.UTC(1971, 0, 1), 'Africa/Monrovia'))
  put('Apia 2011', () => [
    toInstant('2011-12-30T12:00', 'Pacific/Apia'),
    toWallTime(Date.UTC(2011, 11, 30, 10), 'Pacific/Apia'),
  ])
  put('fixed offsets', () => [
    toWallTime(0, '+05:30'),
    toInstant('2024-01-01T00:00', '-03:00'),
    validateTimeZone('UTC'),
  ])
  put('unknown zone', () => validateTimeZone('Europe/Londn'))

  // ---- calendar
  put('calendar', () => [
    parsePlainDate('2024-02-29'),
    formatPlainDate(addDays(parsePlainDate('2024-02-28'), 2)),
    isoWeekOf(parsePlainDate('2021-01-03')),
    parsePlainDateTime('2024-03-10T23:59:59.999'),
  ])
  put('calendar refusal', () => parsePlainDateTime('2024-03-10T24:00'))

  // ---- intervals
  put('intervals', () => {
    const a = normalizeIntervals([
      { start: 5, end: 9 },
      { start: 0, end: 3 },
      { start: 3, end: 4 },
    ])
    return [a, unionIntervals(a, [{ start: 8, end: 12 }]), subtractIntervals(a, [{ start: 1, end: 6 }])]
  })

  // ---- recurrence: the five rule shapes of the benchmark and three with COUNT, from 2022
  // over 120 days across New York's spring change, and the COUNT ones to their end
  const rules = [
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=DAILY',
    'FREQ=MONTHLY;BYMONTHDAY=1,15',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=6',
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3',
  ]
  for (const rrule of rules) {
    put(`rule ${rrule}`, () => formatRRule(parseRRule(rrule)))
    const recurrence = {
      dtstart: '2022-01-31T09:30',
      timeZone: 'America/New_York',
      rrule,
      exdates: ['2022-03-15T09:30'],
    }
    put(`expand ${rrule}`, () =>
      expand(recurrence, { start: Date.UTC(2022, 0, 15), end: Date.UTC(2022, 4, 15) }),
    )
    if (rrule.includes('COUNT')) {
      put(`expand ${rrule} to the end`, () =>
        expand(recurrence, { start: Date.UTC(2022, 0, 1), end: Date.UTC(2031, 11, 1) }),
      )
    }
  }
  put('vendor text', () =>
    expand(
      {
        rrule:
          'DTSTART;TZID=Europe/London:20240126T170000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=4\nEXDATE;TZID=Europe/London:20240223T170000',
      },
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) },
    ),
  )
  put('bad rule', () => safeParseRRule('FREQ=WEEKLY;BYDAY=1MO'))

  // ---- availability: a team in three zones over March–April 2024, each changing clocks
  const busy = (id, y, m, d, h, length, more = {}) => ({
    id,
    start: Date.UTC(y, m, d, h),
    end: Date.UTC(y, m, d, h) + length * minute,
    ...more,
  })
  const sameHours = (weekdays, from, to) =>
    Object.fromEntries(weekdays.map((weekday) => [weekday, [{ from, to }]]))
  const request = {
    window: { from: '2024-03-04', to: '2024-04-12', timeZone: 'America/New_York' },
    now: Date.UTC(2024, 2, 4, 15, 7),
    people: [
      {
        id: 'ana',
        schedule: {
          timeZone: 'America/New_York',
          weekly: {
            monday: [{ from: '09:00', to: '17:00' }],
            tuesday: [
              { from: '08:00', to: '12:00' },
              { from: '13:00', to: '18:30' },
            ],
            wednesday: [{ from: '09:00', to: '17:00' }],
            thursday: [{ from: '10:00', to: '16:00' }],
            friday: [{ from: '09:00', to: '13:00' }],
          },
          breaks: { weekly: { wednesday: [{ from: '12:00', to: '12:45' }] } },
          holidays: ['2024-03-29'],
          overrides: [{ date: '2024-03-16', hours: [{ from: '10:00', to: '14:00' }] }],
          leave: [{ from: '2024-04-01', to: '2024-04-03' }],
        },
        busy: [
          busy('standup', 2024, 2, 4, 14, 30, {
            recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', timeZone: 'America/New_York' },
          }),
          busy('client', 2024, 2, 12, 17, 90, { bufferAfterMinutes: 15 }),
          busy('soft', 2024, 2, 14, 18, 60, { soft: true }),
        ],
      },
      {
        id: 'ben',
        schedule: {
          timeZone: 'Europe/London',
          weekly: sameHours(['monday', 'tuesday', 'wednesday', 'thursday'], '13:00', '21:00'),
        },
        busy: [
          busy('review', 2024, 2, 26, 15, 120, {
            recurrence: { rrule: 'FREQ=DAILY;COUNT=3', timeZone: 'Europe/London' },
          }),
        ],
      },
      {
        id: 'cleo',
        schedule: {
          timeZone: 'Australia/Lord_Howe',
          weekly: sameHours(['tuesday', 'wednesday', 'thursday', 'friday'], '00:00', '10:00'),
          zoneChanges: [{ from: '2024-04-01', timeZone: 'Australia/Sydney' }],
        },
      },
    ],
    policy: {
      durationMinutes: 45,
      intervalMinutes: 15,
      alignment: 'clock',
      bufferBeforeMinutes: 10,
      minimumNoticeMinutes: 120,
      horizon: { days: 35 },
      lookBusy: { percent: 30, seed: 'runtimes' },
    },
    explain: true,
  }
  const summary = (result) => ({
    window: result.window,
    people: result.people.map((person) => ({
      ...person,
      days: person.days.map((date) => ({ ...date, slots: date.slots.map((slot) => slot.start) })),
    })),
    team: result.team && {
      ...result.team,
      slots: result.team.slots.map((slot) => [slot.start, slot.people]),
    },
  })
  for (const team of [undefined, { mode: 'collective' }, { mode: 'anyOf' }, { mode: 'atLeast', count: 2 }]) {
    put(`availability ${team?.mode ?? 'people'}`, () =>
      summary(availability(team ? { ...request, team } : request)),
    )
  }
  put('checkBooking', () =>
    [0, 1, 2, 3, 4, 5, 6, 7, 8].map((hour) => {
      const start = Date.UTC(2024, 2, 12, 13 + hour)
      return checkBooking({ ...request, team: { mode: 'anyOf' } }, { start, end: start + 45 * minute })
    }),
  )
  put('planRecurringBooking', () =>
    ['skip', 'continue', 'book_next'].map((bookingOption) =>
      planRecurringBooking(
        { ...request, people: request.people.slice(0, 1) },
        { start: Date.UTC(2024, 2, 6, 14), freq: 'WEEKLY', count: 6, bookingOption },
      ),
    ),
  )
  put('findConflicts', () =>
    findConflicts([
      busy('a', 2024, 2, 4, 9, 60),
      busy('b', 2024, 2, 4, 9, 30),
      busy('c', 2024, 2, 4, 10, 60),
      busy('d', 2024, 2, 4, 9, 120),
    ]),
  )
  put('bad request', () => availability({ ...request, policy: { durationMinutes: 0 } }))
  put('bad schedule', () =>
    availability({ ...request, people: [{ id: 'x', schedule: { timeZone: 'Mars/Olympus' } }] }),
  )
  return out
}
