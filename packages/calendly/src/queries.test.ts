import { describe, expect, test } from 'vitest'
import {
  AVAILABLE_TIMES_RANGE_CHANGED_AT,
  availableTimesMaxDays,
  fromCalendlyAvailableTimesQuery,
  fromCalendlyBusyTimesQuery,
  safeFromCalendlyAvailableTimesQuery,
  safeFromCalendlyBusyTimesQuery,
} from './index.js'

const DAY = 86_400_000
const iso = (instant: number) => new Date(instant).toISOString()
const user = 'https://api.calendly.com/users/USR-AAAA'
const eventType = 'https://api.calendly.com/event_types/ET-AAAA'

describe('vendor limits', () => {
  test('the available-times cap is 7 days before 2026-07-09T00:00Z and 31 days from then on', () => {
    expect(AVAILABLE_TIMES_RANGE_CHANGED_AT).toBe(Date.UTC(2026, 6, 9))
    expect(availableTimesMaxDays(AVAILABLE_TIMES_RANGE_CHANGED_AT - 1)).toBe(7)
    expect(availableTimesMaxDays(AVAILABLE_TIMES_RANGE_CHANGED_AT)).toBe(31)
  })

  test('busy times: exactly 7 days is accepted, a millisecond more is refused with Calendly’s own body', () => {
    const now = Date.UTC(2026, 2, 9, 10)
    const start = now
    const ok = fromCalendlyBusyTimesQuery(
      { user, start_time: iso(start), end_time: iso(start + 7 * DAY) },
      { now },
    )
    expect(ok).toEqual({ user, window: { start, end: start + 7 * DAY }, warnings: [] })
    const refused = safeFromCalendlyBusyTimesQuery(
      { user, start_time: iso(start), end_time: iso(start + 7 * DAY + 1) },
      { now },
    )
    expect(refused).toEqual({
      success: false,
      issues: [
        {
          code: 'VENDOR_LIMIT',
          path: 'end_time',
          message: expect.any(String),
          details: {
            vendorError: {
              title: 'Invalid Argument',
              message: 'The supplied parameters are invalid.',
              details: [
                { parameter: 'end_time', message: 'date range can be no greater than 1 week (7 days)' },
              ],
            },
            limit: 7,
            actual: 7 + 1 / DAY,
          },
        },
      ],
    })
  })

  test('future only: a start before now is refused, a start exactly at now is accepted', () => {
    const now = Date.UTC(2026, 2, 9, 10, 7)
    expect(() =>
      fromCalendlyBusyTimesQuery({ user, start_time: iso(now), end_time: iso(now + DAY) }, { now }),
    ).not.toThrow()
    const past = safeFromCalendlyBusyTimesQuery(
      { user, start_time: iso(now - 1000), end_time: iso(now + DAY) },
      { now },
    )
    expect(past).toMatchObject({
      success: false,
      issues: [
        {
          code: 'VENDOR_LIMIT',
          path: 'start_time',
          details: {
            vendorError: {
              title: 'Invalid Argument',
              details: [{ parameter: 'start_time', message: 'must be in the future' }],
            },
            limit: now,
            actual: now - 1000,
          },
        },
      ],
    })
    const reversed = safeFromCalendlyAvailableTimesQuery(
      { event_type: eventType, start_time: iso(now + DAY), end_time: iso(now + DAY) },
      { now },
    )
    expect(reversed).toMatchObject({
      success: false,
      issues: [
        {
          code: 'VENDOR_LIMIT',
          path: 'end_time',
          details: { vendorError: { details: [{ message: 'must be after start_time' }] } },
        },
      ],
    })
  })

  test('available times: the cap depends on now (7 days before 2026-07-09, 31 after)', () => {
    const start = Date.UTC(2026, 7, 1)
    const query = { event_type: eventType, start_time: iso(start), end_time: iso(start + 20 * DAY) }
    const before = Date.UTC(2026, 6, 8, 23, 59)
    const after = Date.UTC(2026, 6, 9)
    expect(safeFromCalendlyAvailableTimesQuery(query, { now: before })).toMatchObject({
      success: false,
      issues: [
        {
          code: 'VENDOR_LIMIT',
          details: {
            limit: 7,
            actual: 20,
            vendorError: { details: [{ message: 'date range can be no greater than 1 week (7 days)' }] },
          },
        },
      ],
    })
    expect(fromCalendlyAvailableTimesQuery(query, { now: after })).toEqual({
      eventType,
      window: { start, end: start + 20 * DAY },
      warnings: [],
    })
    const long = { ...query, end_time: iso(start + 31 * DAY + 60_000) }
    expect(safeFromCalendlyAvailableTimesQuery(long, { now: after })).toMatchObject({
      success: false,
      issues: [
        {
          details: {
            limit: 31,
            vendorError: {
              details: [{ parameter: 'end_time', message: 'date range can be no greater than 31 days' }],
            },
          },
        },
      ],
    })
  })

  test('Calendly timestamps with microseconds, offsets and T24:00 are read; missing parameters are payload errors', () => {
    const now = Date.UTC(2026, 0, 1)
    const { window } = fromCalendlyBusyTimesQuery(
      { user, start_time: '2026-01-02T20:00:00.000000Z', end_time: '2026-01-07T24:00:00.000000Z' },
      { now },
    )
    expect(window).toEqual({ start: Date.UTC(2026, 0, 2, 20), end: Date.UTC(2026, 0, 8) })
    expect(
      fromCalendlyBusyTimesQuery(
        { user, start_time: '2026-01-02T09:00:00+05:30', end_time: '2026-01-03T00:00:00Z' },
        { now },
      ).window.start,
    ).toBe(Date.UTC(2026, 0, 2, 3, 30))
    expect(
      safeFromCalendlyBusyTimesQuery({ start_time: iso(now), end_time: iso(now + DAY) }, { now }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path: 'user' }],
    })
    expect(
      safeFromCalendlyAvailableTimesQuery({ event_type: eventType, start_time: iso(now) }, { now }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path: 'end_time' }],
    })
    expect(
      safeFromCalendlyAvailableTimesQuery({ event_type: eventType }, { now: 'today' as never }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_ARGUMENT', path: 'options.now' }],
    })
  })
})
