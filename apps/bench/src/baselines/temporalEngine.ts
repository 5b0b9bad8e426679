/**
 * Baseline 1: the availability engine a user would write by hand with temporal-polyfill.
 *
 * It takes the same request object as Slotwise's `availability()` and implements the same
 * semantics (DESIGN.md "Semantics" and "Precise rules") for the features the engine
 * scenarios use: weekly hours and weekly breaks in the person's zone, busy events with the
 * policy's and their own buffers, soft events, the `'window'` grid, minimum notice,
 * look-busy and the `collective` / `anyOf` team modes. Anything else throws, so a
 * scenario cannot silently compare different questions.
 *
 * Written plainly, the way the Temporal documentation suggests: local working days are
 * `Temporal.PlainDate` + `Temporal.PlainTime` → `toZonedDateTime` per day, slots are stepped
 * with `ZonedDateTime.add` and grouped by `toPlainDate()`; intervals are arrays of
 * `{ start, end }` epoch milliseconds, merged and subtracted with sorts and linear scans.
 * There is no deliberate slowness (busy time is walked with one pointer, not searched per
 * slot) and no Slotwise-style tuning (no offset tables, no typed arrays).
 */
import type { AvailabilityRequest, TimeRange, WeeklyHours } from '@slotwise/core'
import { Temporal } from 'temporal-polyfill'

export interface BaselineSlot {
  readonly start: number
  readonly end: number
}

export interface BaselineDay {
  /** `YYYY-MM-DD` in the person's zone. */
  readonly date: string
  readonly slots: BaselineSlot[]
  readonly hidden: BaselineSlot[]
}

export interface BaselinePerson {
  readonly id: string
  readonly days: BaselineDay[]
}

export interface BaselineTeamSlot extends BaselineSlot {
  readonly people: string[]
}

export interface BaselineResult {
  readonly people: BaselinePerson[]
  readonly team?: { readonly slots: BaselineTeamSlot[]; readonly hidden: BaselineTeamSlot[] }
}

interface Span {
  start: number
  end: number
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const MINUTE = 60_000

/** Sorts and merges overlapping or touching spans; drops empty ones. */
function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start)
  const out: Span[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else out.push({ start: span.start, end: span.end })
  }
  return out
}

/** `a` minus `b`, both merged. */
function subtract(a: Span[], b: Span[]): Span[] {
  const out: Span[] = []
  let j = 0
  for (const span of a) {
    let start = span.start
    while (j < b.length && b[j]!.end <= start) j++
    let k = j
    while (k < b.length && b[k]!.start < span.end) {
      if (b[k]!.start > start) out.push({ start, end: b[k]!.start })
      start = Math.max(start, b[k]!.end)
      k++
    }
    if (start < span.end) out.push({ start, end: span.end })
  }
  return out
}

/** One `HH:MM` range of a local date as instants (end not after start: the next day). */
function rangeOnDate(date: Temporal.PlainDate, range: TimeRange, timeZone: string): Span {
  const from = Temporal.PlainTime.from(range.from)
  const start = date.toZonedDateTime({ timeZone, plainTime: from })
  let end: Temporal.ZonedDateTime
  if (range.to === '24:00') {
    end = date.add({ days: 1 }).toZonedDateTime({ timeZone })
  } else {
    const to = Temporal.PlainTime.from(range.to)
    const endDate = Temporal.PlainTime.compare(to, from) <= 0 ? date.add({ days: 1 }) : date
    end = endDate.toZonedDateTime({ timeZone, plainTime: to })
  }
  return { start: start.epochMilliseconds, end: end.epochMilliseconds }
}

function rangesOnDate(date: Temporal.PlainDate, weekly: WeeklyHours | undefined, timeZone: string): Span[] {
  const ranges = weekly?.[WEEKDAYS[date.dayOfWeek - 1]!] ?? []
  return ranges.map((range) => rangeOnDate(date, range, timeZone))
}

