// Recurrence text as calendars export it: several lines, DTSTART with its zone, a bare rule
// line, EXDATE and RDATE lists, folded lines, and lines the reader cannot place.
import { describe, expect, test } from 'vitest'
import { expand, isSlotwiseError } from '../index.js'

const window = { start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 2, 31) }
const at = (day: number, hour: number) => Date.UTC(2024, 2, day, hour)

describe('multi-line recurrence text', () => {
  test('DTSTART with TZID, RRULE, EXDATE and RDATE lines', () => {
    const text = [
      'DTSTART;TZID=America/New_York:20240304T090000',
      'RRULE:FREQ=DAILY;COUNT=3',
      'EXDATE;TZID=America/New_York:20240305T090000',
      'RDATE;TZID=America/New_York:20240310T090000,20240311T090000',
    ].join('\r\n')
    // 09:00 New York: 14:00Z before 10 March, 13:00Z from then on.
    expect(expand({ rrule: text }, window)).toEqual([at(4, 14), at(6, 14), at(10, 13), at(11, 13)])
  })

  test('a bare FREQ= line beside DTSTART is the rule; a folded line is joined', () => {
    const text = 'DTSTART:20240304T090000Z\nFREQ=WEEKLY;COU\n NT=2'
    expect(expand({ rrule: text }, window)).toEqual([at(4, 9), at(11, 9)])
  })

  test('a DTSTART-only text with no line break is still read as lines', () => {
    expect(() => expand({ rrule: 'DTSTART:20240304T090000Z' }, window)).toThrow(
      expect.objectContaining({ code: 'INVALID_RRULE' }),
    )
  })

  test.each([
    ['a line with no name', 'DTSTART:20240304T090000Z\nCOUNT=2', 'NAME[;TZID=zone]:value'],
    [
      'an unknown line',
      'DTSTART:20240304T090000Z\nRRULE:FREQ=DAILY\nSUMMARY:x',
      'DTSTART, RRULE, EXDATE or RDATE',
    ],
    [
      'a date that does not exist',
      'DTSTART:20240230T090000Z\nRRULE:FREQ=DAILY',
      'YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] or YYYYMMDDTHHMMSS[Z]',
    ],
    ['an offset that is not one', 'DTSTART:2024-03-04T09:00+25:00\nRRULE:FREQ=DAILY', 'an offset ±HH:MM'],
  ])('%s is INVALID_RRULE, saying what was expected', (_, text, expected) => {
    try {
      expand({ rrule: text }, window)
    } catch (error) {
      expect(isSlotwiseError(error) && error.code).toBe('INVALID_RRULE')
      expect(isSlotwiseError(error) && error.details.expected).toBe(expected)
      return
    }
    throw new Error('no error')
  })
})
