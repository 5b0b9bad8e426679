import fc from 'fast-check'

// Arbitraries for RFC 5545 recurrence rules, built constructively: pick the frequency first,
// then only the parts that RFC 5545 (and the core's strict parser) allow with it, so every
// generated rule parses. The rule is written as text, the form both the core and rrule.js read.

/** Day-level frequencies the core expands (sub-daily ones are refused). */
export type TestFrequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY'
export const TEST_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type TestWeekday = (typeof TEST_WEEKDAYS)[number]

/** A DTSTART as UTC (floating) wall-clock fields, minute precision. */
export interface TestDtstart {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
}

/** A generated rule: its frequency and the rule as RFC 5545 text. */
export interface TestRRule {
  readonly freq: TestFrequency
  readonly text: string
}

/** Which BYSETPOS values to generate. */
export type BySetPosSign = 'none' | 'positive' | 'negative'

export interface RRuleArbitraryOptions {
  /** DTSTART, needed to write UNTIL a little after it and to pin WKST. */
  readonly dtstart: TestDtstart
  /**
   * BYSETPOS: none (default), 1…8, or −1…−n where n is the number of times of day
   * (BYHOUR × BYMINUTE, BYHOUR then always present), so no period that holds a day holds
   * fewer than |BYSETPOS| instances.
   */
  readonly bySetPos?: BySetPosSign
  /** Allow BYDAY lists that mix plain weekdays and ordinals (`MO,1TU`). Default true. */
  readonly mixedByDay?: boolean
  /** Allow BYWEEKNO ±52 and ±53, the weeks that straddle the turn of a year. Default true. */
  readonly yearBoundaryWeeks?: boolean
  /** For WEEKLY, write WKST as DTSTART's weekday, so the first week starts on DTSTART's day. Default false. */
  readonly weeklyStartsOnDtstart?: boolean
}

const nonZero = (max: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: 1, max }), fc.boolean()).map(([n, negative]) => (negative ? -n : n))

/** A list without repeats, in any order: the order of a BYxxx list means nothing in RFC 5545. */
function list<T>(arbitrary: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[]> {
  return fc.uniqueArray(arbitrary, { minLength: 1, maxLength })
}

function byDayArbitrary(maxOrdinal: number, mixed: boolean): fc.Arbitrary<string[]> {
  const plain = list(fc.constantFrom(...TEST_WEEKDAYS), 4)
  if (maxOrdinal === 0) return plain
  const ordinal = fc
    .tuple(nonZero(maxOrdinal), fc.constantFrom(...TEST_WEEKDAYS))
    .map(([n, day]) => `${n}${day}`)
  if (!mixed) return fc.oneof(plain, list(ordinal, 4))
  return list(fc.oneof(fc.constantFrom(...TEST_WEEKDAYS), ordinal), 4)
}

/** Week numbers for BYWEEKNO: any, or without ±52 and ±53. */
function weekNumberArbitrary(yearBoundary: boolean): fc.Arbitrary<number> {
  return yearBoundary ? nonZero(53) : nonZero(51)
}

/** A DTSTART in 1990–2030 (UTC fields), any minute of the day. */
export function dtstartArbitrary(): fc.Arbitrary<TestDtstart> {
  return fc
    .record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) =>
      fc.record({
        year: fc.constant(year),
        month: fc.constant(month),
        day: fc.integer({ min: 1, max: gregorianDaysInMonthOf(year, month) }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.constantFrom(0, 15, 30, 45, 59),
      }),
    )
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function writeUtc(instant: number): string {
  const date = new Date(instant)
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  )
}

/**
 * A valid RRULE for `dtstart`: FREQ YEARLY…DAILY, INTERVAL 1–4, COUNT or UNTIL (a UTC
 * instant from DTSTART to about three years later) or neither, and any of BYDAY (ordinals
 * only with MONTHLY, ±1…5, and YEARLY without BYWEEKNO, ±1…5 with BYMONTH, else ±1…53),
 * BYMONTHDAY (negative too; not WEEKLY), BYMONTH, BYYEARDAY and BYWEEKNO (YEARLY only),
 * BYHOUR, BYMINUTE, WKST, and BYSETPOS as asked. Lists come in any order.
 */
