import { describe, expect, test } from 'vitest'
import { plainDateFromFields, plainDateToFields } from './plainDateFields.js'

const invalidDate = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path })

describe('plainDateFromFields', () => {
  test.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11_017],
    [2000, 2, 29, 11_016],
    [2024, 2, 29, 19_782],
    [1, 1, 1, -719_162],
    [9999, 12, 31, 2_932_896],
  ])('%i-%i-%i is day %i', (year, month, day, days) => {
    expect(plainDateFromFields({ year, month, day })).toBe(days)
  })

  test.each([
    ['30 February', { year: 2024, month: 2, day: 30 }],
    ['29 February 1900', { year: 1900, month: 2, day: 29 }],
    ['29 February 2023', { year: 2023, month: 2, day: 29 }],
    ['31 April', { year: 2024, month: 4, day: 31 }],
    ['month 13', { year: 2024, month: 13, day: 1 }],
    ['month 0', { year: 2024, month: 0, day: 1 }],
    ['day 0', { year: 2024, month: 1, day: 0 }],
    ['year 0', { year: 0, month: 1, day: 1 }],
    ['year 10000', { year: 10_000, month: 1, day: 1 }],
    ['a negative year', { year: -1, month: 1, day: 1 }],
    ['a fractional day', { year: 2024, month: 1, day: 1.5 }],
    ['a NaN month', { year: 2024, month: Number.NaN, day: 1 }],
    ['numeric strings', { year: '2024', month: '1', day: '1' }],
    ['a missing day', { year: 2024, month: 1 }],
    ['an empty object', {}],
    ['null', null],
    ['undefined', undefined],
    ['a number', 19_782],
    ['a string', '2024-01-01'],
  ])('rejects %s', (_, fields) => {
    expect(() => plainDateFromFields(fields as never)).toThrow(invalidDate('date'))
  })

  test('reports the path it is given', () => {
    expect(() => plainDateFromFields({ year: 2024, month: 2, day: 30 }, 'holiday')).toThrow(
      invalidDate('holiday'),
    )
  })
})

describe('plainDateToFields', () => {
  test.each([
    [0, 1970, 1, 1],
    [-1, 1969, 12, 31],
    [19_782, 2024, 2, 29],
    [-25_508, 1900, 3, 1],
    [-719_162, 1, 1, 1],
    [2_932_896, 9999, 12, 31],
  ])('day %i is %i-%i-%i', (days, year, month, day) => {
    expect(plainDateToFields(days)).toEqual({ year, month, day })
  })

  test.each([
    ['the day before 0001-01-01', -719_163],
    ['the day after 9999-12-31', 2_932_897],
    ['NaN', Number.NaN],
    ['a fraction', 1.5],
    ['a string', '2024-01-01'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
  ])('rejects %s', (_, days) => {
    expect(() => plainDateToFields(days as number)).toThrow(invalidDate('days'))
  })
})
