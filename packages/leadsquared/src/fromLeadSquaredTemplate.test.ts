import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import templates from './__fixtures__/team/templates.json' with { type: 'json' }
import { fromLeadSquaredTemplate, safeFromLeadSquaredTemplate } from './fromLeadSquaredTemplate.js'
import { toLeadSquaredTemplate } from './toLeadSquaredTemplate.js'

describe('fromLeadSquaredTemplate', () => {
  test.each(templates.map((template) => [template.Id, template] as const))(
    'maps the %s fixture (snapshot)',
    (_, template) => {
      const { value, warnings } = fromLeadSquaredTemplate(template)
      expect(warnings).toEqual([])
      expect(value).toMatchSnapshot()
    },
  )

  test('day-wise hours replace the template’s for that weekday, breaks included', () => {
    const { value } = fromLeadSquaredTemplate(templates[0])
    expect(value.weekly.saturday).toEqual([{ from: '10:00:00', to: '14:00:00' }])
    expect(value.weekly.friday).toEqual([
      { from: '09:30:00', to: '13:00:00' },
      { from: '14:00:00', to: '18:30:00' },
    ])
    expect(value.breaks.weekly?.saturday).toBeUndefined()
    expect(value.weekly.sunday).toBeUndefined()
  })

  test('a night shift crosses midnight and belongs to its start date; 23:59:59 and 00:00:00 end at midnight', () => {
    const { value } = fromLeadSquaredTemplate({
      TimeZone: 'Europe/London',
      WorkingDays: ['monday', 'TUESDAY', 'Wednesday'],
      Days: [
        { Day: 'Monday', WorkingHours: [{ StartTime: '22:00:00', EndTime: '06:00:00' }] },
        { Day: 'Tuesday', WorkingHours: [{ StartTime: '18:00:00', EndTime: '23:59:59' }] },
        { Day: 'Wednesday', WorkingHours: [{ StartTime: '18:00:00', EndTime: '00:00:00' }] },
      ],
    })
    expect(value.weekly).toEqual({
      monday: [{ from: '22:00:00', to: '06:00:00' }],
      tuesday: [{ from: '18:00:00', to: '24:00:00' }],
      wednesday: [{ from: '18:00:00', to: '24:00:00' }],
    })
    const result = availability({
      window: { from: '2026-03-02', to: '2026-03-03', timeZone: 'Europe/London' },
      now: 0,
      people: [{ id: 'p', schedule: value }],
      policy: { durationMinutes: 60 },
    })
    expect(result.people[0]!.days[0]!.working).toEqual([
      { start: Date.UTC(2026, 2, 2, 22), end: Date.UTC(2026, 2, 3, 6) },
    ])
  })

  test('a day off may carry breaks (a night shift running into it)', () => {
    const { value, warnings } = fromLeadSquaredTemplate({
      TimeZone: 'UTC',
      WorkingDays: ['Sunday'],
      WorkingHours: [{ StartTime: '20:00:00', EndTime: '04:00:00' }],
      Days: [{ Day: 'Monday', WorkingHours: [], Breaks: [{ StartTime: '00:00:00', EndTime: '00:30:00' }] }],
    })
    expect(warnings).toEqual([])
    expect(value.breaks.weekly).toEqual({ monday: [{ from: '00:00:00', to: '00:30:00' }] })
  })

  test('hours of a weekday that is not a working day are ignored and reported', () => {
    const { value, warnings } = fromLeadSquaredTemplate({
      TimeZone: 'UTC',
      WorkingDays: ['Monday'],
      WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }],
      Days: [{ Day: 'Sunday', WorkingHours: [{ StartTime: '10:00:00', EndTime: '12:00:00' }] }],
    })
    expect(value.weekly).toEqual({ monday: [{ from: '09:00:00', to: '17:00:00' }] })
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['DAY_NOT_WORKING', 'Days[0].WorkingHours'],
    ])
  })

  test('overlapping blocks are merged (the core refuses them) and reported', () => {
    const { value, warnings } = fromLeadSquaredTemplate({
      TimeZone: 'UTC',
      WorkingDays: ['Monday'],
      WorkingHours: [
        { StartTime: '13:00:00', EndTime: '18:00:00' },
        { StartTime: '09:00:00', EndTime: '14:00:00' },
        { StartTime: '20:00:00', EndTime: '21:00:00' },
      ],
    })
    expect(value.weekly.monday).toEqual([
      { from: '09:00:00', to: '18:00:00' },
      { from: '20:00:00', to: '21:00:00' },
    ])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['OVERLAPPING_HOURS_MERGED', 'WorkingHours'],
    ])
  })

  test('date overrides: [] closes the date, hours replace, breaks alone add breaks', () => {
    const { value } = fromLeadSquaredTemplate({
      TimeZone: 'UTC',
      WorkingDays: ['Monday'],
      WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }],
      DateOverrides: [
        { Date: '2026-03-09', WorkingHours: [] },
        { Date: '2026-03-16', WorkingHours: [{ StartTime: '10:00:00', EndTime: '12:00:00' }] },
        { Date: '2026-03-23', Breaks: [{ StartTime: '12:00:00', EndTime: '12:30:00' }] },
      ],
    })
    expect(value.overrides).toEqual([
      { date: '2026-03-09', hours: [] },
      { date: '2026-03-16', hours: [{ from: '10:00:00', to: '12:00:00' }] },
    ])
    expect(value.breaks.dates).toEqual([
      { date: '2026-03-23', hours: [{ from: '12:00:00', to: '12:30:00' }] },
    ])
  })

  test.each([
    [{}, 'TimeZone'],
    [{ TimeZone: 'Asia/Kolkatta' }, 'TimeZone'],
    [{ TimeZone: 'UTC', WorkingDays: ['Funday'] }, 'WorkingDays[0]'],
    [{ TimeZone: 'UTC', WorkingHours: [{ StartTime: '09:00:00' }] }, 'WorkingHours[0].EndTime'],
    [
      { TimeZone: 'UTC', WorkingHours: [{ StartTime: '24:00:00', EndTime: '01:00:00' }] },
      'WorkingHours[0].StartTime',
    ],
    [{ TimeZone: 'UTC', Days: [{ Day: 'Monday', Breaks: {} }] }, 'Days[0].Breaks'],
    [
      { TimeZone: 'UTC', DateOverrides: [{ Date: '2026-03-09' }, { Date: '2026-03-09' }] },
      'DateOverrides[1].Date',
    ],
  ])('a malformed template fails with INVALID_VENDOR_PAYLOAD at its path (%j)', (payload, path) => {
    const result = safeFromLeadSquaredTemplate(payload)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })
})

