// Untrusted recurrence text: whatever the string, parseRRule, safeParseRRule and expand
// either answer or throw a SlotwiseError; never a TypeError, a RangeError or a hang. The
// slowest call is recorded and printed at the end (no timing assertion: machines differ).
import { fc, test } from '@fast-check/vitest'
import { hostileInputArbitrary, NOTABLE_TIME_ZONES, rruleTokenTextArbitrary } from '@slotwise/testkit'
import { afterAll, expect } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { expand } from './expand.js'
import { formatRRule, parseRRule, safeParseRRule } from './parseRRule.js'

const slowest = { milliseconds: 0, call: '' }

/** Runs `call`; a SlotwiseError is an answer, any other error fails the property. Records the time taken. */
function answers(describe: () => string, call: () => unknown): void {
  const started = performance.now()
  try {
    call()
  } catch (error) {
    if (!isSlotwiseError(error)) {
      throw new Error(`${describe()} threw ${String(error)}`, { cause: error })
    }
  } finally {
    const elapsed = performance.now() - started
    if (elapsed > slowest.milliseconds) {
      slowest.milliseconds = elapsed
      slowest.call = describe()
    }
  }
}

afterAll(() => {
  console.info(
    `recurrence fuzz: slowest call ${slowest.milliseconds.toFixed(1)} ms: ${slowest.call.slice(0, 300)}`,
  )
})

const UNITS = ['grapheme', 'grapheme-composite', 'grapheme-ascii', 'binary', 'binary-ascii'] as const

/** Any text: every string unit fast-check has, RRULE tokens strung together, and tokens with one character changed. */
const text = fc.oneof(
  ...UNITS.map((unit) => fc.string({ unit, maxLength: 200 })),
  rruleTokenTextArbitrary(),
  rruleTokenTextArbitrary(),
  fc
    .tuple(rruleTokenTextArbitrary(), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }))
    .map(([t, at, c]) => t.slice(0, at % (t.length + 1)) + c + t.slice((at % (t.length + 1)) + 1)),
)

const DAY = 86_400_000

/** The ends of what the core accepts: instants ±8.64e15 ms, wall dates 0001-01-01…9999-12-31. */
const MAX_INSTANT = 8.64e15
/** 0001-01-01T00:00Z (`Date.UTC` reads years 0–99 as 1900–1999). */
const YEAR_1 = Date.parse('0001-01-01T00:00:00Z')

const dtstart = fc.oneof(
  fc.constantFrom(
    '2024-03-10T02:30',
    '2011-12-30T09:00',
    '20240101T090000',
    '2024-01-01T09:00:00Z',
    '0001-01-01T00:00',
    '9999-12-31T23:59:59',
    '9999-12-31T23:00:00-12:00',
    '0001-01-01T00:00:00+14:00',
  ),
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: -MAX_INSTANT, max: MAX_INSTANT }),
  fc.constant(undefined),
  text,
)
const timeZone = fc.oneof(
  fc.constantFrom(...NOTABLE_TIME_ZONES, 'Pacific/Kiritimati', 'Etc/GMT+12', '+14:00', '-12:00'),
  fc.constant(undefined),
  text,
)
const window = fc
  .record({
    start: fc.oneof(
      { arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), weight: 4 },
      // Around years 1 and 9999, and the ends of the instant range.
      fc.integer({ min: YEAR_1 - 3 * DAY, max: YEAR_1 + 3 * DAY }),
      fc.integer({ min: Date.UTC(9999, 11, 25), max: Date.UTC(10000, 0, 3) }),
      fc.constantFrom(-MAX_INSTANT, MAX_INSTANT - 60 * DAY),
    ),
    days: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 3660 })),
  })
  .map(({ start, days }) => ({ start, end: Math.min(MAX_INSTANT, start + days * DAY) }))

test.prop({ rrule: text })('parseRRule returns a rule or throws a SlotwiseError', ({ rrule }) => {
  answers(
    () => `parseRRule(${JSON.stringify(rrule)})`,
    () => parseRRule(rrule),
  )
})

test.prop({ rrule: text })(
  'safeParseRRule never throws, and fails exactly when parseRRule throws',
  ({ rrule }) => {
    let result: ReturnType<typeof safeParseRRule> | undefined
    answers(
      () => `safeParseRRule(${JSON.stringify(rrule)})`,
      () => {
        result = safeParseRRule(rrule)
      },
    )
    expect(result).toBeDefined()
    let threw = false
    try {
      parseRRule(rrule)
    } catch {
      threw = true
    }
    expect(result!.success).toBe(!threw)
  },
)

