import { describe, expect, test } from 'vitest'
import availableTimes from './__fixtures__/available-times.json' with { type: 'json' }
import { fromCalendlyAvailableTimes, safeFromCalendlyAvailableTimes } from './index.js'

describe('fromCalendlyAvailableTimes', () => {
  test('maps the documented available times (vendors.md C5): end = start + duration', () => {
    const mapping = fromCalendlyAvailableTimes(availableTimes, { durationMinutes: 30 })
    expect(mapping).toMatchSnapshot()
    expect(mapping.slots.map((s) => [s.start, s.end, s.inviteesRemaining])).toEqual([
      [Date.UTC(2025, 2, 11, 8), Date.UTC(2025, 2, 11, 8, 30), 1],
      [Date.UTC(2025, 2, 11, 9), Date.UTC(2025, 2, 11, 9, 30), 3],
    ])
  })

  test('joins chunks: a start listed twice appears once with the fewer seats; other statuses are skipped', () => {
    const [a, b] = availableTimes.collection
    const { slots, warnings } = fromCalendlyAvailableTimes(
      [b, a, { ...b, invitees_remaining: 2 }, { ...a, status: 'booked' }],
      {
        durationMinutes: 60,
      },
    )
    expect(slots.map((s) => [s.start, s.inviteesRemaining])).toEqual([
      [Date.UTC(2025, 2, 11, 8), 1],
      [Date.UTC(2025, 2, 11, 9), 2],
    ])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['STATUS_NOT_AVAILABLE', '[3].status']])
  })

  test('bad payloads and durations fail with a path', () => {
    expect(
      safeFromCalendlyAvailableTimes(
        { collection: [{ status: 'available', start_time: 'x' }] },
        { durationMinutes: 30 },
      ),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path: 'collection[0].start_time' }],
    })
    expect(safeFromCalendlyAvailableTimes(availableTimes, { durationMinutes: 0 })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_ARGUMENT', path: 'options.durationMinutes' }],
    })
  })
})
