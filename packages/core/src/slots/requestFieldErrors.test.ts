// A malformed availability request is refused at the path of the offending field, and each
// cap holds exactly at its limit. Paths are written by hand from the request's shape.
import { codeAndPathOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { type AvailabilityRequest, availability } from '../index.js'

const DAY = 86_400_000
const person = (id: string) => ({ id, schedule: { timeZone: 'UTC', weekly: {} } })
const VALID: AvailabilityRequest = {
  window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
  now: 0,
  people: [person('ana')],
  policy: { durationMinutes: 60 },
}

const failureOf = (request: unknown) => codeAndPathOf(() => availability(request as AvailabilityRequest))

describe('each bad field is named by its path', () => {
  test.each([
    [{ window: 'March' }, 'INVALID_REQUEST', 'window'],
    [{ window: { from: 'tomorrow', to: '2024-03-11', timeZone: 'UTC' } }, 'INVALID_DATE', 'window.from'],
    [{ window: { from: '2024-03-11', to: 'never', timeZone: 'UTC' } }, 'INVALID_DATE', 'window.to'],
    [{ window: { from: '2024-03-11', to: '2024-03-10', timeZone: 'UTC' } }, 'INVALID_REQUEST', 'window.to'],
    [{ window: { from: '2024-03-11', to: '2024-03-11' } }, 'INVALID_TIME_ZONE', 'window.timeZone'],
    [{ window: { to: '2024-03-11', timeZone: 'UTC' } }, 'INVALID_DATE', 'window.from'],
    [{ team: 'all' }, 'INVALID_REQUEST', 'team'],
    [{ team: { mode: 'most' } }, 'INVALID_REQUEST', 'team.mode'],
    [{ caps: 5 }, 'INVALID_REQUEST', 'caps'],
    [{ caps: { maxWindowDays: 0 } }, 'INVALID_REQUEST', 'caps.maxWindowDays'],
    [{ caps: { maxPeople: 0 } }, 'INVALID_REQUEST', 'caps.maxPeople'],
    [{ caps: { maxEventsPerPerson: -1 } }, 'INVALID_REQUEST', 'caps.maxEventsPerPerson'],
    [{ caps: { maxSlots: -1 } }, 'INVALID_REQUEST', 'caps.maxSlots'],
    [{ caps: { maxTextLength: 0 } }, 'INVALID_REQUEST', 'caps.maxTextLength'],
    [{ now: 1.5 }, 'INVALID_INSTANT', 'now'],
    [{ people: undefined }, 'INVALID_REQUEST', 'people'],
    [{ people: [] }, 'INVALID_REQUEST', 'people'],
    [{ people: [person('ana'), person('ana')] }, 'INVALID_REQUEST', 'people[1].id'],
    [{ people: [{ schedule: { timeZone: 'UTC' } }] }, 'INVALID_REQUEST', 'people[0].id'],
    [{ people: [person('ana'), 'ben'] }, 'INVALID_REQUEST', 'people[1]'],
    [{ explain: 'yes' }, 'INVALID_REQUEST', 'explain'],
  ])('%j: %s at %s', (fields, code, path) => {
    expect(failureOf({ ...VALID, ...fields })).toEqual({ code, path })
  })
})

describe('caps hold exactly at their limit', () => {
  test('caps.maxPeople people are accepted, one more is refused', () => {
    const people = [person('a'), person('b'), person('c')]
    expect(failureOf({ ...VALID, people: people.slice(0, 2), caps: { maxPeople: 2 } })).toBeUndefined()
    expect(failureOf({ ...VALID, people, caps: { maxPeople: 2 } })).toEqual({
      code: 'TOO_MANY_PEOPLE',
      path: 'people',
    })
  })

  test('a window of caps.maxWindowDays local dates is accepted, one more is refused', () => {
    const window = (to: string) => ({ from: '2024-03-01', to, timeZone: 'UTC' })
    expect(failureOf({ ...VALID, window: window('2024-03-07'), caps: { maxWindowDays: 7 } })).toBeUndefined()
    expect(failureOf({ ...VALID, window: window('2024-03-08'), caps: { maxWindowDays: 7 } })).toEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'window',
    })
  })

  test('an instant window may be a day longer than caps.maxWindowDays (for DST), not more', () => {
    const start = Date.UTC(2024, 2, 1)
    const caps = { maxWindowDays: 7 }
    expect(failureOf({ ...VALID, window: { start, end: start + 8 * DAY }, caps })).toBeUndefined()
    expect(failureOf({ ...VALID, window: { start, end: start + 8 * DAY + 1 }, caps })).toEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'window',
    })
  })

  test('instant windows must stay within two days of years 0001–9999', () => {
    // 0001-01-02T00:00Z is the first zone instant; 9999-12-30T23:59:59.999Z the last.
    const firstInstant = new Date('0001-01-02T00:00:00Z').getTime()
    const lastInstant = new Date('9999-12-31T00:00:00Z').getTime() - 1
    const caps = { maxWindowDays: 10 }
    const early = (start: number) => ({ ...VALID, window: { start, end: start + DAY }, caps })
    expect(failureOf(early(firstInstant - 2 * DAY))).toBeUndefined()
    expect(failureOf(early(firstInstant - 2 * DAY - 1))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'window.start',
    })
    const late = (end: number) => ({ ...VALID, window: { start: end - DAY, end }, caps })
    expect(failureOf(late(lastInstant + 2 * DAY))).toBeUndefined()
    expect(failureOf(late(lastInstant + 2 * DAY + 1))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'window.end',
    })
  })
})
