// What a caller reads in an error: the field's path, the one-line summary of the code, the
// offending value rendered short and safe, what was expected, a limit, suggestions. And
// which values count as Slotwise errors, and what the safe parsers do with other errors.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import {
  isSlotwiseError,
  parsePlainDate,
  SlotwiseError,
  safeParsePlainDate,
  safeParseRRule,
  toInstant,
} from './index.js'

const messageOf = (run: () => unknown): string => slotwiseErrorOf(run).message

const DATE = 'date: a date must be a real calendar date written YYYY-MM-DD'

describe('the offending value in a message', () => {
  test.each([
    ['a string, quoted', '2024-02-30', '"2024-02-30"'],
    ['-0, with its sign', -0, '-0'],
    ['a number', 5.5, '5.5'],
    ['a bigint, with its n', 10n, '10n'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a boolean', true, 'true'],
    ['an array, by its length', [1, 2, 3], 'an array of 3'],
    ['an object, never its contents', { secret: 'x' }, 'an object'],
    ['a function', () => 1, 'a function'],
    ['a symbol', Symbol('s'), 'a symbol'],
  ])('%s', (_, value, shown) => {
    expect(messageOf(() => parsePlainDate(value))).toBe(`${DATE}; got ${shown}; expected YYYY-MM-DD`)
  })

  test('a long value is cut at 60 characters with an ellipsis', () => {
    const message = messageOf(() => parsePlainDate('y'.repeat(100)))
    expect(message).toBe(`${DATE}; got "${'y'.repeat(59)}…; expected YYYY-MM-DD`)
  })
})

describe('the rest of a message', () => {
  test('a limit, with the amount that passed it when known', () => {
    const error = new SlotwiseError('TOO_MANY_EVENTS', {
      path: 'people[0].busy',
      details: { limit: 10, actual: 12 },
    })
    expect(error.message).toBe(
      'people[0].busy: the request has more busy events than allowed; limit 10, got 12',
    )
    expect(new SlotwiseError('TOO_MANY_EVENTS', { details: { limit: 10 } }).message).toBe(
      'the request has more busy events than allowed; limit 10',
    )
  })

  test('suggestions, quoted; none at all says nothing', () => {
    expect(messageOf(() => toInstant('2024-01-01T00:00', 'America/New_Yrok'))).toMatch(
      /; got "America\/New_Yrok"; did you mean "America\/New_York"\?$/,
    )
    const bare = new SlotwiseError('INVALID_TIME_ZONE', { details: { suggestions: [] } })
    expect(bare.message).toBe('unknown time zone: use an IANA id, "UTC" or a fixed offset like "+05:30"')
  })

  test('the cause is kept when given, and absent otherwise', () => {
    const cause = new RangeError('inner')
    expect(new SlotwiseError('UNSUPPORTED', { cause }).cause).toBe(cause)
    expect('cause' in new SlotwiseError('UNSUPPORTED')).toBe(false)
  })
})

describe('isSlotwiseError', () => {
  test('true for an error from any copy of the package, by its global brand', () => {
    expect(isSlotwiseError(new SlotwiseError('INVALID_DATE'))).toBe(true)
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('slotwise.error'), { value: true })
    expect(isSlotwiseError(foreign)).toBe(true)
  })

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'SlotwiseError'],
    ['a function carrying the brand', Object.assign(() => 1, { [Symbol.for('slotwise.error')]: true })],
    ['an error without the brand', new TypeError('x')],
    ['an object with the name and code', { name: 'SlotwiseError', code: 'INVALID_DATE', path: '' }],
    ['a brand that is not true', { [Symbol.for('slotwise.error')]: 'yes' }],
  ])('false for %s', (_, value) => {
    expect(isSlotwiseError(value)).toBe(false)
  })
})

test('a safe parser turns a SlotwiseError into issues and lets any other error through', () => {
  expect(safeParsePlainDate('2024-02-30')).toEqual({
    success: false,
    issues: [expect.objectContaining({ code: 'INVALID_DATE', path: 'date' })],
  })
  // An exception from the caller's own code (here a getter) is not bad input to report as an
  // issue: it reaches the caller as it was thrown.
  const options = {
    get maxLength(): number {
      throw new RangeError('from the caller')
    },
  }
  expect(() => safeParseRRule('FREQ=DAILY', options)).toThrow(RangeError)
})
