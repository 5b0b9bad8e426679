// Edges of the small readers that every entry point leans on, each one a mistake a caller
// can make: a letter where a digit goes, a missing separator, an option spelled wrong, a
// number written as a string, a required count left out. Each is refused with its code,
// its path, and details that say what was given and what was expected.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import {
  addDays,
  availability,
  formatPlainDate,
  formatPlainTime,
  parsePlainDate,
  parsePlainTime,
  plainDateFromFields,
} from '../index.js'

describe('parsePlainTime reads digits and colons where they belong', () => {
  test.each(['x9:00', '09:a0', '09:0a', '09:00:b0', '09:00:0b', '09:00x00', '0900:00', '09-00'])(
    '%s is INVALID_TIME',
    (text) => {
      expect(slotwiseErrorOf(() => parsePlainTime(text))).toMatchObject({
        code: 'INVALID_TIME',
        path: 'time',
      })
    },
  )

  test('the same shapes with digits are read', () => {
    expect(parsePlainTime('09:30')).toBe(34_200)
    expect(parsePlainTime('09:30:15')).toBe(34_215)
  })
})

describe('formatPlainTime options', () => {
  test("precision 'second' is the default, and an unknown one is INVALID_ARGUMENT at options.precision", () => {
    expect(formatPlainTime(34_215, { precision: 'second' })).toBe('09:30:15')
    const error = slotwiseErrorOf(() => formatPlainTime(34_200, { precision: 'hour' as never }))
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'options.precision' })
    expect(error.details).toEqual({ value: '"hour"', expected: 'second | minute' })
  })
})

describe('plainDateFromFields checks each field', () => {
  test.each([
    [{ year: 2024.5, month: 1, day: 1 }, '2024.5-1-1'],
    [{ year: 2024, month: 1.5, day: 1 }, '2024-1.5-1'],
    [{ year: 2024, month: 0, day: 1 }, '2024-0-1'],
    [{ year: 2024, month: 13, day: 1 }, '2024-13-1'],
  ])('%o is INVALID_DATE', (fields, shown) => {
    const error = slotwiseErrorOf(() => plainDateFromFields(fields))
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: 'date' })
    expect(error.details).toEqual({ value: shown })
  })
})

describe('details say what was given and what was expected', () => {
  test.each([
    ['addDays, a fractional count', () => addDays(0, 1.5), 'count', '1.5'],
    ['formatPlainDate, a day past 9999', () => formatPlainDate(3e6), 'days', '3000000'],
    ['parsePlainDate, a string', () => parsePlainDate('2024-13-01'), 'date', '"2024-13-01"'],
  ])('%s', (_, run, path, value) => {
    const error = slotwiseErrorOf(run)
    expect(error.path).toBe(path)
    expect(error.details.value).toBe(value)
    expect(error.details.expected).toMatch(/\S/)
  })
})

describe('numbers and counts in a request', () => {
  const request = {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      { id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '12:00' }] } } },
      { id: 'ben', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '12:00' }] } } },
    ],
    policy: { durationMinutes: 60 },
  }

  test('a look-busy percentage written as a string is refused, not compared as text', () => {
    const policy = { durationMinutes: 60, lookBusy: { percent: '50', seed: 's' } }
    const error = slotwiseErrorOf(() => availability({ ...request, policy } as never))
    expect(error).toMatchObject({ code: 'INVALID_POLICY', path: 'policy.lookBusy.percent' })
    expect(error.details).toEqual({ value: '"50"', expected: 'a number 0…100' })
  })

  test('atLeast without its count is refused at team.count', () => {
    const error = slotwiseErrorOf(() => availability({ ...request, team: { mode: 'atLeast' } } as never))
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', path: 'team.count' })
    expect(error.details).toEqual({ value: 'undefined', expected: 'an integer 1…2' })
  })
})
