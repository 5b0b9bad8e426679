import { fc, test } from '@fast-check/vitest'
import {
  digitDateTextArbitrary,
  nearMissTextArbitrary,
  plainDateDaysArbitrary,
  plainDateTextArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { formatPlainDate } from './formatPlainDate.js'
import { parsePlainDate, safeParsePlainDate } from './parsePlainDate.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

/** Temporal's reading of a `YYYY-MM-DD` text restricted to years 0001–9999, or undefined. */
function temporalDays(text: string): number | undefined {
  let date: Temporal.PlainDate
  try {
    date = Temporal.PlainDate.from(text)
  } catch {
    return undefined
  }
  // Temporal accepts year 0000 (and six-digit years); Slotwise supports 0001–9999 only.
  if (date.year < 1 || date.year > 9999) return undefined
  return EPOCH.until(date, { largestUnit: 'day' }).days
}

// Temporal also accepts `20240101`, a trailing time, an offset or an annotation, so the
// grammar decides the shape and Temporal only whether the date exists.
const STRICT_DATE = /^\d{4}-\d{2}-\d{2}$/

test.prop({ text: plainDateTextArbitrary() })(
  'format after parse is the identity on canonical text',
  ({ text }) => {
    expect(formatPlainDate(parsePlainDate(text))).toBe(text)
  },
)

test.prop({ days: plainDateDaysArbitrary() })(
  'parse after format is the identity on every day number',
  ({ days }) => {
    expect(parsePlainDate(formatPlainDate(days))).toBe(days)
  },
)

test.prop({ text: digitDateTextArbitrary() })(
  'agrees with Temporal.PlainDate.from on digit texts, valid or not',
  ({ text }) => {
    const result = safeParsePlainDate(text)
    const expected = temporalDays(text)
    if (expected === undefined) expect(result.success).toBe(false)
    else expect(result).toEqual({ success: true, value: expected })
  },
)

test.prop({ text: nearMissTextArbitrary(plainDateTextArbitrary()) })(
  'accepts a near miss exactly when it is strict YYYY-MM-DD and Temporal finds the date',
  ({ text }) => {
    const result = safeParsePlainDate(text)
    const expected = STRICT_DATE.test(text) ? temporalDays(text) : undefined
    if (expected === undefined) expect(result.success).toBe(false)
    else expect(result).toEqual({ success: true, value: expected })
  },
)

test.prop({ text: fc.string(), path: fc.string() })(
  'safeParsePlainDate fails with exactly the code and path that parsePlainDate throws',
  ({ text, path }) => {
    const result = safeParsePlainDate(text, path)
    if (result.success) expect(parsePlainDate(text, path)).toBe(result.value)
    else {
      expect(result.issues).toEqual([
        { code: 'INVALID_DATE', path, message: expect.any(String), details: expect.any(Object) },
      ])
      expect(() => parsePlainDate(text, path)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', path }),
      )
    }
  },
)
