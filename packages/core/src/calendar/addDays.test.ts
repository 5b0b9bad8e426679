import { describe, expect, test } from 'vitest'
import { addDays } from './addDays.js'
import { formatPlainDate } from './formatPlainDate.js'
import { parsePlainDate } from './parsePlainDate.js'

const slotwiseError = (code: string, path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code, path })

const add = (text: string, count: number) => formatPlainDate(addDays(parsePlainDate(text), count))

describe('addDays', () => {
  test.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-28', 2, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-04-30', 1, '2024-05-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['1970-01-01', -1, '1969-12-31'],
    ['1969-12-31', 1, '1970-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-03-10', 0, '2024-03-10'],
    ['0001-01-01', 3_652_058, '9999-12-31'],
    ['9999-12-31', -3_652_058, '0001-01-01'],
  ])('%s plus %i days is %s', (text, count, expected) => {
    expect(add(text, count)).toBe(expected)
  })

  test('treats -0 as zero days', () => {
    expect(addDays(19_782, -0)).toBe(19_782)
  })

  test.each([
    ['9999-12-31', 1],
    ['0001-01-01', -1],
    ['2024-01-01', 10_000_000],
    ['2024-01-01', Number.MAX_SAFE_INTEGER],
    ['2024-01-01', -Number.MAX_SAFE_INTEGER],
    ['2024-01-01', 1e300],
  ])('fails with INVALID_DATE at count when %s plus %d days leaves years 0001–9999', (text, count) => {
    expect(() => addDays(parsePlainDate(text), count)).toThrow(slotwiseError('INVALID_DATE', 'count'))
  })

  test.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 1.5],
    ['a numeric string', '1'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a bigint', 1n],
  ])('rejects a count that is %s with INVALID_ARGUMENT', (_, count) => {
    expect(() => addDays(0, count as number)).toThrow(slotwiseError('INVALID_ARGUMENT', 'count'))
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
  ])('rejects a start day that is %s with INVALID_DATE at days', (_, days) => {
    expect(() => addDays(days as number, 1)).toThrow(slotwiseError('INVALID_DATE', 'days'))
  })
})
