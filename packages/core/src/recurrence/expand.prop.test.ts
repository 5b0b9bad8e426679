// Laws of `expand`, one per test, over constructive rules (testkit's rruleObjectArbitrary) in
// the zones every suite includes. Wall times are read back with Temporal, and the "does this
// instance match the rule" check is written here from RFC 5545, not taken from the engine.
import { fc, test } from '@fast-check/vitest'
import {
  NOTABLE_TIME_ZONES,
  type RRuleObjectArbitraryOptions,
  rruleObjectArbitrary,
  type TestRRuleObject,
  wallStartTextArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { type ExpandOptions, expand } from './expand.js'
import { formatRRule, parseRRule, type RRule } from './parseRRule.js'

const DAY = 86_400_000
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
/** Enough for the densest generated rule (3 hours x 3 minutes x 2 seconds a day) over the longest window. */
const LIMIT = 10_000_000

interface Case {
  readonly timeZone: string
  readonly dtstart: string
  readonly rule: TestRRuleObject
  readonly asText: boolean
  readonly window: { readonly start: number; readonly end: number }
}

/**
 * A DTSTART a few days before a transition of the zone (found with Temporal), at about the
 * wall hour of the change, so daily and weekly rules walk through gaps and folds.
 */
function dtstartNearTransition(timeZone: string): fc.Arbitrary<string | undefined> {
  return fc
    .record({
      from: fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2030, 0, 1) }),
      daysBefore: fc.integer({ min: 0, max: 8 }),
      hourShift: fc.constantFrom(0, 0, -1, 1),
      minute: fc.constantFrom(0, 15, 30, 45),
    })
    .map(({ from, daysBefore, hourShift, minute }) => {
      const transition = Temporal.Instant.fromEpochMilliseconds(from)
        .toZonedDateTimeISO(timeZone)
        .getTimeZoneTransition('next')
      if (transition === null) return undefined
      const before = transition.subtract({ nanoseconds: 1 }).toPlainDateTime()
      const hour = Math.min(23, Math.max(0, before.hour + (before.minute === 59 ? 1 : 0) + hourShift) % 24)
      return before.toPlainDate().subtract({ days: daysBefore }).toPlainDateTime({ hour, minute }).toString()
    })
}

/**
 * DTSTART in 1995–2030 in a notable zone (a third of the time just before a DST change); a
 * window from 60 days before it to `maxYearsAfter` years after, up to two years long.
 */
function caseArbitrary(rule: RRuleObjectArbitraryOptions = {}, maxYearsAfter = 3): fc.Arbitrary<Case> {
  return fc
    .constantFrom(...NOTABLE_TIME_ZONES)
    .chain((timeZone) =>
      fc.record({
        timeZone: fc.constant(timeZone),
        dtstart: fc.oneof(
          { arbitrary: wallStartTextArbitrary({ min: 1995, max: 2030 }), weight: 2 },
          {
            arbitrary: fc.tuple(
              dtstartNearTransition(timeZone),
              wallStartTextArbitrary({ min: 1995, max: 2030 }),
            ),
            weight: 1,
          },
        ),
        rule: rruleObjectArbitrary({ untilYears: { min: 1995, max: 2034 }, ...rule }),
        asText: fc.boolean(),
        startDays: fc.oneof(
          fc.integer({ min: -60, max: 60 }),
          fc.integer({ min: -60, max: maxYearsAfter * 366 }),
        ),
        startMs: fc.integer({ min: 0, max: DAY - 1 }),
        lengthMs: fc.oneof(fc.integer({ min: 0, max: 2 * 366 * DAY }), fc.integer({ min: 0, max: 40 * DAY })),
      }),
    )
    .map(({ timeZone, dtstart, rule: r, asText, startDays, startMs, lengthMs }) => {
      const near = typeof dtstart !== 'string' && dtstart[0] !== undefined
      const wall = typeof dtstart === 'string' ? dtstart : (dtstart[0] ?? dtstart[1])
      // Near a change, the window starts close to DTSTART and spans the change.
      const days = near ? -(Math.abs(startDays) % 3) : startDays
      const length = near ? lengthMs % (40 * DAY) : lengthMs
      const start = Date.parse(`${wall}Z`) + days * DAY + startMs
      return {
        timeZone,
        dtstart: wall,
        rule: near ? daily(r, wall) : r,
        asText,
        window: { start, end: start + length },
      }
    })
}

/**
 * The rule made daily, keeping its times of day and its kind of end: near a DST change every
 * day counts. UNTIL (same form) moves to 1–31 days after DTSTART so that it does not end the rule first.
 */