export function rruleArbitrary(options: RRuleArbitraryOptions): fc.Arbitrary<TestRRule> {
  const { dtstart } = options
  const sign = options.bySetPos ?? 'none'
  const start = Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day, dtstart.hour, dtstart.minute)
  const startWeekday = TEST_WEEKDAYS[(new Date(start).getUTCDay() + 6) % 7]!
  return fc.constantFrom<TestFrequency>('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY').chain((freq) => {
    const yearly = freq === 'YEARLY'
    return fc
      .record({
        interval: fc.integer({ min: 1, max: 4 }),
        end: fc.oneof(
          fc.constant(undefined),
          fc.integer({ min: 1, max: 30 }).map((count) => `COUNT=${count}`),
          // UNTIL from DTSTART itself (inclusive) to about three years later, any minute.
          fc
            .integer({ min: 0, max: 3 * 366 * 1440 })
            .map((minutes) => `UNTIL=${writeUtc(start + minutes * 60_000)}`),
        ),
        byWeekNo: yearly
          ? sometimes(list(weekNumberArbitrary(options.yearBoundaryWeeks ?? true), 3))
          : fc.constant(undefined),
        byMonth: sometimes(list(fc.integer({ min: 1, max: 12 }), 4)),
        byMonthDay: freq === 'WEEKLY' ? fc.constant(undefined) : sometimes(list(nonZero(31), 3)),
        byYearDay: yearly ? sometimes(list(nonZero(366), 3)) : fc.constant(undefined),
        // Negative BYSETPOS is drawn against the number of times of day, so BYHOUR is always there.
        byHour:
          sign === 'negative'
            ? list(fc.integer({ min: 0, max: 23 }), 3)
            : sometimes(list(fc.integer({ min: 0, max: 23 }), 3)),
        byMinute: sometimes(list(fc.constantFrom(0, 10, 30, 45), 2)),
        wkst: sometimes(fc.constantFrom(...TEST_WEEKDAYS)),
      })
      .chain((parts) => {
        // Ordinals: within the month for MONTHLY and for YEARLY with BYMONTH, else within the year.
        const maxOrdinal =
          freq === 'MONTHLY'
            ? 5
            : !yearly || parts.byWeekNo !== undefined
              ? 0
              : parts.byMonth !== undefined
                ? 5
                : 53
        const timesOfDay = (parts.byHour?.length ?? 1) * (parts.byMinute?.length ?? 1)
        const bySetPos =
          sign === 'none'
            ? fc.constant(undefined)
            : sign === 'positive'
              ? list(fc.integer({ min: 1, max: 8 }), 2)
              : list(
                  fc.integer({ min: 1, max: timesOfDay }).map((n) => -n),
                  2,
                )
        return fc.record({
          parts: fc.constant(parts),
          byDay: sometimes(byDayArbitrary(maxOrdinal, options.mixedByDay ?? true)),
          bySetPos,
        })
      })
      .map(({ parts, byDay, bySetPos }) => {
        const text = [`FREQ=${freq}`]
        if (parts.interval !== 1) text.push(`INTERVAL=${parts.interval}`)
        if (parts.end !== undefined) text.push(parts.end)
        const add = (name: string, values: readonly (number | string)[] | undefined) => {
          if (values !== undefined) text.push(`${name}=${values.join(',')}`)
        }
        add('BYHOUR', parts.byHour)
        add('BYMINUTE', parts.byMinute)
        add('BYDAY', byDay)
        add('BYMONTHDAY', parts.byMonthDay)
        add('BYYEARDAY', parts.byYearDay)
        add('BYWEEKNO', parts.byWeekNo)
        add('BYMONTH', parts.byMonth)
        if (bySetPos !== undefined) {
          // BYSETPOS needs another BYxxx part: without one, it picks among two hours of each day.
          if (!text.some((part) => part.startsWith('BY')))
            text.push(`BYHOUR=${dtstart.hour},${(dtstart.hour + 7) % 24}`)
          add('BYSETPOS', bySetPos)
        }
        const wkst = freq === 'WEEKLY' && options.weeklyStartsOnDtstart === true ? startWeekday : parts.wkst
        if (wkst !== undefined) text.push(`WKST=${wkst}`)
        return { freq, text: text.join(';') }
      })
  })
}

// --- Rules as objects: the shape of the core's parsed `RRule`, written out again here so the
// testkit never imports the core. Constructive like `rruleArbitrary`: the frequency first, then
// only the parts valid with it, each list without repeats, so every object is one `parseRRule`
// gives back (`interval` and `wkst` always present, absent parts left out, never `[]`).

/** A BYDAY entry of {@link TestRRuleObject}. */
export interface TestByDay {
  readonly weekday: TestWeekday
  readonly ordinal?: number
}

