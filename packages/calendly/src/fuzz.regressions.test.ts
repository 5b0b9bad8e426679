import { thrownBy } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import schedules from './__fixtures__/availability-schedules.json' with { type: 'json' }
import availableTimes from './__fixtures__/available-times.json' with { type: 'json' }
import busyTimes from './__fixtures__/busy-times.json' with { type: 'json' }
import memberships from './__fixtures__/event-type-memberships.json' with { type: 'json' }
import {
  availableTimesMaxDays,
  fromCalendlyAvailabilitySchedule,
  fromCalendlyAvailableTimes,
  fromCalendlyBusyTimes,
  fromCalendlyEventTypeAvailabilitySchedules,
  fromCalendlyEventTypeMemberships,
  toCalendlyAvailableTimes,
} from './index.js'

test('fromCalendlyAvailableTimes: a bigint status is skipped with a warning, not a TypeError from its message', () => {
  const [first] = availableTimes.collection
  const payload = { collection: [{ ...first, status: 0n }] }
  const mapping = fromCalendlyAvailableTimes(payload, { durationMinutes: 30 })
  expect(mapping.slots).toEqual([])
  expect(mapping.warnings.map((warning) => warning.code)).toEqual(['STATUS_NOT_AVAILABLE'])
})

test('fromCalendlyEventTypeMemberships: a bigint display zone is read as null with a warning', () => {
  const [first] = memberships.collection
  const payload = { ...memberships, collection: [{ ...first, member: { ...first!.member, timezone: 0n } }] }
  const mapping = fromCalendlyEventTypeMemberships(payload)
  expect(mapping.hosts[0]?.timeZone).toBeNull()
})

test('availableTimesMaxDays: a null-prototype object is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(thrownBy(() => availableTimesMaxDays(Object.create(null) as never))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'now',
  })
})

test('toCalendlyAvailableTimes: a result that is not an answer is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(
    thrownBy(() =>
      toCalendlyAvailableTimes(Number.NaN as never, { schedulingUrl: 'https://calendly.com/a/30min' }),
    ),
  ).toEqual({ code: 'INVALID_ARGUMENT', path: 'result' })
})

test('fromCalendlyAvailabilitySchedule: a symbol for options.uri is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(thrownBy(() => fromCalendlyAvailabilitySchedule(schedules, { uri: Symbol('x') as never }))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'options.uri',
  })
})

test('fromCalendlyEventTypeAvailabilitySchedules: a hole in a sparse collection is refused at its index, not returned as a hole', () => {
  // biome-ignore lint/suspicious/noSparseArray: a sparse collection.
  expect(thrownBy(() => fromCalendlyEventTypeAvailabilitySchedules({ collection: [,] }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'collection[0]',
  })
})

test('fromCalendlyBusyTimes: a hole in a sparse collection is refused at its index, not passed over', () => {
  const [first] = busyTimes.collection
  // biome-ignore lint/suspicious/noSparseArray: a sparse collection.
  const payload = { ...busyTimes, collection: [first, , first] }
  expect(thrownBy(() => fromCalendlyBusyTimes(payload))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'collection[1]',
  })
})
