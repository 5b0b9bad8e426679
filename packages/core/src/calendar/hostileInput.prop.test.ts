import { fc, test } from '@fast-check/vitest'
import {
  hostileInputArbitrary,
  nearMissTextArbitrary,
  plainDateTextArbitrary,
  plainDateTimeTextArbitrary,
  plainTimeTextArbitrary,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import type { SafeParseResult } from '../SafeParseResult.js'
import { isSlotwiseError } from '../SlotwiseError.js'
import { addDays } from './addDays.js'
import { formatPlainDate } from './formatPlainDate.js'
import { formatPlainDateTime } from './formatPlainDateTime.js'
import { formatPlainTime } from './formatPlainTime.js'
import { isoWeekOf } from './isoWeekOf.js'
import { parsePlainDate, safeParsePlainDate } from './parsePlainDate.js'
import { parsePlainDateTime, safeParsePlainDateTime } from './parsePlainDateTime.js'
import { parsePlainTime, safeParsePlainTime } from './parsePlainTime.js'
import { plainDateFromFields, plainDateToFields } from './plainDateFields.js'
import { weekdayOf } from './weekday.js'

// Whatever a JavaScript caller passes, a calendar function either returns or throws a
// SlotwiseError: a TypeError or RangeError escaping would be a bug, and would also escape
// the safeParse… functions, which only catch SlotwiseError.

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  nearMissTextArbitrary(plainDateTextArbitrary()),
  nearMissTextArbitrary(plainTimeTextArbitrary()),
  nearMissTextArbitrary(plainDateTimeTextArbitrary()),
)
const anyInput = fc.oneof(hostileInputArbitrary(), anyText)
const anyFields = fc.oneof(
  anyInput,
  fc.record({ year: anyInput, month: anyInput, day: anyInput }, { requiredKeys: [] }),
)

function outcomeOf(run: () => unknown): 'returned' | 'SlotwiseError' | unknown {
  try {
    run()
    return 'returned'
  } catch (error) {
    return isSlotwiseError(error) ? 'SlotwiseError' : error
  }
}

const expectReturnsOrSlotwiseError = (run: () => unknown) => {
  expect(['returned', 'SlotwiseError']).toContain(outcomeOf(run))
}

const calls: ReadonlyArray<readonly [string, (value: unknown, other: unknown) => unknown]> = [
  ['parsePlainDate', (value) => parsePlainDate(value)],
  ['parsePlainTime', (value) => parsePlainTime(value)],
  ['parsePlainDateTime', (value) => parsePlainDateTime(value)],
  ['formatPlainDate', (value) => formatPlainDate(value as number)],
  ['formatPlainTime', (value) => formatPlainTime(value as number)],
  ['formatPlainTime with options', (value, options) => formatPlainTime(value as number, options as never)],
  ['formatPlainDateTime', (value) => formatPlainDateTime(value as number)],
  ['weekdayOf', (value) => weekdayOf(value as number)],
  ['isoWeekOf', (value) => isoWeekOf(value as number)],
  ['addDays', (value, count) => addDays(value as number, count as number)],
  ['plainDateFromFields', (value) => plainDateFromFields(value as never)],
  ['plainDateToFields', (value) => plainDateToFields(value as number)],
]

describe.each(calls)('%s', (_, call) => {
  test.prop({ value: anyInput, other: anyInput })(
    'returns or throws a SlotwiseError, never another error',
    ({ value, other }) => {
      expectReturnsOrSlotwiseError(() => call(value, other))
    },
  )
})

test.prop({ fields: anyFields })(
  'plainDateFromFields returns or throws a SlotwiseError on any fields',
  ({ fields }) => {
    expectReturnsOrSlotwiseError(() => plainDateFromFields(fields as never))
  },
)

test.prop({ days: fc.integer({ min: -800_000, max: 3_000_000 }), count: anyInput })(
  'addDays returns or throws a SlotwiseError for any count',
  ({ days, count }) => {
    expectReturnsOrSlotwiseError(() => addDays(days, count as number))
  },
)

const safeParsers: ReadonlyArray<
  readonly [string, (value: unknown, path?: string) => SafeParseResult<number>]
> = [
  ['safeParsePlainDate', safeParsePlainDate],
  ['safeParsePlainTime', safeParsePlainTime],
  ['safeParsePlainDateTime', safeParsePlainDateTime],
]

describe.each(safeParsers)('%s', (_, safeParse) => {
  test.prop({ value: anyInput })(
    'never throws, and returns a safe integer or exactly one issue',
    ({ value }) => {
      const result = safeParse(value)
      if (result.success) expect(Number.isSafeInteger(result.value)).toBe(true)
      else {
        expect(result.issues).toHaveLength(1)
        expect(result.issues[0]?.message).toEqual(expect.any(String))
      }
    },
  )
})
