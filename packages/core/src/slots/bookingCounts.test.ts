// Bookings of the policy's event type fill capacity and count toward limits; other events and
// empty ones do not. Worked by hand on Monday 2024-03-11, hours 09:00–17:00 UTC, hourly slots.
import { expect, test } from 'vitest'
import { type AvailabilityRequest, availability, type BusyEvent, type SlotPolicy } from '../index.js'

const at = (hours: number, minutes = 0) => Date.UTC(2024, 2, 11, hours, minutes)

function slotHours(policy: SlotPolicy, busy: BusyEvent[]): number[] {
  const request: AvailabilityRequest = {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      {
        id: 'ana',
        schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
        busy,
      },
    ],
    policy,
  }
  return availability(request).people[0]!.days[0]!.slots.map((slot) => new Date(slot.start).getUTCHours())
}

test('capacity counts every booking that overlaps the slot, also when a short one ends first', () => {
  // A 09:00–12:00 and B 09:30–10:00: the 09:00 slot holds both, 10:00 and 11:00 hold only A.
  const busy: BusyEvent[] = [
    { id: 'a', start: at(9), end: at(12), eventType: 'call' },
    { id: 'b', start: at(9, 30), end: at(10), eventType: 'call' },
  ]
  expect(slotHours({ durationMinutes: 60, eventType: 'call', capacity: 1 }, busy)).toEqual([
    12, 13, 14, 15, 16,
  ])
  expect(slotHours({ durationMinutes: 60, eventType: 'call', capacity: 2 }, busy)).toEqual([
    10, 11, 12, 13, 14, 15, 16,
  ])
})

test('an empty booking of the event type does not count toward a limit', () => {
  const empty: BusyEvent[] = [{ id: 'e', start: at(8), end: at(8), eventType: 'call' }]
  const policy: SlotPolicy = { durationMinutes: 60, eventType: 'call', limits: { day: { count: 1 } } }
  expect(slotHours(policy, empty)).toHaveLength(8)
  const real: BusyEvent[] = [{ id: 'r', start: at(8), end: at(8, 30), eventType: 'call' }]
  expect(slotHours(policy, real)).toEqual([])
})

test('without an event type, limits count no events', () => {
  const busy: BusyEvent[] = [{ id: 'x', start: at(7), end: at(8) }]
  expect(slotHours({ durationMinutes: 60, limits: { day: { count: 1 } } }, busy)).toHaveLength(8)
})
