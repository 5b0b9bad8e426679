import { fc, test } from '@fast-check/vitest'
import { timeZoneTransitions, toOffsetDateTime } from '@slotwise/core'
import { allTestTimeZones, NOTABLE_TIME_ZONES, zoneInstantArbitrary } from '@slotwise/testkit'
import { expect } from 'vitest'
import { toLeadConnectorFreeSlots } from './index.js'

/** The answer written the plain way: every start through the core, grouped by its date. */
function model(starts: readonly number[], timeZone: string): Record<string, { slots: string[] }> {
  const answer: Record<string, { slots: string[] }> = {}
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    const text = toOffsetDateTime(start, timeZone)
    answer[text.slice(0, 10)] ??= { slots: [] }
    answer[text.slice(0, 10)]!.slots.push(text)
  }
  return answer
}

const MINUTE = 60_000

/** Slot starts as an answer holds them: runs on a grid, some repeated, some off the second. */
const startsCase = fc.record({
  timeZone: fc.oneof(fc.constantFrom(...NOTABLE_TIME_ZONES), fc.constantFrom(...allTestTimeZones())),
  from: fc.oneof(
    zoneInstantArbitrary(),
    // Africa/Monrovia's offset had seconds until 1972.
    fc.integer({ min: 0, max: 2 * 365 * 1440 }).map((minutes) => minutes * MINUTE),
  ),
  /** Start this far before the zone's next offset change (within two years), when there is one. */
  beforeChange: fc.option(
    fc.integer({ min: 0, max: 4 * 60 }).map((minutes) => minutes * MINUTE),
    { freq: 3 },
  ),
  steps: fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(0, 15 * MINUTE, 30 * MINUTE, 60 * MINUTE), weight: 16 },
      { arbitrary: fc.integer({ min: 1, max: 3 * 86_400 }).map((seconds) => seconds * 1000), weight: 2 },
      { arbitrary: fc.integer({ min: 1, max: 999 }), weight: 1 },
    ),
    { minLength: 4, maxLength: 80, size: 'medium' },
  ),
})

test.prop([startsCase])(
  'each start is written as the core writes it, under the local date it falls on, dates in order',
  ({ timeZone, from, beforeChange, steps }) => {
    const change = timeZoneTransitions(timeZone, { start: from, end: from + 731 * 86_400_000 })[0]
    const first = change === undefined || beforeChange === null ? from : change.instant - beforeChange
    const starts = [first]
    for (const step of steps) starts.push(starts[starts.length - 1]! + step)
    // The writer sorts: give it the starts shuffled the same way every time.
    const given = starts.map((_, i) => starts[(i * 7) % starts.length]!)
    if (new Set(given).size !== new Set(starts).size) given.push(...starts)
    const written = toLeadConnectorFreeSlots(given, { timeZone })
    expect(written).toEqual(model(starts, timeZone))
    expect(Object.keys(written)).toEqual(Object.keys(written).sort())
  },
)

test('a zone that set its clocks back a day (Sitka, 1867) keeps every slot, dates in order', () => {
  const [change] = timeZoneTransitions('America/Sitka', {
    start: Date.UTC(1867, 0, 1),
    end: Date.UTC(1868, 0, 1),
  })
  const hour = 60 * MINUTE
  const starts = [-2, -1, 0, 1, 25].map((hours) => change!.instant + hours * hour)
  const written = toLeadConnectorFreeSlots(starts, { timeZone: 'America/Sitka' })
  expect(written).toEqual(model(starts, 'America/Sitka'))
  expect(Object.keys(written)).toEqual(['1867-10-18', '1867-10-19'])
  expect(written['1867-10-19']).toEqual({
    slots: ['1867-10-19T13:30:00+14:58:47', '1867-10-19T14:30:00+14:58:47', '1867-10-19T16:30:00-09:01:13'],
  })
})