describe('toLeadSquaredTemplate', () => {
  test.each(templates.map((template) => [template.Id, template] as const))(
    'to(from(%s)) keeps every field the adapter owns, and every other field',
    (_, template) => {
      const { value, warnings } = toLeadSquaredTemplate(fromLeadSquaredTemplate(template).value, template)
      expect(warnings).toEqual([])
      expect(value).toEqual(Object.assign({ Breaks: [], Days: [], DateOverrides: [] }, template))
    },
  )

  test('day-wise when weekdays differ: the most common day becomes the template’s hours', () => {
    const { value } = toLeadSquaredTemplate({
      timeZone: 'Asia/Kolkata',
      weekly: {
        monday: [{ from: '09:00', to: '17:00' }],
        tuesday: [{ from: '09:00', to: '17:00' }],
        saturday: [{ from: '10:00', to: '13:00' }],
      },
      breaks: {
        weekly: { monday: [{ from: '12:00', to: '13:00' }], tuesday: [{ from: '12:00', to: '13:00' }] },
      },
    })
    expect(value).toEqual({
      TimeZone: 'Asia/Kolkata',
      WorkingDays: ['Monday', 'Tuesday', 'Saturday'],
      DayWise: true,
      WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }],
      Breaks: [{ StartTime: '12:00:00', EndTime: '13:00:00' }],
      Days: [{ Day: 'Saturday', WorkingHours: [{ StartTime: '10:00:00', EndTime: '13:00:00' }], Breaks: [] }],
      DateOverrides: [],
    })
  })

  test('an update keeps the fields it does not own, a __proto__ key included, and Object.prototype is untouched', () => {
    const existing = JSON.parse(
      '{"Id":"wdt-9","Name":"Old","__proto__":{"polluted":true},"TimeZone":"UTC","WorkingDays":["Sunday"],"IsDefault":false}',
    )
    const { value } = toLeadSquaredTemplate(
      { timeZone: 'Europe/London', weekly: { friday: [{ from: '22:00', to: '06:00' }] } },
      existing,
    )
    expect(Object.keys(value)).toEqual([
      'Id',
      'Name',
      '__proto__',
      'TimeZone',
      'WorkingDays',
      'IsDefault',
      'DayWise',
      'WorkingHours',
      'Breaks',
      'Days',
      'DateOverrides',
    ])
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true })
    expect(value.WorkingHours).toEqual([{ StartTime: '22:00:00', EndTime: '06:00:00' }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('what a template cannot hold is reported, not dropped silently', () => {
    const { warnings } = toLeadSquaredTemplate({
      timeZone: 'UTC',
      holidays: ['2026-12-25'],
      leave: [{ start: 0, end: 1 }],
      zoneChanges: [{ from: '2026-06-01', timeZone: 'Asia/Tokyo' }],
    })
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['NOT_IN_TEMPLATE', 'weekly'],
      ['NOT_IN_TEMPLATE', 'holidays'],
      ['NOT_IN_TEMPLATE', 'leave'],
      ['NOT_IN_TEMPLATE', 'zoneChanges'],
    ])
  })
})