/** The core's `RRule`, structurally. */
export interface TestRRuleObject {
  readonly freq: TestFrequency
  readonly interval: number
  readonly count?: number
  readonly until?: string
  readonly bySecond?: readonly number[]
  readonly byMinute?: readonly number[]
  readonly byHour?: readonly number[]
  readonly byDay?: readonly TestByDay[]
  readonly byMonthDay?: readonly number[]
  readonly byYearDay?: readonly number[]
  readonly byWeekNo?: readonly number[]
  readonly byMonth?: readonly number[]
  readonly bySetPos?: readonly number[]
  readonly wkst: TestWeekday
}

export interface RRuleObjectArbitraryOptions {
  /** How the rule ends: `none` (forever), `count`, `until`, or `any` of them (default). */
  readonly end?: 'any' | 'none' | 'count' | 'until'
  /** Whether BYSETPOS may appear (default true); it is only added beside another BYxxx part. */
  readonly bySetPos?: boolean
  /** Largest COUNT (default 30). */
  readonly maxCount?: number
  /** Largest INTERVAL (default 4; 1 half of the time). */
  readonly maxInterval?: number
  /** Years UNTIL is drawn from (default 1990–2040). */
  readonly untilYears?: { readonly min: number; readonly max: number }
}

/** A part present about a third of the time: a rule with every BYxxx part rarely matches anything. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary, weight: 1 })
}

function uniqueList(arbitrary: fc.Arbitrary<number>, maxLength: number): fc.Arbitrary<number[]> {
  return fc.uniqueArray(arbitrary, { minLength: 1, maxLength })
}

/** UNTIL as the parser keeps it: `YYYYMMDD`, `YYYYMMDDTHHMMSS` (rule zone) or `…Z` (UTC). */
export function untilTextArbitrary(years: {
  readonly min: number
  readonly max: number
}): fc.Arbitrary<string> {
  return fc
    .record({ year: fc.integer(years), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) =>
      fc.record({
        date: fc
          .integer({ min: 1, max: gregorianDaysInMonthOf(year, month) })
          .map((day) => `${pad(year, 4)}${pad(month)}${pad(day)}`),
        time: fc.tuple(
          fc.integer({ min: 0, max: 23 }),
          fc.constantFrom(0, 0, 15, 30, 59),
          fc.constantFrom(0, 0, 0, 1, 59),
        ),
        form: fc.constantFrom('date', 'floating', 'utc', 'utc'),
      }),
    )
    .map(({ date, time: [h, m, s], form }) =>
      form === 'date' ? date : `${date}T${pad(h)}${pad(m)}${pad(s)}${form === 'utc' ? 'Z' : ''}`,
    )
}

function gregorianDaysInMonthOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * A valid rule as an object: FREQ YEARLY…DAILY; INTERVAL; COUNT, UNTIL (any of its three
 * forms) or neither; BYSECOND (60, a leap second, included), BYMINUTE, BYHOUR; BYDAY with
 * ordinals only for MONTHLY (±1…5) and YEARLY without BYWEEKNO (±1…5 with BYMONTH, else
 * ±1…53); BYMONTHDAY (not WEEKLY); BYYEARDAY and BYWEEKNO (YEARLY only); BYMONTH; BYSETPOS
 * (±1…8, sometimes ±366) only beside another BYxxx part; any WKST.
 */
