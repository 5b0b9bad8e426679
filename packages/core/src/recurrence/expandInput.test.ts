// What `expand` reads from its recurrence argument: the rule as text or as a parsed object,
// the zone and DTSTART from the fields or from the text's DTSTART line, the EXDATE and RDATE
// lists, and every refusal named at its field with what was expected there.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { expand, parseRRule } from '../index.js'

const JAN_2024 = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) }
const at = (day: number, hour: number, minute = 0) => Date.UTC(2024, 0, day, hour, minute)

describe('the rule', () => {
  test('a parsed rule gives the same instants as its text', () => {
    const text = 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5'
    const recurrence = { dtstart: '2024-01-01T09:00', timeZone: 'Europe/Paris' }
    const fromText = expand({ ...recurrence, rrule: text }, JAN_2024)
    expect(fromText).toEqual([at(1, 8), at(4, 8), at(8, 8), at(11, 8), at(15, 8)])
    expect(expand({ ...recurrence, rrule: parseRRule(text) }, JAN_2024)).toEqual(fromText)
  })

  test.each([
    ['a number', 42],
    ['missing', undefined],
  ])('an rrule that is %s is refused at recurrence.rrule, asking for a string', (_, rrule) => {
    const error = slotwiseErrorOf(() => expand({ dtstart: '2024-01-01T09:00', rrule } as never, JAN_2024))
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'recurrence.rrule' })
    expect(error.details.expected).toBe('a string')
  })

  test('an object that is not a parsed rule is refused at recurrence.rrule', () => {
    const error = slotwiseErrorOf(() =>
      expand({ dtstart: '2024-01-01T09:00', rrule: { freq: 'HOURLY', wkst: 'MO' } } as never, JAN_2024),
    )
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'recurrence.rrule' })
    expect(error.details.expected).toBe('an RRule from parseRRule')
  })

  test('text over 65 536 characters is TEXT_TOO_LONG with the limit and its length; 65 536 is read', () => {
    const padded = (length: number) => `FREQ=DAILY;COUNT=1${' '.repeat(length - 18)}`
    const dtstart = '2024-01-01T09:00'
    const error = slotwiseErrorOf(() => expand({ dtstart, rrule: padded(65_537) }, JAN_2024))
    expect(error).toMatchObject({ code: 'TEXT_TOO_LONG', path: 'recurrence.rrule' })
    expect(error.details).toEqual({ limit: 65_536, actual: 65_537 })
    expect(expand({ dtstart, rrule: padded(65_536) }, JAN_2024, { maxLength: 65_536 })).toEqual([at(1, 9)])
  })
})

describe('DTSTART and the zone', () => {
  const text = 'DTSTART;TZID=America/New_York:20240101T090000\nRRULE:FREQ=DAILY;COUNT=2'

  test('come from the text when the fields are absent', () => {
    expect(expand({ rrule: text }, JAN_2024)).toEqual([at(1, 14), at(2, 14)])
  })

  test('the fields win over the text', () => {
    expect(expand({ rrule: text, timeZone: 'UTC' }, JAN_2024)).toEqual([at(1, 9), at(2, 9)])
    expect(expand({ rrule: text, dtstart: '2024-01-10T07:30' }, JAN_2024)).toEqual([
      at(10, 12, 30),
      at(11, 12, 30),
    ])
  })

  test('without a zone anywhere the rule runs in UTC', () => {
    expect(expand({ dtstart: '2024-01-01T09:00', rrule: 'FREQ=DAILY;COUNT=1' }, JAN_2024)).toEqual([at(1, 9)])
  })

  test.each([
    ['missing', undefined],
    ['a date without a time', '2024-01-01'],
  ])('a DTSTART %s is refused, asking for a wall time or an instant', (_, dtstart) => {
    const error = slotwiseErrorOf(() => expand({ dtstart, rrule: 'FREQ=DAILY' } as never, JAN_2024))
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'recurrence.dtstart' })
    expect(error.details.expected).toBe('a wall time or an instant')
  })

  test('a first occurrence outside years 1 to 9999 is refused; the last millisecond of 9999 is not', () => {
    const endOfTime = Date.UTC(10_000, 0, 1)
    const error = slotwiseErrorOf(() =>
      expand({ dtstart: endOfTime, timeZone: 'UTC', rrule: 'FREQ=DAILY' }, JAN_2024),
    )
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'recurrence.dtstart' })
    expect(error.details.expected).toBe('a first occurrence in 0001-01-01…9999-12-31')
    expect(expand({ dtstart: endOfTime - 1, timeZone: 'UTC', rrule: 'FREQ=DAILY' }, JAN_2024)).toEqual([])
  })

  test('DTSTART read from the text is named DTSTART in the refusal', () => {
    const error = slotwiseErrorOf(() =>
      expand({ rrule: 'DTSTART:00010101T000000Z\nRRULE:FREQ=DAILY', timeZone: '-05:00' }, JAN_2024),
    )
    expect(error).toMatchObject({ code: 'INVALID_RRULE', path: 'recurrence.dtstart' })
    expect(error.details.value).toBe('"DTSTART"')
  })
})

describe('EXDATE and RDATE lists', () => {
  const daily = { dtstart: '2024-01-01T09:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;COUNT=3' }

  test('from the fields and the text together', () => {
    const recurrence = {
      ...daily,
      rrule: 'RRULE:FREQ=DAILY;COUNT=3\nEXDATE:20240102T090000Z\nRDATE:20240120T120000Z',
      exdates: ['2024-01-03T09:00'],
      rdates: [at(25, 6)],
    }
    expect(expand(recurrence, JAN_2024)).toEqual([at(1, 9), at(20, 12), at(25, 6)])
  })

  test.each([
    ['exdates', { exdates: 'yesterday' }, 'recurrence.exdates'],
    ['rdates', { rdates: {} }, 'recurrence.rdates'],
    ['an exdate', { exdates: [at(2, 9), 'soon'] }, 'recurrence.exdates[1]'],
    ['an rdate', { rdates: [undefined] }, 'recurrence.rdates[0]'],
  ])('%s that cannot be read is refused at its path', (_, lists, path) => {
    expect(slotwiseErrorOf(() => expand({ ...daily, ...lists } as never, JAN_2024))).toMatchObject({
      code: 'INVALID_RRULE',
      path,
    })
  })

  test('RDATEs count toward the limit: refused at recurrence.rdates past it, kept at it', () => {
    const recurrence = { ...daily, rdates: [at(20, 9), at(21, 9)] }
    const error = slotwiseErrorOf(() => expand(recurrence, JAN_2024, { limit: 4 }))
    expect(error).toMatchObject({ code: 'TOO_MANY_INSTANCES', path: 'recurrence.rdates' })
    expect(error.details).toMatchObject({ value: '5', expected: 'at most 4 instances' })
    expect(expand(recurrence, JAN_2024, { limit: 5 })).toHaveLength(5)
  })
})

describe('times of day', () => {
  test('BYSECOND=60 names no wall time and is skipped; the other seconds are kept, in order', () => {
    expect(
      expand({ dtstart: '2024-01-01T09:00', rrule: 'FREQ=DAILY;COUNT=2;BYSECOND=60,30,0' }, JAN_2024),
    ).toEqual([at(1, 9), at(1, 9) + 30_000])
  })

  test("DTSTART's milliseconds carry to every occurrence", () => {
    expect(expand({ dtstart: at(1, 9) + 250, rrule: 'FREQ=DAILY;COUNT=2' }, JAN_2024)).toEqual([
      at(1, 9) + 250,
      at(2, 9) + 250,
    ])
  })
})