function daily(rule: TestRRuleObject, dtstart: string): TestRRuleObject {
  const { byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, until, ...rest } = rule
  const times = rest.byHour !== undefined || rest.byMinute !== undefined || rest.bySecond !== undefined
  const moved =
    until === undefined
      ? {}
      : {
          until:
            Temporal.PlainDate.from(dtstart.slice(0, 10))
              .add({ days: Number(until.slice(6, 8)) })
              .toString()
              .replaceAll('-', '') + until.slice(8),
        }
  return {
    ...rest,
    ...moved,
    freq: 'DAILY',
    interval: 1,
    ...(times && bySetPos !== undefined ? { bySetPos } : {}),
  }
}

function run(
  c: Case,
  rule: TestRRuleObject = c.rule,
  options: ExpandOptions = {},
  window = c.window,
): number[] {
  return expand(
    {
      dtstart: c.dtstart,
      timeZone: c.timeZone,
      rrule: c.asText ? formatRRule(rule as RRule) : (rule as RRule),
    },
    window,
    { limit: LIMIT, ...options },
  )
}

/** A window from two days before DTSTART over a century: every occurrence of a COUNT rule lies in it. */
function wholeWindow(c: Case): { start: number; end: number } {
  const start = Date.parse(`${c.dtstart}Z`) - 2 * DAY
  return { start, end: start + 36_500 * DAY }
}

const CENTURY: ExpandOptions = { maxWindowDays: 36_600 }

function without<K extends keyof TestRRuleObject>(rule: TestRRuleObject, key: K): TestRRuleObject {
  const { [key]: _, ...rest } = rule
  return rest as TestRRuleObject
}

function zoned(instant: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone)
}

/** The instant of a wall time in the zone, by Temporal's 'compatible'. */
function instantOfWall(wall: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone, { disambiguation: 'compatible' })
    .epochMilliseconds
}

