import { availability, isSlotwiseError } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import freeSlots from './__fixtures__/free-slots.json' with { type: 'json' }
import {
  fromLeadConnectorFreeSlots,
  safeFromLeadConnectorFreeSlots,
  toLeadConnectorFreeSlots,
} from './index.js'

const documented = JSON.stringify(freeSlots)

describe('the documented free-slots answer (vendors.md H1)', () => {
  const read = fromLeadConnectorFreeSlots(freeSlots)

  test('reads into instants, keeps the traceId aside', () => {
    expect(read).toMatchSnapshot()
    expect(read.starts).toEqual([
      Date.UTC(2025, 2, 10, 13),
      Date.UTC(2025, 2, 10, 13, 30),
      Date.UTC(2025, 2, 10, 18),
      Date.UTC(2025, 2, 11, 14),
    ])
    expect(read.traceId).toBe('9f2c1e7a-1b2d-4c3e-8f90-0123456789ab')
    expect(read.warnings).toEqual([])
  })

  test('is written back byte for byte', () => {
    const written = toLeadConnectorFreeSlots(read.starts, {
      timeZone: 'America/New_York',
      traceId: read.traceId!,
    })
    expect(JSON.stringify(written)).toBe(documented)
  })
})

test('a core answer is written per local date of the requested zone, with each offset', () => {
  const result = availability({
    window: { from: '2025-11-01', to: '2025-11-02', timeZone: 'America/New_York' },
    now: 0,
    people: [
      {
        id: 'p',
        schedule: { timeZone: 'America/New_York', weekly: { saturday: [{ from: '23:00', to: '02:00' }] } },
      },
    ],
    policy: { durationMinutes: 60 },
  })
  expect(JSON.stringify(toLeadConnectorFreeSlots(result, { timeZone: 'America/New_York' }))).toBe(
    JSON.stringify({
      '2025-11-01': { slots: ['2025-11-01T23:00:00-04:00'] },
      // The night of the fall-back change: 01:00 comes twice.
      '2025-11-02': {
        slots: ['2025-11-02T00:00:00-04:00', '2025-11-02T01:00:00-04:00', '2025-11-02T01:00:00-05:00'],
      },
    }),
  )
  // Seen from Tokyo, the same instants fall on other dates and offsets.
  expect(toLeadConnectorFreeSlots(result, { timeZone: 'Asia/Tokyo' })).toEqual({
    '2025-11-02': {
      slots: [
        '2025-11-02T12:00:00+09:00',
        '2025-11-02T13:00:00+09:00',
        '2025-11-02T14:00:00+09:00',
        '2025-11-02T15:00:00+09:00',
      ],
    },
  })
})

test('team answers use the team slots; duplicates and order do not matter on the way out', () => {
  const h = 3_600_000
  expect(toLeadConnectorFreeSlots([{ start: 2 * h, end: 3 * h }, 0, 2 * h], { timeZone: 'UTC' })).toEqual({
    '1970-01-01': { slots: ['1970-01-01T00:00:00+00:00', '1970-01-01T02:00:00+00:00'] },
  })
  expect(toLeadConnectorFreeSlots([], { timeZone: 'UTC', traceId: 't' })).toEqual({ traceId: 't' })
})

test('reading is tolerant: other keys and date keys without slots are skipped with a warning, instants are compared', () => {
  const read = fromLeadConnectorFreeSlots({
    _dates_: { slots: [] },
    '2025-03-11': { slots: ['2025-03-11T10:00:00-04:00', '2025-03-11T14:00:00Z'] },
    '2025-03-10': { slots: ['2025-03-11T01:00:00+09:00'] },
    '2025-03-12': null,
  })
  expect(read.days).toEqual([
    { date: '2025-03-10', starts: [Date.UTC(2025, 2, 10, 16)] },
    { date: '2025-03-11', starts: [Date.UTC(2025, 2, 11, 14)] },
  ])
  expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
    ['UNKNOWN_KEY', '_dates_'],
    ['DUPLICATE_SLOT', '2025-03-11.slots[1]'],
    ['SLOT_DATE_MISMATCH', '2025-03-10.slots[0]'],
    ['UNKNOWN_KEY', '2025-03-12'],
  ])
})

test('a slot that is not a date-time fails with its path', () => {
  let caught: unknown
  try {
    fromLeadConnectorFreeSlots({ '2025-03-10': { slots: ['2025-03-10T09:00:00-04:00', 'nine'] } })
  } catch (error) {
    caught = error
  }
  expect(isSlotwiseError(caught) && [caught.code, caught.path]).toEqual([
    'INVALID_VENDOR_PAYLOAD',
    '2025-03-10.slots[1]',
  ])
  expect(safeFromLeadConnectorFreeSlots('nope').success).toBe(false)
})

test('what toLeadConnectorFreeSlots writes reads back, LMT offsets with seconds included', () => {
  // Before 1972 Africa/Monrovia kept -00:44:30, and every zone's local mean time before
  // about 1900 has seconds (Europe/Amsterdam +00:19:32): the offset is written in full.
  const starts = [Date.UTC(1960, 5, 1, 9), Date.UTC(1960, 5, 2, 9, 30)]
  const monrovia = toLeadConnectorFreeSlots(starts, { timeZone: 'Africa/Monrovia' })
  expect(monrovia['1960-06-01']).toEqual({ slots: ['1960-06-01T08:15:30-00:44:30'] })
  expect(fromLeadConnectorFreeSlots(monrovia).starts).toEqual(starts)
  const lmt = [Date.UTC(1850, 0, 1, 12)]
  const amsterdam = toLeadConnectorFreeSlots(lmt, { timeZone: 'Europe/Amsterdam' })
  expect(fromLeadConnectorFreeSlots(amsterdam).starts).toEqual(lmt)
})

test('an offset with seconds is read only in the ±HH:MM:SS form', () => {
  for (const slot of [
    '1960-06-01T08:15:30-0044:30',
    '1960-06-01T08:15:30-00:4430',
    '1960-06-01T08:15:30-00:44:60',
  ]) {
    const read = safeFromLeadConnectorFreeSlots({ '1960-06-01': { slots: [slot] } })
    expect(read.success || read.issues[0]).toMatchObject({
      code: 'INVALID_VENDOR_PAYLOAD',
      path: '1960-06-01.slots[0]',
    })
  }
})
