import { readFileSync } from 'node:fs'
import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import details from './__fixtures__/work-day-details.json' with { type: 'json' }
import noTemplate from './__fixtures__/work-day-details-no-template.json' with { type: 'json' }
import {
  fromLeadSquaredWorkDayDetails,
  safeFromLeadSquaredWorkDayDetails,
} from './fromLeadSquaredWorkDayDetails.js'
import { toLeadSquaredWorkDayDetails } from './toLeadSquaredWorkDayDetails.js'

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8').trimEnd()

/** A person's answer for 2026-03-08 … 2026-03-10 in `timeZone`. */
function personOf(schedule: Record<string, unknown>) {
  const timeZone = schedule.timeZone as string
  return availability({
    window: { from: '2026-03-08', to: '2026-03-10', timeZone },
    now: 0,
    policy: { durationMinutes: 30 },
    people: [{ id: '6a1f0c2e-0000-4000-8000-00000000a001', schedule: { timeZone, ...schedule } }],
  }).people[0]!
}

describe('GetWorkDayDetails', () => {
  test('reads the documented example (snapshot)', () => {
    const { value, warnings } = fromLeadSquaredWorkDayDetails(details, {
      date: '2026-03-09',
      timeZone: 'Asia/Kolkata',
    })
    expect(warnings).toEqual([])
    expect(value).toMatchSnapshot()
    expect(value.hours).toEqual([
      { from: '09:30:00', to: '13:00:00' },
      { from: '14:00:00', to: '18:30:00' },
    ])
  })

  test('no template: IsAvailable 1 and 00:00:00–23:59:59 read as the whole date', () => {
    const { value } = fromLeadSquaredWorkDayDetails(noTemplate, {
      date: '2026-03-08',
      timeZone: 'America/New_York',
    })
    expect(value).toMatchObject({
      isAvailable: true,
      statusReason: 'WorkDayTemplateNotDefined',
      hours: [{ from: '00:00:00', to: '24:00:00' }],
    })
    expect(value.working).toEqual([{ start: Date.UTC(2026, 2, 8, 5), end: Date.UTC(2026, 2, 9, 4) }]) // 23 hours
  })

  test('to(from(example)) writes the documented example back, byte for byte', () => {
    const read = fromLeadSquaredWorkDayDetails(details, {
      date: '2026-03-09',
      timeZone: 'Asia/Kolkata',
    }).value
    const person = personOf({
      timeZone: 'Asia/Kolkata',
      weekly: {},
      overrides: [{ date: read.date, hours: read.hours }],
    })
    const { value } = toLeadSquaredWorkDayDetails(person, read.date, { userId: read.userId })
    expect(JSON.stringify(value, null, 2)).toBe(fixture('work-day-details.json'))
  })

  test('to(from(no-template example)) writes it back, byte for byte', () => {
    const person = personOf({ timeZone: 'Asia/Kolkata' })
    const { value } = toLeadSquaredWorkDayDetails(person, '2026-03-09', {
      userId: '6a1f0c2e-0000-4000-8000-00000000a004',
    })
    expect(JSON.stringify(value, null, 2)).toBe(fixture('work-day-details-no-template.json'))
  })

  test('holiday, leave and a day off say why with IsAvailable 0; a night shift is cut at midnight', () => {
    const person = personOf({
      timeZone: 'Europe/London',
      weekly: { sunday: [{ from: '22:00', to: '06:00' }], tuesday: [{ from: '09:00', to: '17:00' }] },
      holidays: ['2026-03-10'],
    })
    expect(toLeadSquaredWorkDayDetails(person, '2026-03-08').value.WorkingHours).toEqual([
      { StartTime: '22:00:00', EndTime: '00:00:00' },
    ])
    expect(toLeadSquaredWorkDayDetails(person, '2026-03-09').value).toMatchObject({
      IsAvailable: 1,
      StatusReason: '',
      WorkingHours: [{ StartTime: '00:00:00', EndTime: '06:00:00' }],
    })
    expect(toLeadSquaredWorkDayDetails(person, '2026-03-10').value).toMatchObject({
      IsAvailable: 0,
      StatusReason: 'Holiday',
      WorkingHours: [],
    })
    const onLeave = personOf({
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '17:00' }] },
      leave: ['2026-03-09'],
    })
    expect(toLeadSquaredWorkDayDetails(onLeave, '2026-03-09').value).toMatchObject({
      IsAvailable: 0,
      StatusReason: 'Leave',
    })
    expect(toLeadSquaredWorkDayDetails(onLeave, '2026-03-10').value).toMatchObject({
      IsAvailable: 0,
      StatusReason: 'NotScheduled',
    })
  })

  test('a date outside the answer is INVALID_ARGUMENT', () => {
    expect(() => toLeadSquaredWorkDayDetails(personOf({ timeZone: 'UTC' }), '2026-04-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'date' }),
    )
  })

  test.each([
    [{ ...details, IsAvailable: 2 }, 'IsAvailable'],
    [{ ...details, StatusReason: 0 }, 'StatusReason'],
    [{ ...details, UserId: null }, 'UserId'],
    [{ ...details, WorkingHours: [{ StartTime: '09:30', EndTime: 'noon' }] }, 'WorkingHours[0].EndTime'],
  ])('a malformed answer fails at its path (%#)', (payload, path) => {
    const result = safeFromLeadSquaredWorkDayDetails(payload, { date: '2026-03-09', timeZone: 'UTC' })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })
})