/** FNV-1a of the look-busy seed (the same key Slotwise derives; see lookBusy.ts in the core). */
function seedKey(seed: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Keyed 32-bit hash of a slot start: MurmurHash3's finaliser over both halves of the seconds. */
function slotRank(key: number, start: number): number {
  const seconds = Math.floor(start / 1000)
  let hash = (key ^ (seconds >>> 0)) >>> 0
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  hash ^= Math.floor(seconds / 2 ** 32) + (hash >>> 16)
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d)
  return (hash ^ (hash >>> 16)) >>> 0
}

/**
 * Look-busy for one local day: hides round-half-up(p · n / 100) of the slots, those with
 * the lowest keyed hash (ties by start). Exact for whole percentages.
 */
function hideSome<T extends BaselineSlot>(
  slots: T[],
  percent: number,
  key: number,
): { shown: T[]; hidden: T[] } {
  const hide = Math.floor((percent * slots.length) / 100 + 0.5)
  if (hide === 0) return { shown: slots, hidden: [] }
  const ranked = slots
    .map((slot) => ({ slot, rank: slotRank(key, slot.start) }))
    .sort((a, b) => a.rank - b.rank || a.slot.start - b.slot.start)
  const hiddenSet = new Set(ranked.slice(0, hide).map((entry) => entry.slot))
  return {
    shown: slots.filter((slot) => !hiddenSet.has(slot)),
    hidden: slots.filter((slot) => hiddenSet.has(slot)),
  }
}

function unsupported(what: string): never {
  throw new Error(`temporal baseline: ${what} is not supported`)
}

