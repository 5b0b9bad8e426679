import { describe, expect, test } from 'vitest'
import { formatPlainDateTime } from './formatPlainDateTime.js'

const invalidDateTime = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE_TIME', path })

describe('formatPlainDateTime', () => {
  test.each([
    [0, '1970-01-01T00:00:00'],
    [86_400_000, '1970-01-02T00:00:00'],
    [1_500, '1970-01-01T00:00:01.500'], // milliseconds only when not zero, always three digits
    [5, '1970-01-01T00:00:00.005'],
    [-1, '1969-12-31T23:59:59.999'], // floor, not truncation, before 1970
    [-86_400_000, '1969-12-31T00:00:00'],
    [-86_400_001, '1969-12-30T23:59:59.999'],
    [1_710_037_800_000, '2024-03-10T02:30:00'],
    [-62_135_596_800_000, '0001-01-01T00:00:00'],
    [253_402_300_799_999, '9999-12-31T23:59:59.999'],
  ])('formats %i as %s', (wall, text) => {
    expect(formatPlainDateTime(wall)).toBe(text)
  })

  test('formats -0 as 1970-01-01T00:00:00', () => {
    expect(formatPlainDateTime(-0)).toBe('1970-01-01T00:00:00')
  })

  test.each([
    ['one millisecond before 0001-01-01', -62_135_596_800_001],
    ['10000-01-01T00:00', 253_402_300_800_000],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 1.5],
    ['a string', '1970-01-01T00:00'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a Date', new Date(0)],
    ['a bigint', 0n],
    ['a 1 MB string', 'x'.repeat(1_000_000)],
  ])('rejects %s', (_, value) => {
    expect(() => formatPlainDateTime(value as number)).toThrow(invalidDateTime('wall'))
  })
})
