import { describe, expect, test } from 'vitest'
import { parsePlainDate } from './parsePlainDate.js'
import { weekdayOf } from './weekday.js'

const invalidDate = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path })

describe('weekdayOf', () => {
  test('1970-01-01 was a Thursday (4)', () => {
    expect(weekdayOf(0)).toBe(4)
  })

  test.each([
    ['1969-12-31', 3], // negative day numbers must not give a negative remainder
    ['1969-12-29', 1],
    ['1969-12-28', 7],
    ['2024-03-10', 7],
    ['2024-12-30', 1],
    ['0001-01-01', 1],
    ['9999-12-31', 5],
  ])('%s is weekday %i', (text, weekday) => {
    expect(weekdayOf(parsePlainDate(text))).toBe(weekday)
  })

  test.each([
    ['the day before 0001-01-01', -719_163],
    ['the day after 9999-12-31', 2_932_897],
    ['NaN', Number.NaN],
    ['a fraction', 1.5],
    ['a string', '2024-03-10'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
  ])('rejects %s', (_, value) => {
    expect(() => weekdayOf(value as number)).toThrow(invalidDate('days'))
  })
})
