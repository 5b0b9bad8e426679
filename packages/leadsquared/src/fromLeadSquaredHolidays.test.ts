import { describe, expect, test } from 'vitest'
import calendars from './__fixtures__/team/holiday-calendars.json' with { type: 'json' }
import { fromLeadSquaredHolidays, safeFromLeadSquaredHolidays } from './fromLeadSquaredHolidays.js'

describe('fromLeadSquaredHolidays', () => {
  test('maps the fixture calendars (snapshot)', () => {
    expect(calendars.map((calendar) => fromLeadSquaredHolidays(calendar))).toMatchSnapshot()
  })

  test('a date, an inclusive range, a one-day range, and the bare list', () => {
    const holidays = [
      { Name: 'Holi', Date: '2026-03-04' },
      { Name: 'Diwali', FromDate: '2026-11-08', ToDate: '2026-11-09' },
      { Name: 'One day', FromDate: '2026-12-25', ToDate: '2026-12-25' },
      { Name: 'Open-ended', FromDate: '2026-12-31' },
    ]
    const expected = ['2026-03-04', { from: '2026-11-08', to: '2026-11-09' }, '2026-12-25', '2026-12-31']
    expect(fromLeadSquaredHolidays({ Holidays: holidays }).value).toEqual(expected)
    expect(fromLeadSquaredHolidays(holidays).value).toEqual(expected)
  })

  test.each([
    [{ Holidays: [{ Date: '2026-02-30' }] }, 'Holidays[0].Date'],
    [{ Holidays: [{ FromDate: '2026-03-02', ToDate: '2026-03-01' }] }, 'Holidays[0].ToDate'],
    [[{}], '[0].FromDate'],
    [{ Holidays: 'Holi' }, 'Holidays'],
  ])('a malformed calendar fails at its path (%j)', (payload, path) => {
    const result = safeFromLeadSquaredHolidays(payload)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })
})
