import { expect, test } from 'vitest'
import schedule from './__fixtures__/schedule.json' with { type: 'json' }
import { fromLeadConnectorSchedule, toLeadConnectorSchedule } from './index.js'

test('to(from(payload)) gives the documented schedule back, byte for byte', () => {
  const read = fromLeadConnectorSchedule(schedule)
  const written = toLeadConnectorSchedule(read.schedule, schedule)
  expect(JSON.stringify(written.schedule)).toBe(JSON.stringify(schedule.schedule))
  expect(written.warnings).toEqual([])
})

test('weekday rules Monday first, dates after, 24:00 as 23:59, unknown fields of rewritten rules kept', () => {
  const written = toLeadConnectorSchedule(
    {
      timeZone: 'America/Argentina/Buenos_Aires',
      weekly: { sunday: [{ from: '10:00', to: '24:00' }], wednesday: [{ from: '08:00', to: '12:00' }] },
      overrides: [{ date: '2025-12-25', hours: [] }],
    },
    {
      schedule: {
        id: 's1',
        name: 'Ana',
        rules: [{ type: 'wday', day: 'wednesday', intervals: [], note: 'keep me' }],
      },
    },
  )
  expect(written).toMatchSnapshot()
  expect(written.schedule.rules).toEqual([
    { type: 'wday', day: 'wednesday', intervals: [{ from: '08:00', to: '12:00' }], note: 'keep me' },
    { type: 'wday', day: 'sunday', intervals: [{ from: '10:00', to: '23:59' }] },
    { type: 'date', date: '2025-12-25', intervals: [] },
  ])
  expect(written.warnings.map((w) => w.code)).toEqual(['TIME_ZONE_NOT_ACCEPTED'])
  expect(fromLeadConnectorSchedule(written.schedule).schedule.weekly?.sunday).toEqual([
    { from: '10:00', to: '24:00' },
  ])
})
