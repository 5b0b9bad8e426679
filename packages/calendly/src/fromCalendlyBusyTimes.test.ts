import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import busyTimes from './__fixtures__/busy-times.json' with { type: 'json' }
import quirks from './__fixtures__/busy-times-quirks.json' with { type: 'json' }
import { fromCalendlyBusyTimes, safeFromCalendlyBusyTimes } from './index.js'

describe('fromCalendlyBusyTimes', () => {
  test('maps the documented busy times (vendors.md C4): buffered times become the event buffers', () => {
    const mapping = fromCalendlyBusyTimes(busyTimes)
    expect(mapping).toMatchSnapshot()
    expect(mapping.busy).toEqual([
      {
        id: 'https://api.calendly.com/scheduled_events/EVT-AAAA',
        start: Date.UTC(2025, 2, 10, 9),
        end: Date.UTC(2025, 2, 10, 9, 30),
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 10,
      },
      {
        id: 'external:2025-03-10T12:00:00.000Z/2025-03-10T13:00:00.000Z',
        start: Date.UTC(2025, 2, 10, 12),
        end: Date.UTC(2025, 2, 10, 13),
      },
    ])
    expect(mapping.warnings).toEqual([])
  })

  test('busy times with and without buffered fields, null buffers, unknown types, offsets and T24:00', () => {
    const mapping = fromCalendlyBusyTimes(quirks)
    expect(mapping).toMatchSnapshot()
    expect(
      mapping.busy.map((e) => [e.id, e.start, e.end, e.bufferBeforeMinutes, e.bufferAfterMinutes]),
    ).toEqual([
      // No buffered fields at all: the raw times.
      [
        'https://api.calendly.com/scheduled_events/EVT-BBBB',
        Date.UTC(2025, 2, 11, 9),
        Date.UTC(2025, 2, 11, 9, 30),
        undefined,
        undefined,
      ],
      // 30 seconds before: rounded up to a minute; a buffered end before the end is ignored.
      [
        'https://api.calendly.com/scheduled_events/EVT-CCCC',
        Date.UTC(2025, 2, 11, 10),
        Date.UTC(2025, 2, 11, 10, 30),
        1,
        undefined,
      ],
      // `reserved`: busy all the same; +01:00 offset read; microseconds dropped.
      [
        'reserved:2025-03-11T13:00:00.000Z/2025-03-11T14:00:00.000Z',
        Date.UTC(2025, 2, 11, 13),
        Date.UTC(2025, 2, 11, 14),
        undefined,
        undefined,
      ],
      // null buffered fields: the raw times.
      [
        'external:2025-03-11T16:00:00.000Z/2025-03-11T17:00:00.000Z',
        Date.UTC(2025, 2, 11, 16),
        Date.UTC(2025, 2, 11, 17),
        undefined,
        undefined,
      ],
      // T24:00:00 is the next midnight, as in Calendly's own query examples.
      [
        'external:2025-03-11T23:00:00.000Z/2025-03-12T00:00:00.000Z',
        Date.UTC(2025, 2, 11, 23),
        Date.UTC(2025, 2, 12),
        undefined,
        undefined,
      ],
    ])
    expect(mapping.warnings.map((w) => [w.code, w.path])).toEqual([
      ['BUFFER_ROUNDED', 'collection[2].buffered_start_time'],
      ['BUFFER_IGNORED', 'collection[2].buffered_end_time'],
      ['UNKNOWN_BUSY_TYPE', 'collection[3].type'],
      ['PRECISION_TRUNCATED', 'collection[3].start_time'],
    ])
  })

  test('the booking buffers add up with the offered type buffers (Semantics 7)', () => {
    const { busy } = fromCalendlyBusyTimes(busyTimes)
    const request = {
      window: { start: Date.UTC(2025, 2, 10, 8), end: Date.UTC(2025, 2, 10, 11) },
      now: 0,
      people: [
        {
          id: 'dana',
          schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '08:00', to: '11:00' }] } },
          busy,
        },
      ],
      policy: { durationMinutes: 30, intervalMinutes: 15, bufferBeforeMinutes: 5, bufferAfterMinutes: 5 },
    }
    const starts = availability(request).people[0]!.days[0]!.slots.map((s) =>
      new Date(s.start).toISOString().slice(11, 16),
    )
    // Booking 09:00–09:30 blocks 08:45–09:40 with its own buffers; the slot needs 5 minutes each side:
    // 08:00 ends 08:30 (+5 = 08:35, clear); 08:15 ends 08:45 (+5 = 08:50 > 08:45, refused); 09:45 starts −5 = 09:40, clear.
    expect(starts).toEqual(['08:00', '09:45', '10:00', '10:15', '10:30'])
  })

  test('eventTypeOf tags Calendly bookings with their event type; a bare array is read too', () => {
    const { busy } = fromCalendlyBusyTimes(busyTimes.collection, {
      eventTypeOf: (uri) =>
        uri.endsWith('EVT-AAAA') ? 'https://api.calendly.com/event_types/ET-GGGG' : undefined,
    })
    expect(busy.map((e) => e.eventType)).toEqual(['https://api.calendly.com/event_types/ET-GGGG', undefined])
  })

  test('bad payloads fail with INVALID_VENDOR_PAYLOAD and the JSON path', () => {
    const one = (entry: unknown) => ({ collection: [entry] })
    const ok = { type: 'external', start_time: '2025-03-10T12:00:00Z', end_time: '2025-03-10T13:00:00Z' }
    const cases: Array<[unknown, string]> = [
      [{}, 'collection'],
      [one(null), 'collection[0]'],
      [one({ ...ok, type: '' }), 'collection[0].type'],
      [one({ ...ok, start_time: '2025-03-10 12:00:00' }), 'collection[0].start_time'],
      [one({ ...ok, start_time: '2025-02-30T12:00:00Z' }), 'collection[0].start_time'],
      [one({ ...ok, end_time: '2025-03-10T11:00:00Z' }), 'collection[0].end_time'],
      [one({ ...ok, buffered_start_time: '2025-02-10T12:00:00Z' }), 'collection[0].buffered_start_time'],
      [one({ ...ok, event: 'x' }), 'collection[0].event'],
      [[{ ...ok, end_time: 5 }], '[0].end_time'],
    ]
    for (const [payload, path] of cases) {
      expect(safeFromCalendlyBusyTimes(payload), JSON.stringify(payload)).toMatchObject({
        success: false,
        issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path }],
      })
    }
    expect(safeFromCalendlyBusyTimes([], { eventTypeOf: 'x' as never })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_ARGUMENT', path: 'options.eventTypeOf' }],
    })
  })
})
