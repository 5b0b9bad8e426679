import { describe, expect, test } from 'vitest'
import { isoWeekOf } from './isoWeekOf.js'
import { parsePlainDate } from './parsePlainDate.js'

const invalidDate = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path })

describe('isoWeekOf', () => {
  test.each([
    ['2024-12-30', 2025, 1], // a Monday in December that starts week 1 of the next year
    ['2024-12-31', 2025, 1],
    ['2021-01-03', 2020, 53], // a Sunday in January that ends week 53 of the year before
    ['2020-12-31', 2020, 53],
    ['2026-01-01', 2026, 1], // a Thursday: 1 January in week 1
    ['2027-01-01', 2026, 53], // a Friday: 1 January in the last week of the year before
    ['2005-01-02', 2004, 53],
    ['2005-01-03', 2005, 1],
    ['2008-12-29', 2009, 1],
    ['2023-12-31', 2023, 52],
    ['1970-01-01', 1970, 1],
    ['1969-12-31', 1970, 1], // 1970 week 1 started on Monday 1969-12-29
    ['1969-12-28', 1969, 52],
    ['2024-02-29', 2024, 9],
    ['0001-01-01', 1, 1], // a Monday
    ['0001-12-31', 2, 1],
    ['9999-01-01', 9998, 53],
    ['9999-12-31', 9999, 52],
  ])('%s is in %i week %i', (text, year, week) => {
    expect(isoWeekOf(parsePlainDate(text))).toEqual({ year, week })
  })

  test.each([
    ['the day before 0001-01-01', -719_163],
    ['the day after 9999-12-31', 2_932_897],
    ['NaN', Number.NaN],
    ['a fraction', 1.5],
    ['a string', '2024-12-30'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
  ])('rejects %s', (_, value) => {
    expect(() => isoWeekOf(value as number)).toThrow(invalidDate('days'))
  })
})