/** Same question, same answer shape (the parts the scenarios compare) as `availability()`. */
export function temporalAvailability(request: AvailabilityRequest): BaselineResult {
  const policy = request.policy
  if ((policy.alignment ?? 'window') !== 'window') unsupported(`alignment '${policy.alignment}'`)
  if (policy.horizon !== undefined || policy.capacity !== undefined || policy.limits !== undefined) {
    unsupported('horizon, capacity or limits')
  }
  if (policy.buffersWithinHours === true) unsupported('buffersWithinHours')
  const duration = policy.durationMinutes
  const step = policy.intervalMinutes ?? duration
  const before = (policy.bufferBeforeMinutes ?? 0) * MINUTE
  const after = (policy.bufferAfterMinutes ?? 0) * MINUTE
  const earliest = request.now + (policy.minimumNoticeMinutes ?? 0) * MINUTE
  const percent = policy.lookBusy?.percent ?? 0
  const key = seedKey(policy.lookBusy?.seed ?? '')

  let windowStart: number
  let windowEnd: number
  if ('from' in request.window) {
    const { from, to, timeZone } = request.window
    windowStart = Temporal.PlainDate.from(from).toZonedDateTime({ timeZone }).epochMilliseconds
    windowEnd = Temporal.PlainDate.from(to).add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds
  } else {
    windowStart = request.window.start
    windowEnd = request.window.end
  }

  const allSlots: BaselineSlot[][] = []
  const people: BaselinePerson[] = request.people.map((person) => {
    const schedule = person.schedule
    if (
      (schedule.overrides?.length ?? 0) > 0 ||
      (schedule.holidays?.length ?? 0) > 0 ||
      (schedule.leave?.length ?? 0) > 0 ||
      (schedule.zoneChanges?.length ?? 0) > 0 ||
      (schedule.breaks?.dates?.length ?? 0) > 0
    ) {
      unsupported('overrides, holidays, leave, zone changes or date breaks')
    }
    const timeZone = schedule.timeZone
    const firstDate = Temporal.Instant.fromEpochMilliseconds(windowStart)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
    const lastDate = Temporal.Instant.fromEpochMilliseconds(windowEnd - 1)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()

    // Working time and breaks of every local date, from the day before the window (its
    // night shift can run into the window) to the last date the window touches.
    const working: Span[] = []
    const breaks: Span[] = []
    const days: BaselineDay[] = []
    const dayByDate = new Map<string, BaselineDay>()
    for (
      let date = firstDate.subtract({ days: 1 });
      Temporal.PlainDate.compare(date, lastDate) <= 0;
      date = date.add({ days: 1 })
    ) {
      working.push(...rangesOnDate(date, schedule.weekly ?? undefined, timeZone))
      breaks.push(...rangesOnDate(date, schedule.breaks?.weekly, timeZone))
      if (Temporal.PlainDate.compare(date, firstDate) >= 0) {
        const day: BaselineDay = { date: date.toString(), slots: [], hidden: [] }
        days.push(day)
        dayByDate.set(day.date, day)
      }
    }
    const open = subtract(merge(working), merge(breaks))

    const blocked = merge(
      (person.busy ?? [])
        .filter((event) => event.recurrence === undefined || unsupported('recurring events'))
        .filter(
          (event) => event.end > event.start && (event.soft !== true || policy.softEventsBlock === true),
        )
        .map((event) => ({
          start: event.start - (event.bufferBeforeMinutes ?? 0) * MINUTE - after,
          end: event.end + (event.bufferAfterMinutes ?? 0) * MINUTE + before,
        })),
    )

    // The grid: from the start of each open run, every `step` minutes of elapsed time.
    const slots: BaselineSlot[] = []
    let next = 0
    for (const run of open) {
      let slotStart = Temporal.Instant.fromEpochMilliseconds(run.start).toZonedDateTimeISO(timeZone)
      for (;;) {
        const slotEnd = slotStart.add({ minutes: duration })
        const start = slotStart.epochMilliseconds
        const end = slotEnd.epochMilliseconds
        if (end > run.end || start >= windowEnd) break
        while (next < blocked.length && blocked[next]!.end <= start) next++
        const isBusy = next < blocked.length && blocked[next]!.start < end
        if (start >= windowStart && end <= windowEnd && start >= earliest && !isBusy) {
          const slot = { start, end }
          slots.push(slot)
          dayByDate.get(slotStart.toPlainDate().toString())!.slots.push(slot)
        }
        slotStart = slotStart.add({ minutes: step })
      }
    }
    allSlots.push(slots)

    if (percent > 0) {
      for (const day of days) {
        const { shown, hidden } = hideSome(day.slots, percent, key)
        day.slots.splice(0, day.slots.length, ...shown)
        day.hidden.push(...hidden)
      }
    }
    return { id: person.id, days }
  })

  if (request.team === undefined) return { people }
  const mode = request.team.mode
  if (mode !== 'collective' && mode !== 'anyOf') unsupported(`team mode '${mode}'`)

  // Who has each start; collective keeps the starts everybody has.
  const byStart = new Map<number, string[]>()
  allSlots.forEach((slots, index) => {
    const id = request.people[index]!.id
    for (const slot of slots) {
      const ids = byStart.get(slot.start)
      if (ids === undefined) byStart.set(slot.start, [id])
      else ids.push(id)
    }
  })
  const needed = mode === 'collective' ? request.people.length : 1
  const teamSlots: BaselineTeamSlot[] = [...byStart.keys()]
    .sort((a, b) => a - b)
    .filter((start) => byStart.get(start)!.length >= needed)
    .map((start) => ({ start, end: start + duration * MINUTE, people: byStart.get(start)! }))

  if (percent === 0) return { people, team: { slots: teamSlots, hidden: [] } }
  // Team look-busy: per local date in the first person's zone.
  const firstZone = request.people[0]!.schedule.timeZone
  const byDate = new Map<string, BaselineTeamSlot[]>()
  for (const slot of teamSlots) {
    const date = Temporal.Instant.fromEpochMilliseconds(slot.start)
      .toZonedDateTimeISO(firstZone)
      .toPlainDate()
      .toString()
    const list = byDate.get(date)
    if (list === undefined) byDate.set(date, [slot])
    else list.push(slot)
  }
  const shown: BaselineTeamSlot[] = []
  const hidden: BaselineTeamSlot[] = []
  for (const list of byDate.values()) {
    const split = hideSome(list, percent, key)
    shown.push(...split.shown)
    hidden.push(...split.hidden)
  }
  return { people, team: { slots: shown, hidden } }
}
