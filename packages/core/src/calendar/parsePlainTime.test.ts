import { describe, expect, test } from 'vitest'
import { parsePlainTime, safeParsePlainTime } from './parsePlainTime.js'

const invalidTime = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_TIME', path })

describe('parsePlainTime', () => {
  test.each([
    ['00:00', 0],
    ['00:00:00', 0],
    ['00:00:01', 1],
    ['09:30', 34_200],
    ['09:30:15', 34_215],
    ['12:00', 43_200],
    ['23:59', 86_340],
    ['23:59:59', 86_399],
  ])('%s is %i seconds after midnight', (text, seconds) => {
    expect(parsePlainTime(text)).toBe(seconds)
  })

  test.each(['24:00', '24:00:00'])('accepts %s as the end of the day, 86 400', (text) => {
    expect(parsePlainTime(text)).toBe(86_400)
  })

  test.each([
    '24:00:01', // only the exact end of the day is allowed past 23:59:59
    '24:01',
    '25:00',
    '99:00',
    '23:60',
    '12:00:60', // no leap seconds
    '7:30', // two-digit hours only
    '07:3',
    ' 09:00',
    '09:00 ',
    '09:00\n',
    '09:00:00.5', // no fractions in times of day
    '09:00Z',
    '09:00+01:00',
    '0900',
    '09-00',
    '09.00',
    '9:30 AM',
    'T09:00',
    '09:00:',
    '09::00',
    '-1:00',
    '+9:00',
    '０９:００', // full-width digits
    '',
  ])('rejects %j', (text) => {
    expect(() => parsePlainTime(text)).toThrow(invalidTime('time'))
  })

  test.each([
    ['NaN', Number.NaN],
    ['a number', 34_200],
    ['a fraction', 1.5],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a boxed string', Object('09:00')],
    ['an array', ['09:00']],
  ])('rejects %s', (_, value) => {
    expect(() => parsePlainTime(value)).toThrow(invalidTime('time'))
  })

  test('rejects a 1 MB string', () => {
    expect(() => parsePlainTime('09:00'.repeat(200_000))).toThrow(invalidTime('time'))
  })

  test('reports the path it is given', () => {
    expect(() => parsePlainTime('25:00', 'weekly[0].to')).toThrow(invalidTime('weekly[0].to'))
  })
})

describe('safeParsePlainTime', () => {
  test('returns the seconds of a valid time', () => {
    expect(safeParsePlainTime('24:00')).toEqual({ success: true, value: 86_400 })
  })

  test('returns one issue with code and the default path', () => {
    expect(safeParsePlainTime('7:30')).toEqual({
      success: false,
      issues: [
        { code: 'INVALID_TIME', path: 'time', message: expect.any(String), details: expect.any(Object) },
      ],
    })
  })

  test('returns the path it is given', () => {
    expect(safeParsePlainTime(undefined, 'from')).toEqual({
      success: false,
      issues: [
        { code: 'INVALID_TIME', path: 'from', message: expect.any(String), details: expect.any(Object) },
      ],
    })
  })
})
