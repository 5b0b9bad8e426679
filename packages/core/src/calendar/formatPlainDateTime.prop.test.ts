import { fc, test } from '@fast-check/vitest'
import { MAX_WALL_MILLISECONDS, MIN_WALL_MILLISECONDS, wallMillisecondsArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { formatPlainDateTime } from './formatPlainDateTime.js'

const EPOCH = Temporal.PlainDateTime.from('1970-01-01T00:00')

test.prop({ wall: wallMillisecondsArbitrary() })(
  'agrees with Temporal.PlainDateTime#toString, milliseconds shown only when not zero',
  ({ wall }) => {
    const text = EPOCH.add({ milliseconds: wall }).toString({ fractionalSecondDigits: 3 })
    expect(formatPlainDateTime(wall)).toBe(text.endsWith('.000') ? text.slice(0, -4) : text)
  },
)

test.prop({
  wall: fc.oneof(
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: MIN_WALL_MILLISECONDS - 1 }),
    fc.integer({ min: MAX_WALL_MILLISECONDS + 1, max: Number.MAX_SAFE_INTEGER }),
    fc.double({ noInteger: true }),
  ),
})(
  'rejects every number outside years 0001–9999 or not an integer, with INVALID_DATE_TIME at wall',
  ({ wall }) => {
    expect(() => formatPlainDateTime(wall)).toThrow(
      expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE_TIME', path: 'wall' }),
    )
  },
)
