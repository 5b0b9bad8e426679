import { describe, expect, test } from 'vitest'
import { formatPlainDate } from './formatPlainDate.js'

const invalidDate = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path })

describe('formatPlainDate', () => {
  test.each([
    [0, '1970-01-01'],
    [1, '1970-01-02'],
    [-1, '1969-12-31'],
    [-365, '1969-01-01'],
    [-25_509, '1900-02-28'],
    [-25_508, '1900-03-01'], // 1900 has no 29 February
    [-329_893, '1066-10-14'], // proleptic Gregorian, no Julian switch
    [-141_438, '1582-10-04'],
    [-141_427, '1582-10-15'],
    [11_016, '2000-02-29'],
    [19_782, '2024-02-29'],
    [20_088, '2024-12-31'],
    [-719_162, '0001-01-01'], // four-digit years, zero-padded
    [-718_798, '0001-12-31'],
    [2_932_896, '9999-12-31'],
  ])('formats %i as %s', (days, text) => {
    expect(formatPlainDate(days)).toBe(text)
  })

  test('formats -0 as 1970-01-01', () => {
    expect(formatPlainDate(-0)).toBe('1970-01-01')
  })

  test.each([
    ['the day before 0001-01-01', -719_163],
    ['the day after 9999-12-31', 2_932_897],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 1.5],
    ['a string', '1970-01-01'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a bigint', 0n],
    ['a 1 MB string', 'x'.repeat(1_000_000)],
  ])('rejects %s', (_, value) => {
    expect(() => formatPlainDate(value as number)).toThrow(invalidDate('days'))
  })
})
