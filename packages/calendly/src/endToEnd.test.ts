// Whole weeks from raw Calendly payloads to Calendly's answer, against hand-computed times.
import { availability, type Person } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import busyBerlin from './__fixtures__/busy-times-ber1.json' with { type: 'json' }
import busyNewYork from './__fixtures__/busy-times-nyc1.json' with { type: 'json' }
import dstSchedule from './__fixtures__/dst-schedule.json' with { type: 'json' }
import schedules from './__fixtures__/event-type-availability-schedules.json' with { type: 'json' }
import memberships from './__fixtures__/event-type-memberships.json' with { type: 'json' }
import roundRobin from './__fixtures__/event-type-round-robin.json' with { type: 'json' }
import {
  fromCalendlyAvailabilitySchedule,
  fromCalendlyAvailableTimesQuery,
  fromCalendlyBusyTimes,
  fromCalendlyEventType,
  fromCalendlyEventTypeAvailabilitySchedules,
  fromCalendlyEventTypeMemberships,
  toCalendlyAvailableTimes,
} from './index.js'

const NYC = 'https://api.calendly.com/users/USR-NYC1'
const BER = 'https://api.calendly.com/users/USR-BER1'

/** `HH:MM` UTC times from `from` to `to` (inclusive) every 30 minutes, on a UTC date. */
function halfHours(day: string, from: string, to: string): string[] {
  const out: string[] = []
  const [fh, fm] = from.split(':').map(Number) as [number, number]
  const [th, tm] = to.split(':').map(Number) as [number, number]
  for (let m = fh * 60 + fm; m <= th * 60 + tm; m += 30) {
    out.push(
      `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000000Z`,
    )
  }
  return out
}

describe('a round-robin week: two hosts in New York and Berlin', () => {
  // Monday 2026-03-09, 10:07 UTC. New York moved to EDT (−04:00) on 03-08; Berlin stays on
  // CET (+01:00) until 03-29, so the usual 6-hour gap is 5 hours this week.
  const now = Date.UTC(2026, 2, 9, 10, 7)
  const query = {
    event_type: 'https://api.calendly.com/event_types/ET-RRRR',
    start_time: '2026-03-09T10:07:00.000000Z',
    end_time: '2026-03-16T10:07:00.000000Z',
  }

  const { window } = fromCalendlyAvailableTimesQuery(query, { now })
  const eventType = fromCalendlyEventType(roundRobin)
  const { hosts } = fromCalendlyEventTypeMemberships(memberships)
  const hostSchedules = fromCalendlyEventTypeAvailabilitySchedules(schedules).schedules
  const busyByUser: Record<string, unknown> = { [NYC]: busyNewYork, [BER]: busyBerlin }
  const people: Person[] = hosts.map((host) => ({
    id: host.user,
    schedule: hostSchedules.find((s) => s.user === host.user)!.schedule,
    busy: fromCalendlyBusyTimes(busyByUser[host.user]).busy,
  }))
  const request = {
    window,
    now,
    people,
    policy: eventType.policy,
    ...(eventType.team ? { team: eventType.team } : {}),
  }
  const result = availability(request)
  const body = toCalendlyAvailableTimes(result, { schedulingUrl: eventType.schedulingUrl!, request })

  test('the event type is a 30-minute round robin on a 30-minute grid', () => {
    expect(eventType.team).toEqual({ mode: 'anyOf' })
    expect(eventType.policy).toMatchObject({
      durationMinutes: 30,
      intervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    })
    expect(hosts.map((h) => h.user)).toEqual([NYC, BER])
  })

  test('the start times are the hand-computed ones', () => {
    const expected = [
      // Monday: Berlin 08:00–16:00Z, New York 13:00–21:00Z; nothing before now (10:07).
      ...halfHours('2026-03-09', '10:30', '20:30'),
      // Tuesday: Berlin is busy 13:00–15:00Z (external); New York's booking 14:00–14:30Z is
      // buffered 13:45–14:45Z, so 13:30, 14:00 and 14:30 have nobody; 13:00 has New York.
      ...halfHours('2026-03-10', '08:00', '13:00'),
      ...halfHours('2026-03-10', '15:00', '20:30'),
      // Wednesday: both.
      ...halfHours('2026-03-11', '08:00', '20:30'),
      // Thursday: Berlin's date rule closes the day; New York only.
      ...halfHours('2026-03-12', '13:00', '20:30'),
      // Friday: New York's date rule 09:00–12:00 EDT = 13:00–16:00Z, inside Berlin's hours.
      ...halfHours('2026-03-13', '08:00', '15:30'),
      // The next Monday: only slots that end by the window end (10:07).
      ...halfHours('2026-03-16', '08:00', '09:30'),
    ]
    expect(body.collection.map((t) => t.start_time)).toEqual(expected)
    expect(body.collection).toHaveLength(21 + 23 + 26 + 16 + 16 + 4)
  })

  test('each item is written in Calendly’s shape, byte for byte', () => {
    expect(JSON.stringify(body.collection[0])).toBe(
      '{"status":"available","invitees_remaining":1,"start_time":"2026-03-09T10:30:00.000000Z","scheduling_url":"https://calendly.com/acme-sales/sales-call/2026-03-09T10:30:00Z?month=2026-03&date=2026-03-09"}',
    )
    expect(body.collection.every((t) => t.invitees_remaining === 1)).toBe(true)
  })

  test('the team slots say who can take each time', () => {
    const who = (iso: string) => result.team!.slots.find((s) => s.start === Date.parse(iso))?.people
    expect(who('2026-03-09T13:00:00Z')).toEqual([NYC, BER])
    expect(who('2026-03-10T13:00:00Z')).toEqual([NYC])
    expect(who('2026-03-10T15:00:00Z')).toEqual([NYC, BER])
    expect(who('2026-03-12T13:00:00Z')).toEqual([NYC])
    expect(who('2026-03-13T15:30:00Z')).toEqual([NYC, BER])
  })
})

describe('DST days from a Calendly schedule (America/New_York)', () => {
  const { schedule } = fromCalendlyAvailabilitySchedule(dstSchedule)
  const hourly = (from: string, to: string) =>
    availability({
      window: { from, to, timeZone: 'America/New_York' },
      now: 0,
      people: [{ id: 'd', schedule }],
      policy: { durationMinutes: 60 },
    }).people[0]!.days.flatMap((d) => d.slots)

  test('spring forward: Saturday 22:00 to Monday 00:00 is one 25-hour run', () => {
    // Saturday 22:00–24:00 EST (03:00–05:00Z Sunday) then Sunday 00:00–24:00, a 23-hour day
    // ending at 04:00Z Monday (EDT).
    const slots = hourly('2026-03-07', '2026-03-08')
    expect(slots).toHaveLength(25)
    expect(slots[0]!.start).toBe(Date.UTC(2026, 2, 8, 3))
    expect(slots.at(-1)!.end).toBe(Date.UTC(2026, 2, 9, 4))
  })

  test('fall back: Saturday 22:00 to Monday 00:00 is one 27-hour run', () => {
    // Saturday 22:00 EDT = 02:00Z Sunday; Sunday has 25 hours; Monday 00:00 EST = 05:00Z.
    const slots = hourly('2026-10-31', '2026-11-01')
    expect(slots).toHaveLength(27)
    expect(slots[0]!.start).toBe(Date.UTC(2026, 10, 1, 2))
    expect(slots.at(-1)!.end).toBe(Date.UTC(2026, 10, 2, 5))
  })
})
