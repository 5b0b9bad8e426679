// Node only (vitest.browser.config.ts leaves this file out): it changes process.env.TZ, which
// a page cannot do to itself. `pnpm test:tz` also runs the whole suite under other host zones.
import { expect, test } from 'vitest'
import { offsetSeconds } from './offsetSeconds.js'
import { timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant } from './toInstant.js'
import { toWallTime } from './toWallTime.js'
import { clearZoneCache } from './zoneRecord.js'

test('results do not depend on the host time zone', () => {
  // Only Intl with an explicit zone is consulted, never the host-local Date getters.
  const before = process.env.TZ
  const run = () => [
    toWallTime(Date.UTC(2024, 2, 10, 7, 30), 'America/New_York'),
    toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'later' }),
    offsetSeconds(Date.UTC(2024, 0, 1), 'Asia/Kathmandu'),
    timeZoneTransitions('Europe/London', { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) }),
  ]
  try {
    process.env.TZ = 'UTC'
    clearZoneCache()
    const inUtc = run()
    for (const host of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu']) {
      process.env.TZ = host
      clearZoneCache()
      expect(run()).toEqual(inUtc)
    }
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
    clearZoneCache()
  }
})
