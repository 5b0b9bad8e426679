// Wall-clock arithmetic for writing Calendly rules: sets of `[from, to)` seconds from a
// local date's midnight (an end past 86 400 runs into the next date), and partial leave
// turned into such seconds per local date. Internal to toCalendlyAvailabilitySchedule.
import {
  formatPlainDate,
  type Instant,
  parsePlainTime,
  type TimeRange,
  toInstant,
  toInstantFromWallMilliseconds,
  toWallMilliseconds,
} from '@slotwise/core'

/** Seconds in a day. */
export const DAY = 86_400
const MS_PER_DAY = 86_400_000

/** `[from, to)` seconds; normalised sets are sorted, disjoint and non-touching. */
export type Pairs = Array<[number, number]>

/** Sorts, drops empty pairs, joins overlapping and touching ones. */
export function normalise(pairs: Pairs): Pairs {
  const sorted = pairs.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const out: Pairs = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

/** `from` minus `remove`, normalised. */
export function subtract(from: Pairs, remove: Pairs): Pairs {
  let result = normalise(from)
  for (const [c, d] of normalise(remove)) {
    const next: Pairs = []
    for (const [a, b] of result) {
      if (d <= a || c >= b) next.push([a, b])
      else {
        if (c > a) next.push([a, c])
        if (d < b) next.push([d, b])
      }
    }
    result = next
  }
  return result
}

/** The part of `pairs` inside its own date, `[0, 86 400)`. */
export function ownPart(pairs: Pairs): Pairs {
  return normalise(pairs.map(([a, b]): [number, number] => [a, Math.min(b, DAY)]))
}

/** The part of the previous date's `pairs` that runs past its midnight, moved onto this date. */
export function spill(pairs: Pairs): Pairs {
  return normalise(
    pairs.filter(([, b]) => b > DAY).map(([a, b]): [number, number] => [Math.max(a - DAY, 0), b - DAY]),
  )
}

/** True when two normalised sets are equal. */
export function same(a: Pairs, b: Pairs): boolean {
  return a.length === b.length && a.every(([x, y], i) => x === b[i]![0] && y === b[i]![1])
}

/** Reads core ranges (already checked by the core) into pairs; an end not after the start crosses midnight. */
export function readRanges(ranges: readonly TimeRange[] | null | undefined): Pairs {
  return (ranges ?? []).map((range): [number, number] => {
    const from = parsePlainTime(range.from)
    const to = parsePlainTime(range.to)
    return [from, to <= from ? to + DAY : to]
  })
}

/** The local date of an instant in `timeZone`, as a day number. */
export function localDay(instant: Instant, timeZone: string): number {
  return Math.floor(toWallMilliseconds(instant, timeZone) / MS_PER_DAY)
}

/**
 * Partial leave `[start, end)` as wall-clock seconds on each local date it touches (start
 * rounded down, end up, to the second), and whether a boundary lies in the second pass of a
 * repeated (fall-back) hour, which a wall-clock time cannot name.
 */
export function leaveOnDates(
  start: Instant,
  end: Instant,
  timeZone: string,
): { byDay: Map<number, Pairs>; folded: boolean } {
  const byDay = new Map<number, Pairs>()
  const dayStart = (day: number) => toInstant(`${formatPlainDate(day)}T00:00`, timeZone)
  const inFold = (instant: Instant) =>
    toInstantFromWallMilliseconds(toWallMilliseconds(instant, timeZone), timeZone) !== instant
  let folded = false
  for (let day = localDay(start, timeZone); day <= localDay(end - 1, timeZone); day++) {
    const next = dayStart(day + 1)
    const from = Math.max(start, dayStart(day))
    const to = Math.min(end, next)
    if (to <= from) continue
    if (inFold(from) || (to < next && inFold(to))) folded = true
    const a = Math.floor((toWallMilliseconds(from, timeZone) - day * MS_PER_DAY) / 1000)
    const b = to >= next ? DAY : Math.ceil((toWallMilliseconds(to, timeZone) - day * MS_PER_DAY) / 1000)
    if (b > a) byDay.set(day, [[a, b]])
  }
  return { byDay, folded }
}
