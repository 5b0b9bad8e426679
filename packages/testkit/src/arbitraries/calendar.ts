import fc from 'fast-check'

/**
 * Arbitraries for the calendar representation of @slotwise/core, built constructively (pick
 * a value in range, then write it) rather than by filtering random text. The testkit does not
 * import the core, so the little calendar arithmetic needed here is written out again, from
 * the definitions rather than from the core's algorithm.
 */

/** Day number (days since 1970-01-01) of 0001-01-01, the first supported date. */
export const MIN_PLAIN_DATE = -719_162
/** Day number of 9999-12-31, the last supported date. */
export const MAX_PLAIN_DATE = 2_932_896
/** Seconds in a wall-clock day; also the value of `24:00`. */
export const SECONDS_PER_DAY = 86_400
/** Milliseconds in a wall-clock day. */
export const MS_PER_DAY = 86_400_000
/** Wall milliseconds of 0001-01-01T00:00:00.000. */
export const MIN_WALL_MILLISECONDS = MIN_PLAIN_DATE * MS_PER_DAY
/** Wall milliseconds of 9999-12-31T23:59:59.999. */
export const MAX_WALL_MILLISECONDS = (MAX_PLAIN_DATE + 1) * MS_PER_DAY - 1

/** A year, month (1–12) and day (1–31) of the proleptic Gregorian calendar. */
export interface CalendarFields {
  year: number
  month: number
  day: number
}

function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in a month of the proleptic Gregorian calendar. */
export function gregorianDaysInMonth(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function padNumber(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** Any supported day number, 0001-01-01 (-719 162) … 9999-12-31 (2 932 896). */
export function plainDateDaysArbitrary(): fc.Arbitrary<number> {
  return fc.integer({ min: MIN_PLAIN_DATE, max: MAX_PLAIN_DATE })
}

/**
 * A real date as fields, years 0001–9999. Months and days are drawn with fast-check's bias
 * towards their bounds, so month ends, leap days and the turn of the year come up often.
 */
export function plainDateFieldsArbitrary(): fc.Arbitrary<CalendarFields> {
  return fc
    .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) =>
      fc.integer({ min: 1, max: gregorianDaysInMonth(year, month) }).map((day) => ({ year, month, day })),
    )
}

/** Writes fields as `YYYY-MM-DD` (no validation). */
export function writePlainDate({ year, month, day }: CalendarFields): string {
  return `${padNumber(year, 4)}-${padNumber(month, 2)}-${padNumber(day, 2)}`
}

/** A canonical, valid `YYYY-MM-DD` text, years 0001–9999. */
export function plainDateTextArbitrary(): fc.Arbitrary<string> {
  return plainDateFieldsArbitrary().map(writePlainDate)
}

/**
 * `DDDD-DD-DD` made of digits, valid or not: month 00, 13 or 99, day 00, 31 of a 30-day
 * month, 29 February of a common year, year 0000. Months and days are drawn half the time
 * from the plausible range so that the valid/invalid split is not lopsided.
 */
