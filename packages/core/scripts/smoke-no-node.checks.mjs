// Checks of the built core that smoke-no-node.mjs runs inside a context that has only
// ECMAScript built-ins and Intl, and runtimes.mjs runs in Bun, Deno and workerd. This module
// may use nothing else: no console, no timers, no Node globals. It imports the built core
// and exports `results` (a JSON string, so nothing crosses realms but text); the host prints
// them and fails on any mismatch. Every expected value is worked out by hand in the comment
// beside it, not taken from a run of the code.
import {
  availability,
  checkBooking,
  expand,
  isSlotwiseError,
  parseRRule,
  SlotwiseError,
  toInstant,
  toWallTime,
} from '@slotwise/core'

/** @type {{ name: string, ok: boolean, actual: string, expected: string }[]} */
const checks = []

/** Key order does not matter; everything else does. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    )
  }
  return value
}

function check(name, run, expected) {
  let actual
  try {
    actual = JSON.stringify(canonical(run()))
  } catch (error) {
    actual = `threw ${String(error?.stack ?? error)}`
  }
  const wanted = JSON.stringify(canonical(expected))
  checks.push({ name, ok: actual === wanted, actual, expected: wanted })
}

/** The code, path and brand of what `run` throws, or 'returned'. */
function thrown(run) {
  try {
    run()
    return 'returned'
  } catch (error) {
    return {
      isSlotwiseError: isSlotwiseError(error),
      instanceOfSlotwiseError: error instanceof SlotwiseError,
      code: error.code,
      path: error.path,
    }
  }
}

// ---- the realm ------------------------------------------------------------------------

check('Intl is there', () => typeof Intl.DateTimeFormat, 'function')

// ---- zones: America/New_York springs forward at 2024-03-10 02:00 EST (07:00Z) and falls
// back at 2024-11-03 02:00 EDT (06:00Z).

// 09:00 EDT (-04:00) is 13:00Z.
check(
  'toInstant after spring-forward',
  () => toInstant('2024-03-10T09:00', 'America/New_York'),
  Date.UTC(2024, 2, 10, 13),
)
// 01:59 EST (-05:00) is 06:59Z.
check(
  'toInstant before spring-forward',
  () => toInstant('2024-03-10T01:59', 'America/New_York'),
  Date.UTC(2024, 2, 10, 6, 59),
)
// 02:30 does not exist; 'compatible' moves it forward by the hour: 03:30 EDT, 07:30Z.
check(
  'toInstant in the gap',
  () => toInstant('2024-03-10T02:30', 'America/New_York'),
  Date.UTC(2024, 2, 10, 7, 30),
)
// 01:30 happens twice: first in EDT (05:30Z), then in EST (06:30Z).
check(
  'toInstant in the overlap, earlier and later',
  () => [
    toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'earlier' }),
    toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'later' }),
  ],
  [Date.UTC(2024, 10, 3, 5, 30), Date.UTC(2024, 10, 3, 6, 30)],
)
// A minute before the change the clock reads 01:59 EST; at the change it reads 03:00 EDT.
check(
  'toWallTime across spring-forward',
  () => [
    toWallTime(Date.UTC(2024, 2, 10, 6, 59), 'America/New_York'),
    toWallTime(Date.UTC(2024, 2, 10, 7), 'America/New_York'),
  ],
  ['2024-03-10T01:59:00', '2024-03-10T03:00:00'],
)
// Kathmandu is +05:45 all year.
check('toWallTime at +05:45', () => toWallTime(Date.UTC(2024, 0, 1), 'Asia/Kathmandu'), '2024-01-01T05:45:00')

// ---- recurrence ----------------------------------------------------------------------

check('parseRRule', () => parseRRule('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4'), {
  freq: 'WEEKLY',
  interval: 1,
  count: 4,
  byDay: [{ weekday: 'MO' }, { weekday: 'WE' }],
  wkst: 'MO',
})
// Mondays and Wednesdays at 09:00 New York time from Monday 2024-03-04: 09:00 EST is 14:00Z
// on the 4th and 6th; after the change on the 10th, 09:00 EDT is 13:00Z on the 11th and 13th.
check(
  'expand a weekly rule across spring-forward',
  () =>
    expand(
      { dtstart: '2024-03-04T09:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4' },
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) },
    ),
  [Date.UTC(2024, 2, 4, 14), Date.UTC(2024, 2, 6, 14), Date.UTC(2024, 2, 11, 13), Date.UTC(2024, 2, 13, 13)],
)

// ---- availability: Monday 2026-03-09, New York on EDT since the 8th, so 09:00-17:00 local
// is 13:00Z-21:00Z. A review 11:00-12:00 local (15:00Z-16:00Z) splits the day into two runs
// of open time; hour slots start at the beginning of each run: 13, 14, then 16 ... 20 UTC.

const request = {
  window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'America/New_York' },
  now: Date.UTC(2026, 2, 1),
  people: [
    {
      id: 'ana',
      schedule: { timeZone: 'America/New_York', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
      busy: [{ id: 'review', start: Date.UTC(2026, 2, 9, 15), end: Date.UTC(2026, 2, 9, 16) }],
    },
  ],
  policy: { durationMinutes: 60 },
}
const hour = (h) => Date.UTC(2026, 2, 9, h)

check(
  'availability: working hours of the day',
  () => availability(request).people[0].days.map((day) => [day.date, day.working, day.noSlotsReason]),
  [['2026-03-09', [{ start: hour(13), end: hour(21) }], null]],
)
check(
  'availability: slots around the busy event',
  () => availability(request).people[0].days[0].slots.map((slot) => [slot.start, slot.end]),
  [13, 14, 16, 17, 18, 19, 20].map((h) => [hour(h), hour(h + 1)]),
)
check('checkBooking: a listed slot', () => checkBooking(request, { start: hour(16), end: hour(17) }), {
  ok: true,
  people: ['ana'],
})
check('checkBooking: over the busy event', () => checkBooking(request, { start: hour(15), end: hour(16) }), {
  ok: false,
  reasons: [{ code: 'Busy', eventIds: ['review'] }],
})
// 12:00Z is 08:00 in New York, before the working day.
check('checkBooking: before working hours', () => checkBooking(request, { start: hour(12), end: hour(13) }), {
  ok: false,
  reasons: [{ code: 'OutsideWorkingHours' }],
})

// ---- errors ---------------------------------------------------------------------------

check('an unknown zone', () => thrown(() => toInstant('2024-03-10T09:00', 'America/New_Yrok')), {
  isSlotwiseError: true,
  instanceOfSlotwiseError: true,
  code: 'INVALID_TIME_ZONE',
  path: 'timeZone',
})
check(
  'a time in the gap, rejected',
  () => thrown(() => toInstant('2024-03-10T02:30', 'America/New_York', { disambiguation: 'reject' })),
  { isSlotwiseError: true, instanceOfSlotwiseError: true, code: 'NONEXISTENT_TIME', path: 'wallTime' },
)
check(
  'a zero-minute slot',
  () => thrown(() => availability({ ...request, policy: { durationMinutes: 0 } })),
  {
    isSlotwiseError: true,
    instanceOfSlotwiseError: true,
    code: 'INVALID_POLICY',
    path: 'policy.durationMinutes',
  },
)
// The path of an RRULE error names the rule part at fault.
check('a sub-daily rule', () => thrown(() => parseRRule('FREQ=HOURLY')), {
  isSlotwiseError: true,
  instanceOfSlotwiseError: true,
  code: 'INVALID_RRULE',
  path: 'FREQ',
})

export const results = JSON.stringify(checks)
