import { describe, expect, test } from 'vitest'
import { formatPlainTime } from './formatPlainTime.js'

const invalidTime = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_TIME', path })

describe('formatPlainTime', () => {
  test.each([
    [0, '00:00:00'],
    [1, '00:00:01'],
    [34_200, '09:30:00'],
    [34_215, '09:30:15'],
    [86_399, '23:59:59'],
    [86_400, '24:00:00'],
  ])('formats %i as %s', (seconds, text) => {
    expect(formatPlainTime(seconds)).toBe(text)
  })

  test.each([
    [0, '00:00'],
    [34_200, '09:30'],
    [86_340, '23:59'],
    [86_400, '24:00'],
  ])('formats %i to the minute as %s', (seconds, text) => {
    expect(formatPlainTime(seconds, { precision: 'minute' })).toBe(text)
  })

  test('formats -0 as midnight', () => {
    expect(formatPlainTime(-0)).toBe('00:00:00')
  })

  // Found by hostileInput.prop.test.ts: `options.precision` threw a TypeError on null.
  test('treats null options like no options', () => {
    expect(formatPlainTime(34_215, null as never)).toBe('09:30:15')
  })

  test('refuses to drop seconds at minute precision', () => {
    expect(() => formatPlainTime(34_215, { precision: 'minute' })).toThrow(invalidTime('seconds'))
  })

  test.each([
    ['-1', -1],
    ['86 401', 86_401],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 1.5],
    ['a string', '09:00'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a bigint', 60n],
    ['a 1 MB string', 'x'.repeat(1_000_000)],
  ])('rejects %s', (_, value) => {
    expect(() => formatPlainTime(value as number)).toThrow(invalidTime('seconds'))
  })
})