test.prop({ rrule: text })(
  'a rule that parses is a fixed point of formatRRule then parseRRule',
  ({ rrule }) => {
    const parsed = safeParseRRule(rrule)
    if (parsed.success) expect(parseRRule(formatRRule(parsed.value))).toStrictEqual(parsed.value)
  },
)

test.prop({
  rrule: text,
  dtstart,
  timeZone,
  window,
  skipNonexistent: fc.boolean(),
  includeStart: fc.boolean(),
})(
  'expand of any rule text returns instants or throws a SlotwiseError',
  ({ rrule, dtstart, timeZone, window, skipNonexistent, includeStart }) => {
    const recurrence = {
      rrule,
      ...(dtstart === undefined ? {} : { dtstart }),
      ...(timeZone === undefined ? {} : { timeZone }),
    }
    answers(
      () =>
        `expand(${JSON.stringify(recurrence)}, ${JSON.stringify(window)}, ${JSON.stringify({ skipNonexistent, includeStart })})`,
      () => expand(recurrence, window, { skipNonexistent, includeStart }),
    )
  },
)

test.prop({
  rrule: text,
  lines: fc.array(
    fc.tuple(
      fc.constantFrom('DTSTART', 'EXDATE', 'RDATE', 'RRULE', 'X-OTHER'),
      fc.constantFrom('', ';TZID=America/New_York', ';TZID=Nowhere', ';VALUE=DATE'),
      text,
    ),
    { maxLength: 4 },
  ),
  window,
})('expand of any iCalendar lines returns instants or throws a SlotwiseError', ({ rrule, lines, window }) => {
  const joined = [
    `RRULE:${rrule}`,
    ...lines.map(([name, params, value]) => `${name}${params}:${value}`),
  ].join('\r\n')
  answers(
    () => `expand({ rrule: ${JSON.stringify(joined)} }, ${JSON.stringify(window)})`,
    () => expand({ rrule: joined }, window),
  )
})

test.prop({
  recurrence: fc.oneof(
    hostileInputArbitrary(),
    fc.record(
      {
        rrule: fc.oneof(
          text,
          hostileInputArbitrary(),
          fc.dictionary(
            fc.constantFrom('freq', 'interval', 'count', 'byDay', 'byHour', 'wkst', 'until'),
            hostileInputArbitrary(),
          ),
        ),
        dtstart: fc.oneof(dtstart, hostileInputArbitrary()),
        timeZone: fc.oneof(timeZone, hostileInputArbitrary()),
        exdates: fc.oneof(
          fc.array(fc.oneof(dtstart, hostileInputArbitrary()), { maxLength: 3 }),
          hostileInputArbitrary(),
        ),
        rdates: fc.oneof(
          fc.array(fc.oneof(dtstart, hostileInputArbitrary()), { maxLength: 3 }),
          hostileInputArbitrary(),
        ),
      },
      { requiredKeys: [] },
    ),
  ),
  window: fc.oneof(window, hostileInputArbitrary()),
  options: fc.oneof(
    fc.constant(undefined),
    hostileInputArbitrary(),
    fc.record(
      {
        limit: fc.oneof(fc.integer({ min: -1, max: 100 }), hostileInputArbitrary()),
        maxPeriods: fc.oneof(fc.integer({ min: -1, max: 1000 }), hostileInputArbitrary()),
        maxWindowDays: fc.oneof(fc.integer({ min: 0, max: 100 }), hostileInputArbitrary()),
        maxCount: fc.oneof(fc.integer({ min: 0, max: 100 }), hostileInputArbitrary()),
        maxInterval: fc.oneof(fc.integer({ min: 0, max: 100 }), hostileInputArbitrary()),
        skipNonexistent: hostileInputArbitrary(),
        includeStart: hostileInputArbitrary(),
      },
      { requiredKeys: [] },
    ),
  ),
})(
  'expand of any value at all returns instants or throws a SlotwiseError',
  ({ recurrence, window, options }) => {
    answers(
      () => `expand(${fc.stringify(recurrence)}, ${fc.stringify(window)}, ${fc.stringify(options)})`,
      () => expand(recurrence as never, window as never, options as never),
    )
  },
)
