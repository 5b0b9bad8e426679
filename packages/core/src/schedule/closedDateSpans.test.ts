// Holidays and full-day leave may be listed in any order, overlap, nest and touch: a date is
// closed exactly when some entry names it. Zone changes may be listed in any order too: each
// date takes the latest change dated on or before it. Expectations are read off the input.
import { describe, expect, test } from 'vitest'
import { availability, type Schedule } from '../index.js'

const DAY = 86_400_000

/** Every date from `from` to `to` (inclusive) with its no-slot reason and zone, for `schedule`. */
function datesOf(schedule: Schedule, from: string, to: string) {
  const result = availability({
    window: { from, to, timeZone: 'UTC' },
    now: 0,
    people: [{ id: 'ana', schedule }],
    policy: { durationMinutes: 60 },
    caps: { maxWindowDays: 400 },
  })
  return result.people[0]!.days.map((day) => ({
    date: day.date,
    closed: day.noSlotsReason === 'Holiday' || day.noSlotsReason === 'Leave',
    timeZone: day.timeZone,
  }))
}

/** The ISO dates from `from` to `to`, inclusive. */
function isoDates(from: string, to: string): string[] {
  const dates: string[] = []
  for (let at = Date.parse(from); at <= Date.parse(to); at += DAY)
    dates.push(new Date(at).toISOString().slice(0, 10))
  return dates
}

const EVERY_DAY = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
    day,
    [{ from: '09:00', to: '17:00' }],
  ]),
)

describe.each(['holidays', 'leave'] as const)('%s in any order', (field) => {
  // A long span, one date nested in it, a separate span listed last, and a span touching the
  // end of the long one: closed are 2024-12-01…02 and 2024-12-20…2025-01-07, nothing between.
  const entries = [
    { from: '2024-12-20', to: '2025-01-05' },
    '2024-12-24',
    { from: '2024-12-01', to: '2024-12-02' },
    { from: '2025-01-06', to: '2025-01-07' },
  ]
  const closed = new Set([...isoDates('2024-12-01', '2024-12-02'), ...isoDates('2024-12-20', '2025-01-07')])

  test.each([
    ['as listed', entries],
    ['reversed', [...entries].reverse()],
  ])('%s: a date is closed exactly when an entry names it', (_, list) => {
    const dates = datesOf({ timeZone: 'UTC', weekly: EVERY_DAY, [field]: list }, '2024-11-28', '2025-01-10')
    expect(dates.filter((day) => day.closed).map((day) => day.date)).toEqual([...closed].sort())
  })
})

describe('zone changes in any order', () => {
  const changes = [
    { from: '2024-06-20', timeZone: 'Asia/Tokyo' },
    { from: '2024-06-10', timeZone: 'Europe/London' },
  ]
  test.each([
    ['later change listed first', changes],
    ['in date order', [...changes].reverse()],
  ])('%s: each date is in the zone of the latest change on or before it', (_, zoneChanges) => {
    const dates = datesOf(
      { timeZone: 'America/New_York', weekly: EVERY_DAY, zoneChanges },
      '2024-06-08',
      '2024-06-22',
    )
    const zoneOf = (date: string) => dates.find((day) => day.date === date)?.timeZone
    expect(zoneOf('2024-06-09')).toBe('America/New_York')
    expect(zoneOf('2024-06-10')).toBe('Europe/London')
    expect(zoneOf('2024-06-19')).toBe('Europe/London')
    expect(zoneOf('2024-06-20')).toBe('Asia/Tokyo')
    expect(zoneOf('2024-06-22')).toBe('Asia/Tokyo')
  })
})
