import { isSlotwiseError } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import schedule from './__fixtures__/schedule.json' with { type: 'json' }
import { fromLeadConnectorSchedule, safeFromLeadConnectorSchedule } from './index.js'

test('the documented schedule (vendors.md H8) parses and maps', () => {
  const read = fromLeadConnectorSchedule(schedule)
  expect(read).toMatchSnapshot()
  expect(read.schedule).toEqual({
    timeZone: 'America/New_York',
    weekly: {
      monday: [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ],
    },
    overrides: [{ date: '2025-03-14', hours: [{ from: '10:00', to: '14:00' }] }],
  })
  expect(read.calendarIds).toEqual(['CaL0000000000000001'])
})

test("one-digit hours, 23:59 as the end of the day, 'weekday' as the seed spells it, unpadded dates", () => {
  const read = fromLeadConnectorSchedule({
    timezone: 'Asia/Kathmandu',
    rules: [
      { type: 'weekday', day: 'Tuesday', intervals: [{ from: '7:30', to: '23:59' }] },
      { type: 'wday', day: 'friday', intervals: [{ from: '22:00', to: '6:00' }] },
      { type: 'date', date: '2025-3-4', intervals: [] },
    ],
  })
  expect(read.schedule).toEqual({
    timeZone: 'Asia/Kathmandu',
    weekly: { tuesday: [{ from: '07:30', to: '24:00' }], friday: [{ from: '22:00', to: '06:00' }] },
    overrides: [{ date: '2025-03-04', hours: [] }],
  })
  expect(read.warnings).toEqual([])
})

test('warnings: unknown rule types are skipped, repeated days merge, a deleted schedule says so', () => {
  const read = fromLeadConnectorSchedule({
    schedule: {
      timezone: 'Europe/Berlin',
      deleted: true,
      rules: [
        { type: 'holiday', date: '2025-12-25' },
        { type: 'wday', day: 'monday', intervals: [{ from: '09:00', to: '12:00' }] },
        { type: 'wday', day: 'monday', intervals: [{ from: '11:00', to: '13:00' }] },
      ],
    },
  })
  expect(read.schedule.weekly).toEqual({ monday: [{ from: '09:00', to: '13:00' }] })
  expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
    ['DELETED_SCHEDULE', 'schedule.deleted'],
    ['UNKNOWN_RULE_TYPE', 'schedule.rules[0].type'],
    ['DUPLICATE_DATE', 'schedule.rules[2]'],
    ['OVERLAPPING_HOURS', 'schedule.rules'],
  ])
})

test('a schedule without timezone takes the option', () => {
  expect(fromLeadConnectorSchedule({ rules: [] }, { timeZone: 'UTC' }).schedule).toEqual({
    timeZone: 'UTC',
    weekly: {},
  })
})

describe('bad payloads fail with INVALID_VENDOR_PAYLOAD and the JSON path', () => {
  const cases: [string, unknown, string][] = [
    ['no timezone', { schedule: { rules: [] } }, 'schedule.timezone'],
    ['an unknown timezone', { schedule: { timezone: 'America/Atlantis' } }, 'schedule.timezone'],
    [
      'a bad weekday',
      { timezone: 'UTC', rules: [{ type: 'wday', day: 'funday', intervals: [] }] },
      'rules[0].day',
    ],
    [
      'a bad time',
      { timezone: 'UTC', rules: [{ type: 'wday', day: 'monday', intervals: [{ from: '9', to: '10:00' }] }] },
      'rules[0].intervals[0].from',
    ],
    [
      'a start at 24:00',
      {
        timezone: 'UTC',
        rules: [{ type: 'wday', day: 'monday', intervals: [{ from: '24:00', to: '10:00' }] }],
      },
      'rules[0].intervals[0].from',
    ],
    [
      'a bad date',
      { timezone: 'UTC', rules: [{ type: 'date', date: '2025-02-29', intervals: [] }] },
      'rules[0].date',
    ],
  ]
  test.each(cases)('%s', (_, payload, path) => {
    let caught: unknown
    try {
      fromLeadConnectorSchedule(payload)
    } catch (error) {
      caught = error
    }
    expect(isSlotwiseError(caught) && [caught.code, caught.path]).toEqual(['INVALID_VENDOR_PAYLOAD', path])
    expect(safeFromLeadConnectorSchedule(payload).success).toBe(false)
  })
})
