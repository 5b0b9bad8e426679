import { fc, test } from '@fast-check/vitest'
import {
  canonicalPlainDateTimeTextArbitrary,
  nearMissTextArbitrary,
  plainDateTimeTextArbitrary,
  wallMillisecondsArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { formatPlainDateTime } from './formatPlainDateTime.js'
import { parsePlainDateTime, safeParsePlainDateTime } from './parsePlainDateTime.js'

const EPOCH = Temporal.PlainDateTime.from('1970-01-01T00:00')

// The shape of a wall time, written independently of the scanner; whether the date exists
// is left to Temporal (which alone would also accept `t`, a space, offsets, nine fraction
// digits and more).
const STRICT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?$/

/** Temporal's wall milliseconds for a strict date-time text in years 0001–9999, or undefined. */
function temporalWall(text: string): number | undefined {
  if (!STRICT_DATE_TIME.test(text)) return undefined
  let dateTime: Temporal.PlainDateTime
  try {
    dateTime = Temporal.PlainDateTime.from(text)
  } catch {
    return undefined
  }
  if (dateTime.year < 1) return undefined
  return EPOCH.until(dateTime, { largestUnit: 'millisecond' }).milliseconds
}

test.prop({ wall: wallMillisecondsArbitrary() })(
  'parse after format is the identity on every wall millisecond in range',
  ({ wall }) => {
    expect(parsePlainDateTime(formatPlainDateTime(wall))).toBe(wall)
  },
)

test.prop({ text: canonicalPlainDateTimeTextArbitrary() })(
  'format after parse is the identity on canonical text',
  ({ text }) => {
    expect(formatPlainDateTime(parsePlainDateTime(text))).toBe(text)
  },
)

test.prop({ text: plainDateTimeTextArbitrary() })(
  'agrees with Temporal.PlainDateTime.from on every accepted form',
  ({ text }) => {
    expect(parsePlainDateTime(text)).toBe(temporalWall(text))
  },
)

test.prop({ text: nearMissTextArbitrary(plainDateTimeTextArbitrary()) })(
  'accepts a near miss exactly when it is a strict wall time that Temporal finds',
  ({ text }) => {
    const expected = temporalWall(text)
    const result = safeParsePlainDateTime(text)
    if (expected === undefined) expect(result.success).toBe(false)
    else expect(result).toEqual({ success: true, value: expected })
  },
)

test.prop({ text: fc.string(), path: fc.string() })(
  'safeParsePlainDateTime fails with exactly the code and path that parsePlainDateTime throws',
  ({ text, path }) => {
    const result = safeParsePlainDateTime(text, path)
    if (result.success) expect(parsePlainDateTime(text, path)).toBe(result.value)
    else {
      expect(result.issues).toEqual([
        { code: 'INVALID_DATE_TIME', path, message: expect.any(String), details: expect.any(Object) },
      ])
      expect(() => parsePlainDateTime(text, path)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE_TIME', path }),
      )
    }
  },
)
