// UNTIL must name a real date and time, the parser's options are checked with their own
// paths, and rule text is read part by part: what a caller gets wrong in a rule is named.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { parseRRule } from '../index.js'

describe('UNTIL', () => {
  test.each(['20240229', '20000229', '20241231T235959Z', '00010101'])('%s is a real date', (until) => {
    expect(parseRRule(`FREQ=DAILY;UNTIL=${until}`).until).toBe(until)
  })

  test.each([
    ['20230229', 'a real date'],
    ['19000229', 'a real date'],
    ['20241301', 'a real date'],
    ['20240001', 'a real date'],
    ['20240100', 'a real date'],
    ['20240431', 'a real date'],
    ['00000101', 'a real date'],
    ['20240101T240000', 'a real time'],
    ['20240101T236000', 'a real time'],
    ['20240101T235960', 'a real time'],
    ['2024-01-01', 'YYYYMMDD or YYYYMMDDTHHMMSS[Z]'],
  ])('%s is refused: %s', (until, expected) => {
    const error = slotwiseErrorOf(() => parseRRule(`FREQ=DAILY;UNTIL=${until}`))
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'UNTIL' })
    expect(error.details.expected).toBe(expected)
  })
})

describe('options', () => {
  test.each([
    ['options', 'x', 'options'],
    ['maxLength', { maxLength: 0 }, 'options.maxLength'],
    ['maxCount', { maxCount: 0 }, 'options.maxCount'],
    ['maxInterval', { maxInterval: 1e7 }, 'options.maxInterval'],
  ])('%s out of range is INVALID_ARGUMENT at its path', (_, options, path) => {
    expect(slotwiseErrorOf(() => parseRRule('FREQ=DAILY', options as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path,
    })
  })

  test('raised caps let larger COUNT and INTERVAL through', () => {
    expect(parseRRule('FREQ=DAILY;COUNT=20000', { maxCount: 20_000 }).count).toBe(20_000)
    expect(() => parseRRule('FREQ=DAILY;COUNT=20000')).toThrow(expect.objectContaining({ path: 'COUNT' }))
    expect(parseRRule('FREQ=DAILY;INTERVAL=2000', { maxInterval: 2000 }).interval).toBe(2000)
  })
})

describe('rule text', () => {
  test('text that is not a string is refused at the root, saying so', () => {
    const error = slotwiseErrorOf(() => parseRRule(5 as never))
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: '' })
    expect(error.details).toEqual({ value: '5', expected: 'a string' })
  })

  test('an RRULE: prefix in any case is dropped', () => {
    expect(parseRRule('rrule:FREQ=DAILY;COUNT=2')).toEqual(parseRRule('FREQ=DAILY;COUNT=2'))
  })

  test.each([
    ['a part without =', 'FREQ=DAILY;COUNT', 'COUNT', 'NAME=VALUE'],
    ['an empty value', 'FREQ=DAILY;COUNT=', 'COUNT', 'NAME=VALUE'],
    ['a repeated part', 'FREQ=DAILY;COUNT=2;COUNT=3', 'COUNT', 'each part once'],
    [
      'a sub-daily frequency',
      'FREQ=HOURLY',
      'FREQ',
      'YEARLY, MONTHLY, WEEKLY or DAILY (sub-daily rules are not supported)',
    ],
    [
      'MINUTELY',
      'FREQ=MINUTELY',
      'FREQ',
      'YEARLY, MONTHLY, WEEKLY or DAILY (sub-daily rules are not supported)',
    ],
    [
      'SECONDLY',
      'FREQ=SECONDLY',
      'FREQ',
      'YEARLY, MONTHLY, WEEKLY or DAILY (sub-daily rules are not supported)',
    ],
    ['an unknown frequency', 'FREQ=FORTNIGHTLY', 'FREQ', 'YEARLY, MONTHLY, WEEKLY or DAILY'],
    ['zero where it cannot be', 'FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY', 'an integer -31…31, not 0'],
    ['a number past its range', 'FREQ=DAILY;BYHOUR=24', 'BYHOUR', 'an integer 0…23'],
    ['not a number', 'FREQ=DAILY;BYHOUR=9am', 'BYHOUR', 'an integer 0…23'],
  ])('%s is refused at its part, saying what was expected', (_, text, path, expected) => {
    const error = slotwiseErrorOf(() => parseRRule(text))
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path })
    expect(error.details.expected).toBe(expected)
  })
})