export function rruleObjectArbitrary(
  options: RRuleObjectArbitraryOptions = {},
): fc.Arbitrary<TestRRuleObject> {
  const end = options.end ?? 'any'
  const maxCount = options.maxCount ?? 30
  const maxInterval = options.maxInterval ?? 4
  const untilYears = options.untilYears ?? { min: 1990, max: 2040 }
  const count = fc.integer({ min: 1, max: maxCount })
  const until = untilTextArbitrary(untilYears)
  const ending: fc.Arbitrary<{ count?: number; until?: string }> =
    end === 'none'
      ? fc.constant({})
      : end === 'count'
        ? count.map((n) => ({ count: n }))
        : end === 'until'
          ? until.map((u) => ({ until: u }))
          : fc.oneof(
              fc.constant({}),
              count.map((n) => ({ count: n })),
              until.map((u) => ({ until: u })),
            )
  return fc.constantFrom<TestFrequency>('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY').chain((freq) => {
    const yearly = freq === 'YEARLY'
    return fc
      .record({
        interval: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: maxInterval })),
        ending,
        bySecond: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 6 },
          { arbitrary: uniqueList(fc.integer({ min: 0, max: 60 }), 2), weight: 1 },
        ),
        byMinute: sometimes(uniqueList(fc.integer({ min: 0, max: 59 }), 3)),
        // Hours 0–3 often: DST changes happen there (midnight in Santiago and Havana).
        byHour: sometimes(
          uniqueList(fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })), 3),
        ),
        byMonthDay: freq === 'WEEKLY' ? fc.constant(undefined) : sometimes(uniqueList(nonZero(31), 3)),
        byYearDay: yearly ? sometimes(uniqueList(nonZero(366), 3)) : fc.constant(undefined),
        byWeekNo: yearly ? sometimes(uniqueList(nonZero(53), 3)) : fc.constant(undefined),
        byMonth: sometimes(uniqueList(fc.integer({ min: 1, max: 12 }), 4)),
        wkst: fc.constantFrom(...TEST_WEEKDAYS),
      })
      .chain((parts) => {
        const maxOrdinal =
          freq === 'MONTHLY' || (yearly && parts.byWeekNo === undefined && parts.byMonth !== undefined)
            ? 5
            : yearly && parts.byWeekNo === undefined
              ? 53
              : 0
        const entry: fc.Arbitrary<TestByDay> =
          maxOrdinal === 0
            ? fc.constantFrom(...TEST_WEEKDAYS).map((weekday) => ({ weekday }))
            : fc
                .tuple(fc.constantFrom(...TEST_WEEKDAYS), fc.option(nonZero(maxOrdinal), { nil: undefined }))
                .map(([weekday, ordinal]) => (ordinal === undefined ? { weekday } : { weekday, ordinal }))
        return fc.record({
          parts: fc.constant(parts),
          byDay: sometimes(
            fc.uniqueArray(entry, {
              minLength: 1,
              maxLength: 4,
              selector: (d) => `${d.ordinal ?? ''}${d.weekday}`,
            }),
          ),
          bySetPos: sometimes(uniqueList(fc.oneof(nonZero(8), fc.constantFrom(366, -366)), 2)),
        })
      })
      .map(({ parts, byDay, bySetPos }) => {
        const rule: { -readonly [K in keyof TestRRuleObject]?: TestRRuleObject[K] } = {
          freq,
          interval: parts.interval,
          ...parts.ending,
        }
        if (parts.bySecond !== undefined) rule.bySecond = parts.bySecond
        if (parts.byMinute !== undefined) rule.byMinute = parts.byMinute
        if (parts.byHour !== undefined) rule.byHour = parts.byHour
        if (byDay !== undefined) rule.byDay = byDay
        if (parts.byMonthDay !== undefined) rule.byMonthDay = parts.byMonthDay
        if (parts.byYearDay !== undefined) rule.byYearDay = parts.byYearDay
        if (parts.byWeekNo !== undefined) rule.byWeekNo = parts.byWeekNo
        if (parts.byMonth !== undefined) rule.byMonth = parts.byMonth
        const hasOtherBy = Object.keys(rule).some((key) => key.startsWith('by'))
        if (options.bySetPos !== false && bySetPos !== undefined && hasOtherBy) rule.bySetPos = bySetPos
        rule.wkst = parts.wkst
        return rule as TestRRuleObject
      })
  })
}

/** A DTSTART as wall-clock text `YYYY-MM-DDTHH:MM:SS` in the given years (hours 0–3 often), on a whole minute or second. */
export function wallStartTextArbitrary(years: {
  readonly min: number
  readonly max: number
}): fc.Arbitrary<string> {
  return fc
    .record({ year: fc.integer(years), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) =>
      fc.tuple(
        fc.constant(`${pad(year, 4)}-${pad(month)}`),
        fc.integer({ min: 1, max: gregorianDaysInMonthOf(year, month) }),
        fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })),
        fc.oneof(fc.constantFrom(0, 30), fc.integer({ min: 0, max: 59 })),
        fc.oneof(
          { arbitrary: fc.constant(0), weight: 4 },
          { arbitrary: fc.integer({ min: 0, max: 59 }), weight: 1 },
        ),
      ),
    )
    .map(([ym, d, h, m, s]) => `${ym}-${pad(d)}T${pad(h)}:${pad(m)}:${pad(s)}`)
}

