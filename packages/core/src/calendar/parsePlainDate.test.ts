import { describe, expect, test } from 'vitest'
import { parsePlainDate, safeParsePlainDate } from './parsePlainDate.js'

const invalidDate = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path })

describe('parsePlainDate', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['1969-01-01', -365],
    ['2024-03-10', 19_792],
  ])('%s is day %i', (text, days) => {
    expect(parsePlainDate(text)).toBe(days)
  })

  test.each([
    ['2000-02-29', 11_016], // divisible by 400: a leap year
    ['1600-02-29', -135_081],
    ['2024-02-29', 19_782], // divisible by 4, not by 100
  ])('accepts the leap day %s', (text, days) => {
    expect(parsePlainDate(text)).toBe(days)
  })

  test.each([
    '1900-02-29', // divisible by 100, not by 400: a common year
    '2023-02-29',
    '2100-02-29',
    '2024-02-30',
  ])('rejects %s, which does not exist', (text) => {
    expect(() => parsePlainDate(text)).toThrow(invalidDate('date'))
  })

  test('1900-02-28 is followed by 1900-03-01', () => {
    expect(parsePlainDate('1900-03-01') - parsePlainDate('1900-02-28')).toBe(1)
  })

  test('accepts the first and last supported dates', () => {
    expect(parsePlainDate('0001-01-01')).toBe(-719_162)
    expect(parsePlainDate('9999-12-31')).toBe(2_932_896)
  })

  test.each(['0000-01-01', '0000-12-31', '10000-01-01', '-0001-01-01', '+002024-01-01'])(
    'rejects %s, outside years 0001–9999',
    (text) => {
      expect(() => parsePlainDate(text)).toThrow(invalidDate('date'))
    },
  )

  test.each([
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-04-31', // April has 30 days
    '2024-01-32',
    '2024-1-01',
    '2024-01-1',
    '24-01-01',
    '2024/01/01',
    '20240101',
    '2024-01-01T00:00',
    '2024-01-01Z',
    ' 2024-01-01',
    '2024-01-01 ',
    '2024-W01-1',
    '2024-001',
    '２０２４-01-01', // full-width digits
    '',
  ])('rejects the text %j', (text) => {
    expect(() => parsePlainDate(text)).toThrow(invalidDate('date'))
  })

  test.each([
    ['NaN', Number.NaN],
    ['a number', 19_782],
    ['a fraction', 1.5],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a boxed string', Object('2024-02-29')],
    ['a Date', new Date(0)],
    ['an array', ['2024-02-29']],
  ])('rejects %s', (_, value) => {
    expect(() => parsePlainDate(value)).toThrow(invalidDate('date'))
  })

  test('rejects a 1 MB string quickly', () => {
    expect(() => parsePlainDate('2024-01-01'.repeat(100_000))).toThrow(invalidDate('date'))
  })

  test('reports the path it is given', () => {
    expect(() => parsePlainDate('2024-02-30', 'holidays[3]')).toThrow(invalidDate('holidays[3]'))
  })
})

describe('safeParsePlainDate', () => {
  test('returns the day number of a valid date', () => {
    expect(safeParsePlainDate('2024-02-29')).toEqual({ success: true, value: 19_782 })
  })

  test('returns one issue with code and the default path', () => {
    expect(safeParsePlainDate('2024-13-01')).toEqual({
      success: false,
      issues: [
        { code: 'INVALID_DATE', path: 'date', message: expect.any(String), details: expect.any(Object) },
      ],
    })
  })

  test('returns the path it is given', () => {
    expect(safeParsePlainDate(null, 'from')).toEqual({
      success: false,
      issues: [
        { code: 'INVALID_DATE', path: 'from', message: expect.any(String), details: expect.any(Object) },
      ],
    })
  })
})