export function digitDateTextArbitrary(): fc.Arbitrary<string> {
  const digits = (count: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((d) => d.join(''))
  const year = fc.oneof(
    digits(4),
    fc.integer({ min: 0, max: 9999 }).map((y) => padNumber(y, 4)),
  )
  const month = fc.oneof(
    digits(2),
    fc.integer({ min: 0, max: 13 }).map((m) => padNumber(m, 2)),
  )
  const day = fc.oneof(
    digits(2),
    fc.integer({ min: 0, max: 32 }).map((d) => padNumber(d, 2)),
  )
  return fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`)
}

/** Options of {@link plainTimeSecondsArbitrary}. */
export interface PlainTimeArbitraryOptions {
  /** Also produce 86 400 (`24:00`), the end of the day. Default true. */
  endOfDay?: boolean
  /** Only whole minutes. Default false. */
  wholeMinutes?: boolean
}

/** Seconds since local midnight: 0 … 86 399, and 86 400 unless `endOfDay: false`. */
export function plainTimeSecondsArbitrary(options: PlainTimeArbitraryOptions = {}): fc.Arbitrary<number> {
  const endOfDay = options.endOfDay ?? true
  if (options.wholeMinutes === true) {
    return fc.integer({ min: 0, max: endOfDay ? 1440 : 1439 }).map((minutes) => minutes * 60)
  }
  return fc.integer({ min: 0, max: endOfDay ? SECONDS_PER_DAY : SECONDS_PER_DAY - 1 })
}

/** Writes seconds of day as `HH:MM:SS`, or `HH:MM` when `precision` is `'minute'` (no validation). */
export function writePlainTime(seconds: number, precision: 'second' | 'minute' = 'second'): string {
  const hhmm = `${padNumber(Math.floor(seconds / 3600), 2)}:${padNumber(Math.floor((seconds % 3600) / 60), 2)}`
  return precision === 'minute' ? hhmm : `${hhmm}:${padNumber(seconds % 60, 2)}`
}

/**
 * A valid time-of-day text in any accepted form: `HH:MM` or `HH:MM:SS`, `00:00` … `24:00`.
 * With `endOfDay: false`, hours stop at 23 (the date-time grammar).
 */
export function plainTimeTextArbitrary(options: { endOfDay?: boolean } = {}): fc.Arbitrary<string> {
  const seconds = plainTimeSecondsArbitrary({ endOfDay: options.endOfDay ?? true })
  return fc.oneof(
    seconds.map((s) => writePlainTime(s)),
    seconds.map((s) => writePlainTime(s - (s % 60), 'minute')),
  )
}

/** Any supported wall-millisecond value, 0001-01-01T00:00 … 9999-12-31T23:59:59.999. */
export function wallMillisecondsArbitrary(): fc.Arbitrary<number> {
  return fc.integer({ min: MIN_WALL_MILLISECONDS, max: MAX_WALL_MILLISECONDS })
}

/** Parts of a wall-clock date-time; `millisecond` is 0 … 999. */
export interface DateTimeFields extends CalendarFields {
  second: number
  millisecond: number
}

/** A real date and a time of day (no `24:00`), to the millisecond. */
export function plainDateTimeFieldsArbitrary(): fc.Arbitrary<DateTimeFields> {
  return fc
    .tuple(
      plainDateFieldsArbitrary(),
      plainTimeSecondsArbitrary({ endOfDay: false }),
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999 })),
    )
    .map(([date, second, millisecond]) => ({ ...date, second, millisecond }))
}

/**
 * A valid date-time text in any accepted form: `YYYY-MM-DDTHH:MM`, `…:SS`, or `…:SS.s`,
 * `.ss`, `.sss`. Fractions may end in zeros (`.500`, `.50`, `.5` all mean 500 ms).
 */
export function plainDateTimeTextArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      plainDateTimeFieldsArbitrary(),
      fc.constantFrom('minute', 'second', 'fraction'),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([fields, form, fractionDigits]) => {
      const date = writePlainDate(fields)
      if (form === 'minute')
        return `${date}T${writePlainTime(fields.second - (fields.second % 60), 'minute')}`
      const time = `${date}T${writePlainTime(fields.second)}`
      if (form === 'second') return time
      const fraction = padNumber(fields.millisecond, 3).slice(0, fractionDigits)
      return `${time}.${fraction}`
    })
}

/**
 * A canonical date-time text, as the core formats one: `YYYY-MM-DDTHH:MM:SS`, followed by
 * `.sss` (exactly three digits) only when the milliseconds are not zero.
 */
export function canonicalPlainDateTimeTextArbitrary(): fc.Arbitrary<string> {
  return plainDateTimeFieldsArbitrary().map((fields) => {
    const text = `${writePlainDate(fields)}T${writePlainTime(fields.second)}`
    return fields.millisecond === 0 ? text : `${text}.${padNumber(fields.millisecond, 3)}`
  })
}

/** Characters that matter to the date and time grammars, and some look-alikes that must not. */
const NEAR_MISS_CHARACTERS = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '9',
  '-',
  ':',
  '.',
  'T',
  't',
  ' ',
  'Z',
  '+',
  ',',
  '\u0660', // ARABIC-INDIC DIGIT ZERO: a digit to Unicode, not to the ISO 8601 grammar
  '\uff10', // FULLWIDTH DIGIT ZERO
  '\u00a0',
  '/',
]

/**
 * Near misses of valid text: one to three edits (replace, insert or delete a character,
 * with characters that matter to the grammar) applied to a text from `valid`. Most results
 * are invalid in one precise way; some stay valid. Use it to probe the edges of a parser.
 */
export function nearMissTextArbitrary(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    kind: fc.constantFrom('replace', 'insert', 'delete'),
    at: fc.nat(),
    character: fc.constantFrom(...NEAR_MISS_CHARACTERS),
  })
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) => {
    let result = text
    for (const { kind, at, character } of edits) {
      const index = result.length === 0 ? 0 : at % (kind === 'insert' ? result.length + 1 : result.length)
      if (kind === 'replace') result = result.slice(0, index) + character + result.slice(index + 1)
      else if (kind === 'insert') result = result.slice(0, index) + character + result.slice(index)
      else result = result.slice(0, index) + result.slice(index + 1)
    }
    return result
  })
}

/**
 * Anything a JavaScript caller might pass where text or a number is expected: any value,
 * arbitrary UTF-16 (lone surrogates included), grapheme strings, numbers of every kind.
 */
export function hostileInputArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(null, undefined, true, false, '', {}, [], Object.create(null), Symbol('x'), 0n),
    fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.double(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53, -(2 ** 53)),
  )
}
