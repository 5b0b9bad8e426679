import { fc, test } from '@fast-check/vitest'
import { plainTimeSecondsArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { formatPlainTime } from './formatPlainTime.js'

const MIDNIGHT = new Temporal.PlainTime()

test.prop({ seconds: plainTimeSecondsArbitrary({ endOfDay: false }) })(
  'agrees with Temporal.PlainTime#toString before 24:00',
  ({ seconds }) => {
    expect(formatPlainTime(seconds)).toBe(MIDNIGHT.add({ seconds }).toString())
  },
)

test.prop({ seconds: plainTimeSecondsArbitrary({ wholeMinutes: true }) })(
  'to the minute is the to-the-second text without its seconds',
  ({ seconds }) => {
    expect(formatPlainTime(seconds, { precision: 'minute' })).toBe(formatPlainTime(seconds).slice(0, 5))
  },
)

test.prop({
  seconds: fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 59 }))
    .map(([minutes, seconds]) => minutes * 60 + seconds),
})('to the minute refuses a time with seconds, with INVALID_TIME at seconds', ({ seconds }) => {
  expect(() => formatPlainTime(seconds, { precision: 'minute' })).toThrow(
    expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_TIME', path: 'seconds' }),
  )
})

test.prop({
  seconds: fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 86_401 }), fc.double({ noInteger: true })),
})('rejects every number outside 0…86 400 or not an integer, with INVALID_TIME at seconds', ({ seconds }) => {
  expect(() => formatPlainTime(seconds)).toThrow(
    expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_TIME', path: 'seconds' }),
  )
})
