// What a refused request says: the code, the field, and in `details.expected` what would
// have been accepted there, with the cap in force. A caller shows this text to the person
// who wrote the request, so it is behaviour, not decoration.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { type AvailabilityRequest, availability, checkBooking } from '../index.js'

const DAY = 86_400_000
const MONDAY = Date.UTC(2024, 2, 11)
const person = (id: string) => ({
  id,
  schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
})
const request: AvailabilityRequest = {
  window: { start: MONDAY, end: MONDAY + DAY },
  now: 0,
  people: [person('a')],
  policy: { durationMinutes: 30 },
}
const refusal = (change: Record<string, unknown>) => {
  const error = slotwiseErrorOf(() => availability({ ...request, ...change } as AvailabilityRequest))
  return { code: error.code, path: error.path, expected: error.details.expected }
}

describe('the window', () => {
  test.each([
    [
      'local dates in the wrong order',
      { window: { from: '2024-03-12', to: '2024-03-11', timeZone: 'UTC' } },
      { code: 'INVALID_REQUEST', path: 'window.to', expected: 'a date not before from' },
    ],
    [
      '367 local dates',
      { window: { from: '2024-01-01', to: '2024-12-31', timeZone: 'UTC' }, caps: { maxWindowDays: 365 } },
      { code: 'RANGE_TOO_LARGE', path: 'window', expected: 'at most 365 days' },
    ],
    [
      'an instant window over the cap',
      { window: { start: MONDAY, end: MONDAY + 9 * DAY }, caps: { maxWindowDays: 7 } },
      { code: 'RANGE_TOO_LARGE', path: 'window', expected: 'at most 7 days' },
    ],
    [
      'a start before year 1',
      { window: { start: -8.64e15, end: -8.64e15 + DAY } },
      { code: 'INVALID_INSTANT', path: 'window.start', expected: 'an instant in years 0001–9999' },
    ],
    [
      'an end after year 9999',
      { window: { start: 8.64e15 - DAY, end: 8.64e15 } },
      { code: 'INVALID_INSTANT', path: 'window.end', expected: 'an instant in years 0001–9999' },
    ],
  ])('%s', (_, change, expected) => {
    expect(refusal(change)).toEqual(expected)
  })

  test('an instant window of the cap plus one day (for a DST change) is accepted; a millisecond more is not', () => {
    const window = (length: number) => ({
      window: { start: MONDAY, end: MONDAY + length },
      caps: { maxWindowDays: 7 },
    })
    expect(() => availability({ ...request, ...window(8 * DAY) })).not.toThrow()
    expect(refusal(window(8 * DAY + 1))).toMatchObject({ code: 'RANGE_TOO_LARGE' })
  })

  test('a proposal far from the window is refused at proposed, naming how near it must be', () => {
    const far = { start: MONDAY + 400 * DAY, end: MONDAY + 400 * DAY + 1_800_000 }
    const error = slotwiseErrorOf(() => checkBooking(request, far))
    expect(error).toMatchObject({ code: 'RANGE_TOO_LARGE', path: 'proposed' })
    expect(error.details.expected).toBe('within 366 days of the window')
  })
})

describe('now, people and the team', () => {
  test.each([
    [
      'now as text',
      { now: '2024-03-11' },
      { code: 'INVALID_INSTANT', path: 'now', expected: 'integer epoch milliseconds' },
    ],
    [
      'no people',
      { people: [] },
      { code: 'INVALID_REQUEST', path: 'people', expected: 'at least one person' },
    ],
    [
      'more people than the cap',
      { people: [person('a'), person('b'), person('c')], caps: { maxPeople: 2 } },
      { code: 'TOO_MANY_PEOPLE', path: 'people', expected: 'at most 2' },
    ],
    [
      'one id twice',
      { people: [person('a'), person('b'), person('a')] },
      { code: 'INVALID_REQUEST', path: 'people[2].id', expected: 'ids that differ' },
    ],
    [
      'an unknown team mode',
      { people: [person('a'), person('b')], team: { mode: 'everyone' } },
      { code: 'INVALID_REQUEST', path: 'team.mode', expected: 'collective | anyOf | atLeast' },
    ],
  ])('%s', (_, change, expected) => {
    expect(refusal(change)).toEqual(expected)
  })

  test('people that is not a list is refused at people', () => {
    expect(refusal({ people: undefined })).toMatchObject({ code: 'INVALID_REQUEST', path: 'people' })
  })
})

describe('slots over the cap', () => {
  test('the total is refused at the person who passes it, naming the cap', () => {
    const error = slotwiseErrorOf(() => availability({ ...request, caps: { maxSlots: 10 } }))
    expect(error).toMatchObject({ code: 'TOO_MANY_SLOTS', path: 'people[0]' })
    expect(error.details.expected).toBe('at most 10')
  })
})
