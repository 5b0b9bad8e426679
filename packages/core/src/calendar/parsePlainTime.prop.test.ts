import { fc, test } from '@fast-check/vitest'
import { nearMissTextArbitrary, plainTimeSecondsArbitrary, plainTimeTextArbitrary } from '@slotwise/testkit'
import { expect } from 'vitest'
import { formatPlainTime } from './formatPlainTime.js'
import { parsePlainTime, safeParsePlainTime } from './parsePlainTime.js'

// The whole grammar of a time of day, written independently of the scanner.
const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?|24:00(?::00)?)$/

function expectedSeconds(text: string): number | undefined {
  const match = TIME_OF_DAY.exec(text)
  if (match === null) return undefined
  if (match[1] === undefined) return 86_400
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? '0')
}

test.prop({ seconds: plainTimeSecondsArbitrary() })(
  'parse after format is the identity on every second of the day, 24:00 included',
  ({ seconds }) => {
    expect(parsePlainTime(formatPlainTime(seconds))).toBe(seconds)
  },
)

test.prop({ seconds: plainTimeSecondsArbitrary({ wholeMinutes: true }) })(
  'parse after format to the minute is the identity on whole minutes',
  ({ seconds }) => {
    expect(parsePlainTime(formatPlainTime(seconds, { precision: 'minute' }))).toBe(seconds)
  },
)

test.prop({ text: plainTimeTextArbitrary() })(
  'format after parse is the identity on canonical text of either precision',
  ({ text }) => {
    const precision = text.length === 5 ? 'minute' : 'second'
    expect(formatPlainTime(parsePlainTime(text), { precision })).toBe(text)
  },
)

test.prop({ text: nearMissTextArbitrary(plainTimeTextArbitrary()) })(
  'accepts a near miss exactly when it matches HH:MM[:SS] within 00:00–24:00',
  ({ text }) => {
    const expected = expectedSeconds(text)
    const result = safeParsePlainTime(text)
    if (expected === undefined) expect(result.success).toBe(false)
    else expect(result).toEqual({ success: true, value: expected })
  },
)

test.prop({ text: fc.string(), path: fc.string() })(
  'safeParsePlainTime fails with exactly the code and path that parsePlainTime throws',
  ({ text, path }) => {
    const result = safeParsePlainTime(text, path)
    if (result.success) expect(parsePlainTime(text, path)).toBe(result.value)
    else {
      expect(result.issues).toEqual([
        { code: 'INVALID_TIME', path, message: expect.any(String), details: expect.any(Object) },
      ])
      expect(() => parsePlainTime(text, path)).toThrow(
        expect.objectContaining({ code: 'INVALID_TIME', path }),
      )
    }
  },
)
