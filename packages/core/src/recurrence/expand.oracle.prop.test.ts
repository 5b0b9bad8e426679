// Oracle laws for `expand` (STYLE.md, Tests): rrule.js 2.8.1 must give the same instants as
// the core for random rules in UTC, in every class of rule where rrule.js is right. Where it
// is wrong (checked by hand against RFC 5545 3.3.10), the class is named, kept out of the
// oracle properties, and pinned below with our own expected values and rrule.js's output.
//
// rrule.js is used in floating mode only: UTC `Date`s and no `tzid`. Its `tzid` mode is never
// an oracle: it converts through the host zone and reads offsets at the wrong instant
// (DESIGN.md), so its answers change with the process `TZ`.
import { fc, test } from '@fast-check/vitest'
import {
  dtstartArbitrary,
  type RRuleArbitraryOptions,
  rruleArbitrary,
  type TestDtstart,
} from '@slotwise/testkit'
import { RRule } from 'rrule'
import { describe, expect, test as it } from 'vitest'
import { expand } from '../index.js'

const MINUTE = 60_000
const DAY = 86_400_000

interface Window {
  readonly start: number
  readonly end: number
}

const utcOf = (d: TestDtstart): number => Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute)

function wallOf(d: TestDtstart): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}`
}

function ours(text: string, dtstart: TestDtstart, window: Window): number[] {
  return expand({ dtstart: wallOf(dtstart), timeZone: 'UTC', rrule: text }, window, { limit: 1_000_000 })
}

/** Shortest period of each frequency in days, to bound how far rrule.js may walk. */
const SHORTEST_PERIOD_DAYS: Record<number, number> = {
  [RRule.YEARLY]: 365,
  [RRule.MONTHLY]: 28,
  [RRule.WEEKLY]: 7,
  [RRule.DAILY]: 1,
}
const PAST_THE_WINDOW = new Error('rrule.js walked past the window')

/**
 * rrule.js in floating mode over the half-open window: its `between(a, b, true)` includes
 * both ends, so `[start, end)` becomes `[start, end - 1 ms]` (all instants here are whole
 * minutes). BYHOUR and BYMINUTE are handed over sorted: rrule.js takes their list order as
 * the order of the times of day (a bug pinned below); in RFC 5545 the order means nothing.
 *
 * rrule.js only looks at UNTIL when an occurrence comes up, so a rule that never matches
 * again walks on to year 9999 (seconds per rule). It is stopped once it has scanned more
 * periods than can lie between DTSTART and the window's end: `iter` reads
 * `options.interval` twice per period. Occurrences found by then are the answer.
 */
function rrulejs(text: string, dtstart: number, window: Window, sortTimes = true): number[] {
  const options = RRule.parseString(text)
  if (sortTimes && options.byhour != null) options.byhour = [options.byhour].flat().sort((a, b) => a - b)
  if (sortTimes && options.byminute != null)
    options.byminute = [options.byminute].flat().sort((a, b) => a - b)
  const rule = new RRule({ ...options, dtstart: new Date(dtstart) })
  const periodMs = SHORTEST_PERIOD_DAYS[rule.options.freq]! * DAY * rule.options.interval
  const periods = Math.ceil((window.end - dtstart) / periodMs) + 4
  let reads = 0
  rule.options = new Proxy(rule.options, {
    get(target, key, receiver) {
      if (key === 'interval' && ++reads > 2 * periods + 2) throw PAST_THE_WINDOW
      return Reflect.get(target, key, receiver)
    },
  })
  const found: number[] = []
  try {
    rule.between(
      new Date(window.start),
      new Date(window.end - 1),
      true,
      (date) => found.push(date.getTime()) > 0,
    )
  } catch (error) {
    if (error !== PAST_THE_WINDOW) throw error
  }
  return found
}

/** A window near DTSTART: from 60 days before it to 3 years after, 1 minute to 6 years long. */
function windowArbitrary(dtstart: TestDtstart): fc.Arbitrary<Window> {
  const anchor = utcOf(dtstart)
  return fc
    .record({
      startMinutes: fc.integer({ min: -60 * 1440, max: 3 * 366 * 1440 }),
      lengthMinutes: fc.integer({ min: 1, max: 6 * 366 * 1440 }),
    })
    .map(({ startMinutes, lengthMinutes }) => ({
      start: anchor + startMinutes * MINUTE,
      end: anchor + (startMinutes + lengthMinutes) * MINUTE,
    }))
}

/**
 * The classes where rrule.js is wrong, kept out of the oracle properties (pinned below):
 * BYDAY lists mixing plain weekdays and ordinals (`mixedByDay`), BYWEEKNO ±52/±53 at the turn
 * of a year (`yearBoundaryWeeks`), the first week of WEEKLY with BYSETPOS
 * (`weeklyStartsOnDtstart` makes it whole), and negative BYSETPOS beyond the period's set
 * (the arbitrary keeps |BYSETPOS| within the times of one day).
 */
const RRULE_JS_RIGHT = { mixedByDay: false, yearBoundaryWeeks: false } as const

function caseArbitrary(options: Omit<RRuleArbitraryOptions, 'dtstart'>) {
  return dtstartArbitrary().chain((dtstart) =>
    fc.record({
      dtstart: fc.constant(dtstart),
      rule: rruleArbitrary({ dtstart, ...options }),
      window: windowArbitrary(dtstart),
    }),
  )
}

describe('expand in UTC agrees with rrule.js in floating mode (never its host-dependent tzid mode)', () => {
  test.prop({ input: caseArbitrary({ ...RRULE_JS_RIGHT }) })(
    'same instants without BYSETPOS, but for mixed BYDAY and BYWEEKNO ±52/±53',
    ({ input: { dtstart, rule, window } }) => {
      expect(ours(rule.text, dtstart, window)).toEqual(rrulejs(rule.text, utcOf(dtstart), window))
    },
  )

  test.prop({
    input: caseArbitrary({ ...RRULE_JS_RIGHT, bySetPos: 'positive', weeklyStartsOnDtstart: true }),
  })(
    'same instants with positive BYSETPOS, WEEKLY rules starting their week on DTSTART',
    ({ input: { dtstart, rule, window } }) => {
      expect(ours(rule.text, dtstart, window)).toEqual(rrulejs(rule.text, utcOf(dtstart), window))
    },
  )

  test.prop({ input: caseArbitrary({ ...RRULE_JS_RIGHT, bySetPos: 'negative' }) })(
    'same instants with negative BYSETPOS no larger than the times of one day',
    ({ input: { dtstart, rule, window } }) => {
      expect(ours(rule.text, dtstart, window)).toEqual(rrulejs(rule.text, utcOf(dtstart), window))
    },
  )

  // rrule.js intersects plain and ordinal BYDAY entries (below), but it is right on each
  // half alone, and without BYSETPOS a day matches a BYDAY list when it matches any entry:
  // the rule's occurrences are the union of its plain half's and its ordinal half's, and
  // COUNT then takes the first n of that union.
  test.prop({ input: caseArbitrary({ mixedByDay: true, yearBoundaryWeeks: false }) })(
    'a mixed BYDAY list gives the union of rrule.js on its plain and its ordinal entries',
    ({ input: { dtstart, rule, window } }) => {
      const byDay = /BYDAY=([^;]*)/.exec(rule.text)?.[1]?.split(',') ?? []
      const plain = byDay.filter((entry) => !/\d/.test(entry))
      const ordinal = byDay.filter((entry) => /\d/.test(entry))
      const count = /COUNT=(\d+)/.exec(rule.text)?.[1]
      const start = utcOf(dtstart)
      const without = rule.text.replace(/;COUNT=\d+/, '')
      const halves = plain.length === 0 || ordinal.length === 0 ? [byDay] : [plain, ordinal]
      const union = halves
        .flatMap((entries) =>
          rrulejs(without.replace(/BYDAY=[^;]*/, `BYDAY=${entries.join(',')}`), start, {
            start: count === undefined ? window.start : start,
            end: window.end,
          }),
        )
        .sort((a, b) => a - b)
        .filter((instant, i, all) => i === 0 || instant !== all[i - 1])
      const expected = (count === undefined ? union : union.slice(0, Number(count))).filter(
        (instant) => instant >= window.start,
      )
      expect(ours(rule.text, dtstart, window)).toEqual(expected)
    },
  )
})

/**
 * A window 15 to 30 years after DTSTART, up to 60 days long, and the most periods a scan
 * that starts at the window may need: the periods the window's days (two either side) can
 * touch, plus the one before.
 */
function farWindowArbitrary(dtstart: TestDtstart, freq: string): fc.Arbitrary<Window & { periods: number }> {
  const anchor = utcOf(dtstart)
  const shortest = { YEARLY: 365, MONTHLY: 28, WEEKLY: 7, DAILY: 1 }[freq] ?? 1
  return fc
    .record({
      startMinutes: fc.integer({ min: 15 * 365 * 1440, max: 30 * 365 * 1440 }),
      lengthMinutes: fc.integer({ min: 1, max: 60 * 1440 }),
    })
    .map(({ startMinutes, lengthMinutes }) => ({
      start: anchor + startMinutes * MINUTE,
      end: anchor + (startMinutes + lengthMinutes) * MINUTE,
      periods: Math.ceil((lengthMinutes / 1440 + 6) / shortest) + 3,
    }))
}

describe('without COUNT, expand starts at the window, however far DTSTART lies behind it', () => {
  test.prop({
    input: dtstartArbitrary().chain((dtstart) =>
      rruleArbitrary({ dtstart, ...RRULE_JS_RIGHT })
        .filter((rule) => !rule.text.includes('COUNT='))
        .chain((rule) =>
          fc.record({
            dtstart: fc.constant(dtstart),
            rule: fc.constant(rule),
            window: farWindowArbitrary(dtstart, /FREQ=(\w+)/.exec(rule.text)?.[1] ?? ''),
          }),
        ),
    ),
  })(
    'same instants as rrule.js, with maxPeriods no larger than the periods the window touches',
    ({ input: { dtstart, rule, window } }) => {
      const got = expand({ dtstart: wallOf(dtstart), timeZone: 'UTC', rrule: rule.text }, window, {
        limit: 1_000_000,
        maxPeriods: window.periods,
      })
      expect(got).toEqual(rrulejs(rule.text, utcOf(dtstart), window))
    },
  )
})

/** Instants of `YYYY-MM-DDTHH:MM` wall times in UTC. */
const utc = (...walls: string[]) => walls.map((wall) => Date.parse(`${wall}Z`))
const year = (from: string, to: string): Window => ({
  start: Date.parse(`${from}Z`),
  end: Date.parse(`${to}Z`),
})

/** Our answer and rrule.js's, BYHOUR and BYMINUTE handed over as written. */
function both(text: string, dtstart: string, window: Window) {
  return {
    ours: expand({ dtstart, timeZone: 'UTC', rrule: text }, window),
    rrulejs: rrulejs(text, Date.parse(`${dtstart}Z`), window, false),
  }
}

// Each case: our value by hand from RFC 5545, and rrule.js 2.8.1's (wrong) value beside it,
// so an rrule.js upgrade that fixes one shows up here.
describe('where rrule.js 2.8.1 is wrong: our own expected values', () => {
  it('BYDAY mixing plain and ordinal entries matches either (rrule.js requires both)', () => {
    // Mondays, and the first Tuesday of each month: Jan 1 (Mo), Jan 2 (1st Tu), Jan 8 (Mo).
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=MONTHLY;COUNT=3;BYDAY=MO,1TU',
      '2024-01-01T09:00',
      year('2024-01-01T00:00', '2025-01-01T00:00'),
    )
    expect(got).toEqual(utc('2024-01-01T09:00', '2024-01-02T09:00', '2024-01-08T09:00'))
    expect(theirs).toEqual([]) // a Monday that is also the first Tuesday: none
  })

  it('WEEKLY BYSETPOS counts in the whole first week (rrule.js starts it at DTSTART)', () => {
    // DTSTART Thursday 2024-01-04; week Mon 1 – Sun 7 holds Mo 1, Fr 5, Su 7: BYSETPOS=1 is
    // Mon Jan 1, before DTSTART, so the first occurrence is Mon Jan 8.
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=WEEKLY;COUNT=2;BYDAY=MO,FR,SU;BYSETPOS=1',
      '2024-01-04T09:00',
      year('2024-01-01T00:00', '2025-01-01T00:00'),
    )
    expect(got).toEqual(utc('2024-01-08T09:00', '2024-01-15T09:00'))
    expect(theirs).toEqual(utc('2024-01-05T09:00', '2024-01-08T09:00'))
  })

  it('WEEKLY BYSETPOS, shrunk from the property: the 3rd of Mo, Fr, Su in DTSTART’s week', () => {
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=WEEKLY;INTERVAL=2;BYHOUR=1;BYMINUTE=0;BYDAY=MO,FR,SU;BYSETPOS=1,3',
      '2004-02-05T21:15',
      year('2004-02-05T00:00', '2004-02-20T00:00'),
    )
    expect(got).toEqual(utc('2004-02-08T01:00', '2004-02-16T01:00'))
    expect(theirs).toEqual(utc('2004-02-06T01:00', '2004-02-16T01:00'))
  })

  it('negative BYSETPOS beyond the set selects nothing (rrule.js wraps to the first)', () => {
    // The 5th-from-last Monday exists only in months with five Mondays: Jan and Apr 2024.
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=MONTHLY;COUNT=2;BYDAY=MO;BYSETPOS=-5',
      '2024-01-01T09:00',
      year('2024-01-01T00:00', '2025-01-01T00:00'),
    )
    expect(got).toEqual(utc('2024-01-01T09:00', '2024-04-01T09:00'))
    expect(theirs).toEqual(utc('2024-01-01T09:00', '2024-02-05T09:00'))
  })

  it('negative BYSETPOS beyond the set, shrunk from the property: one Wednesday a week, BYSETPOS=-2', () => {
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=WEEKLY;COUNT=1;BYMONTH=1;BYSETPOS=-2',
      '1997-06-25T03:30',
      year('1997-06-01T00:00', '1999-01-01T00:00'),
    )
    expect(got).toEqual([])
    expect(theirs).toEqual(utc('1998-01-07T03:30'))
  })

  it('two negative BYSETPOS beyond the set give no duplicate (rrule.js gives the same instant twice)', () => {
    const { ours: got, rrulejs: theirs } = both(
      'FREQ=DAILY;COUNT=2;BYHOUR=9;BYSETPOS=-1,-2',
      '2024-01-01T09:00',
      year('2024-01-01T00:00', '2024-02-01T00:00'),
    )
    expect(got).toEqual(utc('2024-01-01T09:00', '2024-01-02T09:00'))
    expect(theirs).toEqual(utc('2024-01-01T09:00', '2024-01-01T09:00'))
  })

  it('BYHOUR out of order still means times in order (rrule.js emits, counts and stops in list order)', () => {
    const window = year('2024-01-01T00:00', '2024-02-01T00:00')
    const counted = both('FREQ=DAILY;COUNT=2;BYHOUR=20,3', '2024-01-01T00:00', window)
    expect(counted.ours).toEqual(utc('2024-01-01T03:00', '2024-01-01T20:00'))
    expect(counted.rrulejs).toEqual(utc('2024-01-01T20:00', '2024-01-01T03:00'))
    const until = both('FREQ=DAILY;UNTIL=20240101T100000Z;BYHOUR=20,3', '2024-01-01T00:00', window)
    expect(until.ours).toEqual(utc('2024-01-01T03:00'))
    expect(until.rrulejs).toEqual([]) // 20:00 is past UNTIL, so it stops before 03:00
  })

  it('BYWEEKNO=-53 is ISO week 1 of 2015, which starts on Monday 2014-12-29 (rrule.js only knows it as 1)', () => {
    // Thursday 2015-01-01 puts Dec 29–31 into week 1 of 2015; 2015 has 53 weeks, so week 1
    // is week -53. rrule.js gives Dec 29–31 for BYWEEKNO=1 but not for -53, the same week.
    const window = year('2014-01-01T00:00', '2016-01-01T00:00')
    const negative = both('FREQ=YEARLY;COUNT=3;BYWEEKNO=-53', '2014-06-01T09:00', window)
    const positive = both('FREQ=YEARLY;COUNT=3;BYWEEKNO=1', '2014-06-01T09:00', window)
    const weekOne = utc('2014-12-29T09:00', '2014-12-30T09:00', '2014-12-31T09:00')
    expect(negative.ours).toEqual(weekOne)
    expect(positive.ours).toEqual(weekOne)
    expect(positive.rrulejs).toEqual(weekOne)
    expect(negative.rrulejs).toEqual(utc('2015-01-01T09:00', '2015-01-02T09:00', '2015-01-03T09:00'))
  })

  it('with WKST=TU, 2022 has 52 weeks: Monday 2023-01-02 is in week 52 = -1, not 53 (rrule.js says both)', () => {
    // Week 1 of 2022 starts Tue 2022-01-04, week 1 of 2023 starts Tue 2023-01-03: 364 days,
    // 52 weeks. rrule.js miscounts the previous year's weeks (python-dateutil's `lnumweeks`).
    const window = year('2022-12-01T00:00', '2023-02-01T00:00')
    const of = (weekNumber: number) =>
      both(`FREQ=YEARLY;BYWEEKNO=${weekNumber};BYDAY=MO;WKST=TU`, '2022-06-01T09:00', window)
    expect(of(52).ours).toEqual(utc('2023-01-02T09:00'))
    expect(of(-1).ours).toEqual(utc('2023-01-02T09:00'))
    expect(of(53).ours).toEqual([])
    expect(of(52).rrulejs).toEqual([])
    expect(of(-1).rrulejs).toEqual(utc('2023-01-02T09:00'))
    expect(of(53).rrulejs).toEqual(utc('2023-01-02T09:00'))
  })
})