/** UNTIL as an instant: UTC, a wall time in the zone, or the end of a local date (the next day's start, minus 1 ms). */
function untilInstant(until: string, timeZone: string): number {
  const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`
  if (until.length === 8) {
    const next = Temporal.PlainDate.from(date).add({ days: 1 }).toPlainDateTime()
    return next.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds - 1
  }
  const wall = `${date}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}`
  return until.endsWith('Z') ? Date.parse(`${wall}Z`) : instantOfWall(wall, timeZone)
}

const has = (values: readonly number[], position: number, length: number) =>
  values.some((v) => (v > 0 ? v === position : length + 1 + v === position))

/** First day of week 1 of `year` for weeks starting on `wkst` (1 = Monday): the week holding January 4. */
function weekOneStart(year: number, wkst: number): Temporal.PlainDate {
  const january4 = Temporal.PlainDate.from({ year, month: 1, day: 4 })
  return january4.subtract({ days: (january4.dayOfWeek - wkst + 7) % 7 })
}

/** Week number and the number of weeks of the week-year a date belongs to. */
function weekOf(date: Temporal.PlainDate, wkst: number): { week: number; weeks: number } {
  let year = date.year
  if (Temporal.PlainDate.compare(date, weekOneStart(year + 1, wkst)) >= 0) year++
  else if (Temporal.PlainDate.compare(date, weekOneStart(year, wkst)) < 0) year--
  const start = weekOneStart(year, wkst)
  const days = start.until(date).days
  return { week: Math.floor(days / 7) + 1, weeks: start.until(weekOneStart(year + 1, wkst)).days / 7 }
}

/** Why a wall time does not match the rule (RFC 5545 3.3.10, every BYxxx part a filter), or '' when it does. */
function mismatch(
  rule: TestRRuleObject,
  dtstart: Temporal.PlainDateTime,
  wall: Temporal.PlainDateTime,
): string {
  const date = wall.toPlainDate()
  const wkst = WEEKDAYS.indexOf(rule.wkst) + 1
  if (rule.byMonth !== undefined && !rule.byMonth.includes(wall.month)) return 'BYMONTH'
  if (rule.byWeekNo !== undefined) {
    const { week, weeks } = weekOf(date, wkst)
    if (!has(rule.byWeekNo, week, weeks)) return 'BYWEEKNO'
  }
  if (rule.byYearDay !== undefined && !has(rule.byYearDay, date.dayOfYear, date.daysInYear))
    return 'BYYEARDAY'
  if (rule.byMonthDay !== undefined && !has(rule.byMonthDay, date.day, date.daysInMonth)) return 'BYMONTHDAY'
  if (rule.byDay !== undefined) {
    const inMonth = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth !== undefined)
    const position = inMonth ? date.day : date.dayOfYear
    const length = inMonth ? date.daysInMonth : date.daysInYear
    const fromStart = Math.floor((position - 1) / 7) + 1
    const fromEnd = -(Math.floor((length - position) / 7) + 1)
    const ok = rule.byDay.some(
      (d) =>
        WEEKDAYS.indexOf(d.weekday) + 1 === date.dayOfWeek &&
        (d.ordinal === undefined || d.ordinal === fromStart || d.ordinal === fromEnd),
    )
    if (!ok) return 'BYDAY'
  }
  const dayParts = [rule.byWeekNo, rule.byYearDay, rule.byMonthDay, rule.byDay]
  if (dayParts.every((part) => part === undefined)) {
    // No day part: the day comes from DTSTART.
    if (rule.freq === 'WEEKLY' && date.dayOfWeek !== dtstart.dayOfWeek) return 'DTSTART weekday'
    if ((rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') && date.day !== dtstart.day) return 'DTSTART day'
    if (rule.freq === 'YEARLY' && rule.byMonth === undefined && date.month !== dtstart.month)
      return 'DTSTART month'
  }
  if (!(rule.byHour ?? [dtstart.hour]).includes(wall.hour)) return 'BYHOUR'
  if (!(rule.byMinute ?? [dtstart.minute]).includes(wall.minute)) return 'BYMINUTE'
  if (!(rule.bySecond ?? [dtstart.second]).includes(wall.second)) return 'BYSECOND'
  if (wall.millisecond !== dtstart.millisecond) return 'millisecond'
  return ''
}

/** Periods (days, weeks from WKST, months, years) between DTSTART's and the date's. */
function periodsBetween(rule: TestRRuleObject, from: Temporal.PlainDate, to: Temporal.PlainDate): number {
  if (rule.freq === 'DAILY') return from.until(to).days
  if (rule.freq === 'WEEKLY') {
    const wkst = WEEKDAYS.indexOf(rule.wkst) + 1
    const weekStart = (d: Temporal.PlainDate) => d.subtract({ days: (d.dayOfWeek - wkst + 7) % 7 })
    return weekStart(from).until(weekStart(to)).days / 7
  }
  if (rule.freq === 'MONTHLY') return (to.year - from.year) * 12 + to.month - from.month
  return to.year - from.year
}

const sortedUnique = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b)

test.prop({ c: caseArbitrary() })('the output is strictly increasing', ({ c }) => {
  const instants = run(c)
  for (let i = 1; i < instants.length; i++) expect(instants[i]!).toBeGreaterThan(instants[i - 1]!)
})

test.prop({ c: caseArbitrary() })('every instant lies in the half-open window', ({ c }) => {
  for (const instant of run(c)) {
    expect(instant).toBeGreaterThanOrEqual(c.window.start)
    expect(instant).toBeLessThan(c.window.end)
  }
})

test.prop({ c: caseArbitrary({ bySetPos: false }) })(
  'every instance matches every BYxxx part in the wall time of its zone (no BYSETPOS; gaps skipped)',
  ({ c }) => {
    const dtstart = Temporal.PlainDateTime.from(c.dtstart)
    for (const instant of run(c, c.rule, { skipNonexistent: true })) {
      const wall = zoned(instant, c.timeZone).toPlainDateTime()
      expect(
        mismatch(c.rule, dtstart, wall),
        `${wall} for ${formatRRule(c.rule as RRule)} from ${c.dtstart}`,
      ).toBe('')
    }
  },
)

test.prop({ c: caseArbitrary() })(
  "every instance lies in a period a multiple of INTERVAL after DTSTART's, and not before DTSTART (gaps skipped)",
  ({ c }) => {
    const dtstart = Temporal.PlainDateTime.from(c.dtstart)
    const first = instantOfWall(c.dtstart, c.timeZone)
    for (const instant of run(c, c.rule, { skipNonexistent: true })) {
      expect(instant).toBeGreaterThanOrEqual(first)
      const periods = periodsBetween(c.rule, dtstart.toPlainDate(), zoned(instant, c.timeZone).toPlainDate())
      expect(periods % c.rule.interval).toBe(0)
    }
  },
)

test.prop({ c: caseArbitrary({ end: 'until' }) })('no instance is after UNTIL', ({ c }) => {
  const until = untilInstant(c.rule.until!, c.timeZone)
  for (const instant of run(c)) expect(instant).toBeLessThanOrEqual(until)
})

test.prop({ c: caseArbitrary({ end: 'count' }) })(
  'COUNT is respected: at most COUNT instances over a window holding them all',
  ({ c }) => {
    expect(run(c, c.rule, CENTURY, wholeWindow(c)).length).toBeLessThanOrEqual(c.rule.count!)
  },
)

test.prop({ c: caseArbitrary({ end: 'count' }) })(
  'COUNT keeps exactly the first COUNT instances of the same rule without COUNT (gaps skipped)',
  ({ c }) => {
    const options = { ...CENTURY, skipNonexistent: true }
    const whole = wholeWindow(c)
    const counted = run(c, c.rule, options, whole)
    const count = c.rule.count!
    const end = counted.length === count ? counted[count - 1]! + 1 : whole.end
    expect(run(c, without(c.rule, 'count'), options, { start: whole.start, end })).toEqual(counted)
  },
)

test.prop({ rule: rruleObjectArbitrary() })(
  'parseRRule(formatRRule(rule)) deep-equals the rule',
  ({ rule }) => {
    expect(parseRRule(formatRRule(rule as RRule))).toStrictEqual(rule)
  },
)

test.prop({ c: caseArbitrary({ end: 'none' }), split: fc.double({ min: 0, max: 1, noNaN: true }) })(
  'expanding [a, m) then [m, b) gives expanding [a, b) (no COUNT)',
  ({ c, split }) => {
    const middle = c.window.start + Math.floor((c.window.end - c.window.start) * split)
    const left = run(c, c.rule, {}, { start: c.window.start, end: middle })
    const right = run(c, c.rule, {}, { start: middle, end: c.window.end })
    expect([...left, ...right]).toEqual(run(c))
  },
)

test.prop({ c: caseArbitrary({ end: 'until' }), split: fc.double({ min: 0, max: 1, noNaN: true }) })(
  'expanding [a, m) then [m, b) gives expanding [a, b) (UNTIL)',
  ({ c, split }) => {
    const middle = c.window.start + Math.floor((c.window.end - c.window.start) * split)
    const left = run(c, c.rule, {}, { start: c.window.start, end: middle })
    const right = run(c, c.rule, {}, { start: middle, end: c.window.end })
    expect([...left, ...right]).toEqual(run(c))
  },
)

test.prop({ c: caseArbitrary({ end: 'count' }), split: fc.double({ min: 0, max: 1, noNaN: true }) })(
  'expanding [a, m) then [m, b) gives expanding [a, b) (COUNT)',
  ({ c, split }) => {
    const middle = c.window.start + Math.floor((c.window.end - c.window.start) * split)
    const left = run(c, c.rule, {}, { start: c.window.start, end: middle })
    const right = run(c, c.rule, {}, { start: middle, end: c.window.end })
    expect([...left, ...right]).toEqual(run(c))
  },
)

test.prop({ c: caseArbitrary({ end: 'none' }, 12) })(
  'without COUNT, jumping to the window gives what walking from DTSTART gives (the rule plus a COUNT never reached)',
  ({ c }) => {
    // At most 18 instances a day for 14 years: far below 10 000 000.
    const walked = run(c, { ...c.rule, count: 10_000_000 }, { maxCount: 10_000_000 })
    expect(run(c)).toEqual(walked)
  },
)

test.prop({ c: caseArbitrary({ end: 'until' }) })(
  'UNTIL cuts the unbounded rule at an instant: the same instances, up to UNTIL inclusive',
  ({ c }) => {
    const until = untilInstant(c.rule.until!, c.timeZone)
    const unbounded = run(c, without(c.rule, 'until'))
    expect(run(c)).toEqual(unbounded.filter((instant) => instant <= until))
  },
)

test.prop({ c: fc.oneof(caseArbitrary({ end: 'none' }), caseArbitrary({ end: 'until' })) })(
  'includeStart adds DTSTART exactly when the rule does not yield it (no COUNT)',
  ({ c }) => {
    const first = instantOfWall(c.dtstart, c.timeZone)
    const inWindow = first >= c.window.start && first < c.window.end
    const beforeUntil = c.rule.until === undefined || first <= untilInstant(c.rule.until, c.timeZone)
    const plain = run(c)
    expect(run(c, c.rule, { includeStart: true })).toEqual(
      inWindow && beforeUntil ? sortedUnique([...plain, first]) : plain,
    )
  },
)

test.prop({ c: caseArbitrary({ end: 'count' }) })(
  'includeStart with COUNT: DTSTART is the first of COUNT when the rule does not yield it (gaps skipped)',
  ({ c }) => {
    const options = { ...CENTURY, skipNonexistent: true }
    const whole = wholeWindow(c)
    const first = instantOfWall(c.dtstart, c.timeZone)
    const plain = run(c, c.rule, options, whole)
    const included = run(c, c.rule, { ...options, includeStart: true }, whole)
    expect(included).toEqual(plain.includes(first) ? plain : [first, ...plain.slice(0, c.rule.count! - 1)])
  },
)
