// LocalDates.clock skips the zone on dates far from an offset change. One law: for any
// instant on any date, it gives the seconds and the warnings clockOf gives, near changes
// (gaps, folds, DST at midnight, Apia's skipped day) and far from them alike.
import { fc, test } from '@fast-check/vitest'
import { timeZoneTransitions } from '@slotwise/core'
import { FIXED_OFFSET_TIME_ZONES, NOTABLE_TIME_ZONES } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { clockOf, dayStart, LocalDates, MS_PER_DAY } from './wallClock.js'

const ZONES = [...NOTABLE_TIME_ZONES, ...FIXED_OFFSET_TIME_ZONES]
const FIRST_YEAR = 2010
const LAST_YEAR = 2030

/** Day numbers with an offset change of `timeZone` in the years above (none for a fixed offset). */
function changeDays(timeZone: string): number[] {
  const window = { start: Date.UTC(FIRST_YEAR, 0, 1), end: Date.UTC(LAST_YEAR + 1, 0, 1) }
  return timeZoneTransitions(timeZone, window).map((change) => Math.floor(change.instant / MS_PER_DAY))
}
const CHANGE_DAYS = new Map(ZONES.map((zone) => [zone, changeDays(zone)]))

/** Where on (or just off) a date to put an instant: a share of its length, then a step in ms. */
const position = fc.record({
  share: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
  unit: fc.constantFrom(1, 1000, 60_000, 1_800_000),
})

/**
 * A zone and a run of consecutive dates through one LocalDates: around one of the zone's
 * changes (three days either side, so both the near and the far rule come up), or anywhere
 * in the years above.
 */
const datesAndInstants = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    pick: fc.nat(),
    near: fc.boolean(),
    anyDay: fc.integer({
      min: Date.UTC(FIRST_YEAR, 0, 1) / MS_PER_DAY,
      max: Date.UTC(LAST_YEAR, 0, 1) / MS_PER_DAY,
    }),
    dates: fc.array(fc.array(position, { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  })
  .map(({ timeZone, pick, near, anyDay, dates }) => {
    const changes = CHANGE_DAYS.get(timeZone)!
    const firstDay = near && changes.length > 0 ? changes[pick % changes.length]! - 4 : anyDay
    return { timeZone, firstDay, dates }
  })

describe('LocalDates', () => {
  test.prop({ case: datesAndInstants })(
    'clock gives clockOf’s seconds and warnings for every instant on every date',
    ({ case: { timeZone, firstDay, dates } }) => {
      const local = new LocalDates(timeZone, firstDay)
      dates.forEach((positions, offset) => {
        const day = firstDay + offset
        const start = dayStart(day, timeZone)
        expect(local.start(day)).toBe(start)
        const length = dayStart(day + 1, timeZone) - start
        for (const { share, unit } of positions) {
          const instant = start + Math.floor((share * length) / unit) * unit
          const fast: string[] = []
          const slow: string[] = []
          const seconds = local.clock(instant, day, (code, message) => fast.push(`${code} ${message}`))
          expect(seconds).toBe(
            clockOf(instant, day, timeZone, (code, message) => slow.push(`${code} ${message}`)),
          )
          expect(fast).toEqual(slow)
        }
      })
    },
  )
})