const PART_NAMES = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
  'X-NAME',
  'freq',
  'byday',
]
const PART_VALUES = [
  'YEARLY',
  'MONTHLY',
  'WEEKLY',
  'DAILY',
  'HOURLY',
  'MINUTELY',
  'SECONDLY',
  'daily',
  'MO',
  'TU',
  'WE',
  'TH',
  'FR',
  'SA',
  'SU',
  'mo',
  '1MO',
  '-1FR',
  '+2TU',
  '53SA',
  '-53SU',
  '0MO',
  '54MO',
  '5FR',
  '0',
  '1',
  '2',
  '3',
  '-1',
  '+1',
  '-0',
  '7',
  '12',
  '13',
  '23',
  '24',
  '30',
  '31',
  '-31',
  '32',
  '53',
  '59',
  '60',
  '61',
  '366',
  '-366',
  '367',
  '1000',
  '1001',
  '10000',
  '10001',
  '99999999',
  '123456789',
  '1e3',
  '0x10',
  ' 1',
  '1.5',
  '',
  '20240101',
  '20240229',
  '20230229',
  '20240101T090000',
  '20240101T090000Z',
  '99991231T235959Z',
  '00010101',
  '20241301',
  '20240101T250000',
  '19700101T000000Z',
]

const FITTING_VALUES: Readonly<Record<string, readonly string[]>> = {
  FREQ: ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'],
  INTERVAL: ['1', '2', '3', '7'],
  COUNT: ['1', '2', '5', '30'],
  UNTIL: ['20240101', '20250615T090000', '20260101T000000Z', '19990101T000000Z'],
  BYSECOND: ['0', '1', '30', '59', '60'],
  BYMINUTE: ['0', '1', '30', '59'],
  BYHOUR: ['0', '1', '2', '3', '9', '23'],
  BYDAY: ['MO', 'TU', 'WE', 'SU', '1MO', '-1FR', '2TU', '-2SA', '20MO'],
  BYMONTHDAY: ['1', '-1', '15', '29', '30', '31', '-31'],
  BYYEARDAY: ['1', '-1', '60', '100', '366', '-366'],
  BYWEEKNO: ['1', '-1', '20', '52', '53', '-53'],
  BYMONTH: ['1', '2', '3', '11', '12'],
  BYSETPOS: ['1', '-1', '2', '3', '-2'],
  WKST: ['MO', 'SU', 'SA'],
}

/** Pieces of RFC 5545 recurrence text, valid and not, that {@link rruleTokenTextArbitrary} strings together. */
export const RRULE_TOKENS: readonly string[] = [
  ...PART_NAMES.map((name) => `${name}=`),
  ...PART_VALUES,
  'RRULE:',
  'rrule:',
  ';',
  ';',
  ';',
  ',',
  ',',
  '=',
  ':',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\n ',
  'DTSTART:',
  'DTSTART;TZID=America/New_York:',
  'DTSTART;TZID=Pacific/Apia:',
  'DTSTART;TZID=Nowhere/Else:',
  'DTSTART;VALUE=DATE:',
  'EXDATE:',
  'EXDATE;TZID=Europe/London:',
  'EXDATE;VALUE=DATE:',
  'RDATE:',
  'RDATE;TZID=UTC:',
  '2024-03-10T02:30',
  '2024-03-10T02:30:00-05:00',
  '2011-12-30T09:00',
  '\u0000',
  '\ud800',
  '\u00e9',
  '\uff10',
]

/**
 * Text made of RRULE pieces: half the time `NAME=v,v;NAME=v…` parts (FREQ first most of the
 * time, so many of them parse), else the pieces strung together at random.
 */
export function rruleTokenTextArbitrary(): fc.Arbitrary<string> {
  const part = fc.constantFrom(...PART_NAMES).chain((name) => {
    // Two times in three a value that fits the part, else any value.
    const fitting = FITTING_VALUES[name.toUpperCase()] ?? PART_VALUES
    const value = fc.oneof(
      { arbitrary: fc.constantFrom(...fitting), weight: 2 },
      { arbitrary: fc.constantFrom(...PART_VALUES), weight: 1 },
    )
    return fc.array(value, { minLength: 1, maxLength: 4 }).map((values) => `${name}=${values.join(',')}`)
  })
  const structured = fc
    .record({
      prefix: fc.constantFrom('', '', 'RRULE:'),
      freq: fc.oneof(
        {
          arbitrary: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY').map((f) => [`FREQ=${f}`]),
          weight: 4,
        },
        { arbitrary: fc.constant([]), weight: 1 },
      ),
      parts: fc.array(part, { maxLength: 5 }),
    })
    .map(({ prefix, freq, parts }) => prefix + [...freq, ...parts].join(';'))
  const soup = fc.array(fc.constantFrom(...RRULE_TOKENS), { maxLength: 40 }).map((tokens) => tokens.join(''))
  return fc.oneof(structured, soup)
}
