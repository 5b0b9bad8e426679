import { readFileSync } from 'node:fs'
import { type AvailabilityRequest, availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import { fromCalendlyAvailableTimes, fromCalendlyEventType, toCalendlyAvailableTimes } from './index.js'

const documented = JSON.parse(
  readFileSync(new URL('./__fixtures__/available-times.json', import.meta.url), 'utf8'),
)

function dayRequest(slotStarts: number[]): AvailabilityRequest {
  return {
    window: { start: Date.UTC(2025, 2, 11), end: Date.UTC(2025, 2, 12) },
    now: Date.UTC(2025, 2, 1),
    people: [
      {
        id: 'dana',
        schedule: {
          timeZone: 'UTC',
          weekly: { tuesday: slotStarts.map((h) => ({ from: `0${h}:00`, to: `0${h}:30` })) },
        },
      },
    ],
    policy: { durationMinutes: 30 },
  }
}

describe('toCalendlyAvailableTimes', () => {
  test('writes the documented item byte for byte (vendors.md C5, first entry)', () => {
    const result = availability(dayRequest([8]))
    const body = toCalendlyAvailableTimes(result, { schedulingUrl: 'https://calendly.com/acme-demo/30min' })
    expect(JSON.stringify(body)).toBe(JSON.stringify({ collection: [documented.collection[0]] }))
  })

  test('writes the documented group item byte for byte: invitees_remaining from capacity minus overlapping bookings', () => {
    const booking = (id: string) => ({
      id,
      start: Date.UTC(2025, 2, 11, 9),
      end: Date.UTC(2025, 2, 11, 10),
      eventType: 'group-class',
    })
    const request: AvailabilityRequest = {
      window: { start: Date.UTC(2025, 2, 11), end: Date.UTC(2025, 2, 12) },
      now: Date.UTC(2025, 2, 1),
      people: [
        {
          id: 'dana',
          schedule: { timeZone: 'UTC', weekly: { tuesday: [{ from: '09:00', to: '10:00' }] } },
          busy: [booking('b1'), booking('b2'), { id: 'other', start: 0, end: 1 }],
        },
      ],
      policy: { durationMinutes: 30, intervalMinutes: 60, eventType: 'group-class', capacity: 5 },
    }
    const body = toCalendlyAvailableTimes(availability(request), {
      schedulingUrl: 'https://calendly.com/acme-demo/group-class/',
      request,
    })
    expect(JSON.stringify(body)).toBe(JSON.stringify({ collection: [documented.collection[1]] }))
  })

  test('precision and the zone of the scheduling URL date are options', () => {
    const result = availability({ ...dayRequest([0]) })
    const late = { ...result }
    const seconds = toCalendlyAvailableTimes(late, {
      schedulingUrl: 'https://calendly.com/x/y',
      precision: 'seconds',
      timeZone: 'America/Los_Angeles',
    })
    expect(seconds.collection[0]).toEqual({
      status: 'available',
      invitees_remaining: 1,
      start_time: '2025-03-11T00:00:00Z',
      // 00:00Z is still 2025-03-10 in Los Angeles.
      scheduling_url: 'https://calendly.com/x/y/2025-03-11T00:00:00Z?month=2025-03&date=2025-03-10',
    })
    expect(
      toCalendlyAvailableTimes(late, { schedulingUrl: 'u', precision: 'milliseconds' }).collection[0]!
        .start_time,
    ).toBe('2025-03-11T00:00:00.000Z')
  })

  test('a round-robin team writes the union of the hosts’ times; several people without a team need personId', () => {
    const person = (id: string, from: string, to: string) => ({
      id,
      schedule: { timeZone: 'UTC', weekly: { tuesday: [{ from, to }] } },
    })
    const base = {
      window: { start: Date.UTC(2025, 2, 11), end: Date.UTC(2025, 2, 12) },
      now: 0,
      people: [person('a', '08:00', '09:00'), person('b', '08:30', '10:00')],
      policy: { durationMinutes: 30 },
    }
    const team = toCalendlyAvailableTimes(availability({ ...base, team: { mode: 'anyOf' } }), {
      schedulingUrl: 'u',
    })
    expect(team.collection.map((t) => t.start_time.slice(11, 16))).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
    ])
    const collective = toCalendlyAvailableTimes(availability({ ...base, team: { mode: 'collective' } }), {
      schedulingUrl: 'u',
    })
    expect(collective.collection.map((t) => t.start_time.slice(11, 16))).toEqual(['08:30'])
    expect(() => toCalendlyAvailableTimes(availability(base), { schedulingUrl: 'u' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'result.people' }),
    )
    const onlyB = toCalendlyAvailableTimes(availability(base), { schedulingUrl: 'u', personId: 'b' })
    expect(onlyB.collection).toHaveLength(3)
  })

  test('from(to(result)) gives back the slots; look-busy hidden slots are not written', () => {
    const request: AvailabilityRequest = {
      ...dayRequest([]),
      people: [
        { id: 'dana', schedule: { timeZone: 'UTC', weekly: { tuesday: [{ from: '08:00', to: '12:00' }] } } },
      ],
      policy: {
        ...fromCalendlyEventType({
          duration: 30,
          start_time_increment: 15,
          before_buffer: 0,
          after_buffer: 0,
        }).policy,
        lookBusy: { percent: 50, seed: 's' },
      },
    }
    const result = availability(request)
    const day = result.people[0]!.days[0]!
    expect(day.hidden.length).toBeGreaterThan(0)
    const body = toCalendlyAvailableTimes(result, { schedulingUrl: 'https://calendly.com/acme/30min' })
    const { slots } = fromCalendlyAvailableTimes(body, { durationMinutes: 30 })
    expect(slots.map(({ start, end }) => ({ start, end }))).toEqual(day.slots)
  })

  test('bad options fail with INVALID_ARGUMENT', () => {
    const result = availability(dayRequest([8]))
    expect(() => toCalendlyAvailableTimes(result, { schedulingUrl: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() =>
      toCalendlyAvailableTimes(result, { schedulingUrl: 'u', precision: 'nanoseconds' as never }),
    ).toThrow(expect.objectContaining({ path: 'options.precision' }))
    expect(() => toCalendlyAvailableTimes(result, { schedulingUrl: 'u', timeZone: 'Mars/Base' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME_ZONE', path: 'options.timeZone' }),
    )
  })
})
