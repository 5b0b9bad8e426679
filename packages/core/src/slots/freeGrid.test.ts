// `alignment: 'free'` restarts the grid where a busy block ends, so every start is listed once
// and a start right after a block near the end of the day is kept; `explain` lists only grid
// candidates that lie in open time. Monday 2024-03-11, 09:00–17:00 UTC, 60-minute slots.
import { expect, test } from 'vitest'
import { type AvailabilityRequest, availability, type BusyEvent, type SlotPolicy } from '../index.js'

const at = (hours: number, minutes = 0) => Date.UTC(2024, 2, 11, hours, minutes)
const hourOf = (instant: number) => (instant - at(0)) / 3_600_000

function answer(policy: SlotPolicy, busy: BusyEvent[], hours = [{ from: '09:00', to: '17:00' }]) {
  const request: AvailabilityRequest = {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: hours } }, busy }],
    policy,
    explain: true,
  }
  return availability(request).people[0]!
}

test('a block that ends on the grid: the start after it is listed once', () => {
  const person = answer({ durationMinutes: 60, alignment: 'free' }, [{ id: 'b', start: at(10), end: at(11) }])
  expect(person.days[0]!.slots.map((slot) => hourOf(slot.start))).toEqual([9, 11, 12, 13, 14, 15, 16])
})

test('a block that ends off the grid restarts it there', () => {
  const person = answer({ durationMinutes: 60, alignment: 'free' }, [
    { id: 'b', start: at(10), end: at(10, 30) },
  ])
  expect(person.days[0]!.slots.map((slot) => hourOf(slot.start))).toEqual([
    9, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5,
  ])
})

test('a block that ends where the last slot of the day starts keeps that slot', () => {
  const person = answer({ durationMinutes: 60, alignment: 'free' }, [{ id: 'b', start: at(15), end: at(16) }])
  expect(person.days[0]!.slots.map((slot) => hourOf(slot.start))).toEqual([9, 10, 11, 12, 13, 14, 16])
})

test('with clock alignment, explain lists no candidate outside the hours', () => {
  const hours = [
    { from: '09:00', to: '10:00' },
    { from: '14:00', to: '15:00' },
  ]
  const person = answer(
    { durationMinutes: 30, alignment: 'clock' },
    [{ id: 'b', start: at(14), end: at(14, 30) }],
    hours,
  )
  expect(person.days[0]!.slots.map((slot) => hourOf(slot.start))).toEqual([9, 9.5, 14.5])
  expect(person.rejected!.map((slot) => hourOf(slot.start))).toEqual([14])
})
