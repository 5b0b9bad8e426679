// The built core's zone table against the `Intl` of the runtime it runs in, for every zone
// that runtime knows. runtimes.mjs runs it in Node, Bun, Deno and workerd: each engine has
// its own ICU and time zone data, and the core builds its table from whatever `Intl` says,
// so the table must agree with that same `Intl` everywhere. Like the checks beside it, this
// module uses only ECMAScript and Intl.
import {
  formatPlainDateTime,
  offsetSeconds,
  timeZoneTransitions,
  toInstant,
  toWallTime,
} from '@slotwise/core'

const FROM = Date.UTC(1970, 0, 1)
const TO = Date.UTC(2038, 0, 1)

/** A small fixed-seed generator (mulberry32): the same instants in every runtime. */
function generator(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The offset `Intl` gives `timeZone` at `instant`, in seconds, read from the wall clock it formats. */
function intlOffset(format, instant) {
  const parts = {}
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value
  const wall = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour % 24,
    +parts.minute,
    +parts.second,
  )
  return (wall - instant) / 1000
}

const fields = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
}

/**
 * For each zone: the offset at one instant in every `strideDays` from 1970 to 2037 (at a
 * random point of each stride, so a missed change of offset longer than a stride cannot
 * hide) equals `Intl`'s, and each instant's wall time converts back to it ('earlier' or
 * 'later'); every transition the core lists over 1970–2037 is where `Intl`'s offset
 * changes, from the offset before to the offset after; a wall time in a gap resolves
 * forward ('compatible') and is refused ('reject'); one in a fold resolves to both sides.
 */
export function checkZones(strideDays = 14) {
  const stride = strideDays * 86_400_000
  const zones = Intl.supportedValuesOf('timeZone')
  const random = generator(20261121)
  const failures = []
  const fail = (zone, what, detail) => failures.push({ zone, what, ...detail })
  let instants = 0
  let transitions = 0
  for (const zone of zones) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...fields })
    for (let from = FROM; from < TO; from += stride) {
      const instant = from + Math.floor((random() * Math.min(stride, TO - from)) / 1000) * 1000
      instants += 1
      const core = offsetSeconds(instant, zone)
      const intl = intlOffset(format, instant)
      if (core !== intl) {
        fail(zone, 'offset', { instant, core, intl })
        continue
      }
      const wall = toWallTime(instant, zone)
      const back = ['earlier', 'later'].map((disambiguation) => toInstant(wall, zone, { disambiguation }))
      if (!back.includes(instant)) fail(zone, 'round trip', { instant, wall, back })
    }
    const listed = timeZoneTransitions(zone, { start: FROM, end: TO })
    for (const { instant, offsetSecondsBefore: before, offsetSecondsAfter: after } of listed) {
      transitions += 1
      const intl = [intlOffset(format, instant - 1000), intlOffset(format, instant)]
      if (intl[0] !== before || intl[1] !== after) {
        fail(zone, 'transition', { instant, core: [before, after], intl })
        continue
      }
      // What the clock would read at the change on the old offset: a gap's first wall time.
      const atChange = formatPlainDateTime(instant + before * 1000)
      if (after > before) {
        const forward = toInstant(atChange, zone)
        const refused = refusal(() => toInstant(atChange, zone, { disambiguation: 'reject' }))
        if (forward !== instant || refused !== 'NONEXISTENT_TIME') {
          fail(zone, 'gap', { instant, wall: atChange, compatible: forward, reject: refused })
        }
      } else {
        // The first wall time of the new offset was also read (before - after) seconds earlier.
        const repeated = toWallTime(instant, zone)
        const both = ['earlier', 'later'].map((disambiguation) =>
          toInstant(repeated, zone, { disambiguation }),
        )
        if (both[0] !== instant - (before - after) * 1000 || both[1] !== instant) {
          fail(zone, 'fold', { instant, wall: repeated, both })
        }
      }
    }
  }
  return {
    zones: zones.length,
    instants,
    transitions,
    failures: failures.slice(0, 20),
    failed: failures.length,
  }
}

function refusal(run) {
  try {
    run()
    return 'returned'
  } catch (error) {
    return error.code
  }
}
