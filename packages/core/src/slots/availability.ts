import { MS_PER_DAY } from '../calendar/civil.js'
import { formatDays } from '../calendar/formatPlainDate.js'
import {
  fail,
  MAX_TEXT_LENGTH,
  readArray,
  readBoolean,
  readChoice,
  readInteger,
  readObject,
} from '../internal/read.js'
import {
  findFirstEndingAfter,
  intersectSets,
  isInstant,
  isSetCovering,
  readInterval,
} from '../interval/internal.js'
import type { Interval } from '../interval/types.js'
import { readDateRange } from '../schedule/compileSchedule.js'
import { wallToInstant } from '../zone/wallToInstant.js'
import { getZone, MAX_ZONE_INSTANT, MIN_ZONE_INSTANT } from '../zone/zoneRecord.js'
import { hashSeed, hiddenFlags } from './lookBusy.js'
import {
  blocks,
  evaluate,
  forEachCandidate,
  localDay,
  type PersonContext,
  type PersonState,
  preparePerson,
} from './preparePerson.js'
import { type CompiledPolicy, readPolicy } from './readPolicy.js'
import type {
  AvailabilityRequest,
  AvailabilityResult,
  BusyInterval,
  DayAvailability,
  PersonAvailability,
  RejectedSlot,
  Slot,
  TeamMode,
  TeamSlot,
} from './types.js'

const CODE = 'INVALID_REQUEST'

/** A request checked once; internal. */
export interface PreparedRequest {
  readonly window: Interval
  readonly policy: CompiledPolicy
  readonly people: PersonState[]
  readonly team: TeamMode | undefined
}

function readWindow(value: unknown, maxDays: number): Interval {
  const window = readObject(value, CODE, 'window')
  let result: Interval
  if (window.from !== undefined || window.timeZone !== undefined) {
    const zone = getZone(window.timeZone, 'window.timeZone')
    const [from, to] = readDateRange(window, 'window', CODE)
    if (to - from + 1 > maxDays) fail('RANGE_TOO_LARGE', 'window', value, `at most ${maxDays} days`)
    result = {
      start: wallToInstant(zone, from * MS_PER_DAY, 'compatible'),
      end: wallToInstant(zone, (to + 1) * MS_PER_DAY, 'compatible'),
    }
  } else {
    result = readInterval(window, 'window')
    // Local dates exist in years 0001–9999 only: a window at 8.64e15 overflowed the instant
    // range while building the dates around it and failed with a path inside the engine.
    if (result.start < MIN_ZONE_INSTANT - 2 * MS_PER_DAY) {
      fail('INVALID_INSTANT', 'window.start', result.start, 'an instant in years 0001–9999')
    }
    if (result.end > MAX_ZONE_INSTANT + 2 * MS_PER_DAY) {
      fail('INVALID_INSTANT', 'window.end', result.end, 'an instant in years 0001–9999')
    }
  }
  // A day either side of the cap for DST, so a 366-day local window always fits.
  if (result.end - result.start > (maxDays + 1) * MS_PER_DAY) {
    fail('RANGE_TOO_LARGE', 'window', value, `at most ${maxDays} days`)
  }
  return result
}

function readTeam(value: unknown, people: number): TeamMode | undefined {
  if (value === undefined) return undefined
  const team = readObject(value, CODE, 'team')
  const mode = readChoice(team.mode, CODE, 'team.mode', ['collective', 'anyOf', 'atLeast'])
  if (mode !== 'atLeast') return { mode }
  return { mode, count: readInteger(team.count, CODE, 'team.count', 1, people) }
}

/** What a request says besides its people's details, checked; internal. */
interface RequestHead extends PersonContext {
  readonly request: Readonly<Record<string, unknown>>
  /** The people as given, each checked when it is prepared. */
  readonly people: readonly unknown[]
  readonly maxSlots: number
}

/** Checks everything a request holds before its people: caps, window, `now`, policy, people list. */
function readRequestHead(value: unknown, extend?: Interval): RequestHead {
  const request = readObject(value, CODE, '')
  const caps = request.caps === undefined ? {} : readObject(request.caps, CODE, 'caps')
  const maxDays = readInteger(caps.maxWindowDays, CODE, 'caps.maxWindowDays', 1, 3660, 366)
  const maxPeople = readInteger(caps.maxPeople, CODE, 'caps.maxPeople', 1, 100_000, 1000)
  const maxEvents = readInteger(
    caps.maxEventsPerPerson,
    CODE,
    'caps.maxEventsPerPerson',
    0,
    10_000_000,
    100_000,
  )
  const maxSlots = readInteger(caps.maxSlots, CODE, 'caps.maxSlots', 0, 100_000_000, 2_000_000)
  const maxText = readInteger(caps.maxTextLength, CODE, 'caps.maxTextLength', 1, 65_536, MAX_TEXT_LENGTH)
  let window = readWindow(request.window, maxDays)
  if (extend !== undefined) {
    window = { start: Math.min(window.start, extend.start), end: Math.max(window.end, extend.end) }
    // The window cap holds for the stretched window too: checkBooking of a proposal in year
    // 275760 built every local date up to it and ran out of memory.
    if (window.end - window.start > (maxDays + 1) * MS_PER_DAY) {
      fail('RANGE_TOO_LARGE', 'proposed', extend, `within ${maxDays} days of the window`)
    }
  }
  if (!isInstant(request.now)) fail('INVALID_INSTANT', 'now', request.now, 'integer epoch milliseconds')
  const policy = readPolicy(request.policy, 'policy', maxText)
  const people = readArray(request.people, CODE, 'people', false)
  if (people.length === 0) fail(CODE, 'people', people, 'at least one person')
  if (people.length > maxPeople) fail('TOO_MANY_PEOPLE', 'people', people, `at most ${maxPeople}`)
  return { request, window, now: request.now, policy, people, maxEvents, maxText, maxSlots }
}

/** Checks and prepares the request's `index`th person. */
function preparePersonAt(head: RequestHead, index: number): PersonState {
  return preparePerson(head.people[index], `people[${index}]`, head)
}

/** The checks after the people: ids that differ, then the team mode (returned) and `explain`. */
function readRequestTail(head: RequestHead, ids: readonly string[]): TeamMode | undefined {
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    if (seen.has(id)) fail(CODE, `people[${i}].id`, id, 'ids that differ')
    seen.add(id)
  })
  const team = readTeam(head.request.team, ids.length)
  readBoolean(head.request.explain, CODE, 'explain', false)
  return team
}

/**
 * Checks a whole request and precomputes every person's state.
 * @throws SlotwiseError with the path of the first bad field.
 */
export function prepareRequest(value: unknown, extend?: Interval): PreparedRequest {
  const head = readRequestHead(value, extend)
  const states = head.people.map((_, i) => preparePersonAt(head, i))
  const team = readRequestTail(
    head,
    states.map((state) => state.id),
  )
  return { ...head, people: states, team }
}

/** Bookable slots of one person in `[from, to)` and, when asked, the rejected candidates. */
export function personSlots(
  state: PersonState,
  from: number,
  to: number,
  explain: boolean,
): { slots: Slot[]; rejected: RejectedSlot[] } {
  const slots: Slot[] = []
  const rejected: RejectedSlot[] = []
  const duration = state.policy.duration
  forEachCandidate(state, from, to, (start) => {
    const end = start + duration
    const reasons = evaluate(state, start, end, !explain, true)
    if (reasons.length === 0) slots.push({ start, end })
    else if (explain) rejected.push({ start, end, reasons })
  })
  return { slots, rejected }
}

/**
 * Splits sorted slots by the local date (index into `state.days`) of their start. Each group
 * is an exact-size slice: the answer outlives the call, and arrays grown by `push` keep
 * room for a dozen more entries each (for 100 people × 100 dates, a fifth of its heap).
 */
function groupByDay(state: PersonState, slots: readonly Slot[]): Slot[][] {
  const days = state.days
  const groups: Slot[][] = []
  let first = 0
  for (let d = 0; d < days.length; d++) {
    let next = first
    if (d === days.length - 1) next = slots.length
    else while (next < slots.length && slots[next]!.start < days[d]!.end) next++
    groups.push(slots.slice(first, next))
    first = next
  }
  return groups
}

/**
 * Every event's busy span on each local date it touches, in exact-size lists (as above); an
 * event that spans two dates is one object in both lists.
 */
function busyOfDays(state: PersonState): BusyInterval[][] {
  const days = state.days
  const events = state.events
  // Events are sorted by start, so the first date each one touches only moves forward.
  // One pass counts, one fills.
  const counts = new Int32Array(days.length)
  const firsts = new Int32Array(events.length)
  let first = 0
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!
    while (first < days.length && days[first]!.end <= event.start) first++
    firsts[e] = first
    if (event.end <= event.start) continue
    for (let d = first; d < days.length && days[d]!.start < event.end; d++) counts[d]!++
  }
  const result = days.map((_, d): BusyInterval[] => new Array(counts[d]!))
  counts.fill(0)
  const policy = state.policy
  for (let e = 0; e < events.length; e++) {
    const event = events[e]!
    if (event.end <= event.start) continue
    const span = { start: event.start, end: event.end, eventId: event.id, blocking: blocks(policy, event) }
    for (let d = firsts[e]!; d < days.length && days[d]!.start < event.end; d++) {
      result[d]![counts[d]!++] = span
    }
  }
  return result
}

/** The part of `working` that can meet `breaks` (a date's own): linear per date, not per window. */
function workingNear(working: readonly Interval[], breaks: readonly Interval[]): Interval[] {
  const from = breaks[0]!.start
  const to = breaks[breaks.length - 1]!.end
  const first = findFirstEndingAfter(working, from)
  let last = first
  while (last < working.length && working[last]!.start < to) last++
  return working.slice(first, last)
}

/** A date's breaks clipped to all working time; the date's own list when it already lies inside. */
function reportedBreaks(state: PersonState, breaks: Interval[]): Interval[] {
  // No breaks at all pass too (and workingNear needs at least one).
  if (breaks.every((b) => isSetCovering(state.working, b.start, b.end))) return breaks
  return intersectSets(breaks, workingNear(state.working, breaks))
}

/**
 * The per-date answer of one person, with look-busy applied per local date. `dates` holds
 * the `YYYY-MM-DD` text of each date number, shared by everyone in the request.
 */
function describePerson(
  state: PersonState,
  slots: Slot[],
  rejected: RejectedSlot[],
  explain: boolean,
  dates: Map<number, string>,
): PersonAvailability {
  const groups = groupByDay(state, slots)
  const busy = busyOfDays(state)
  const key = hashSeed(state.policy.lookBusySeed)
  const days: DayAvailability[] = []
  state.days.forEach((day, d) => {
    if (day.day < state.firstDay || day.day > state.lastDay) return
    const group = groups[d]!
    const flags = hiddenFlags(group, state.policy.lookBusyPercent, key)
    let date = dates.get(day.day)
    if (date === undefined) {
      date = formatDays(day.day)
      dates.set(day.day, date)
    }
    days.push({
      date,
      timeZone: day.zone.id,
      working: day.working,
      breaks: reportedBreaks(state, day.breaks),
      busy: busy[d]!,
      slots: flags.length === 0 ? group : group.filter((_, i) => !flags[i]),
      hidden: flags.length === 0 ? [] : group.filter((_, i) => flags[i]),
      // A night shift's slots can start on a date with no hours of its own: no reason then.
      noSlotsReason: group.length > 0 ? null : day.reason,
    })
  })
  const person: PersonAvailability = { id: state.id, timeZone: state.schedule.zone.id, days }
  return explain ? { ...person, rejected } : person
}

/** How many of `people` must be free for the team (`collective`, everyone, when no mode is given). */
export function neededPeople(team: TeamMode | undefined, people: number): number {
  return team === undefined || team.mode === 'collective' ? people : team.mode === 'atLeast' ? team.count : 1
}

/**
 * Combines the people's slot starts (each list ascending): who can take each start (ids in
 * input order), filtered by the team mode.
 */
export function combineTeam(
  team: TeamMode,
  ids: readonly string[],
  duration: number,
  perPerson: readonly (readonly number[])[],
): TeamSlot[] {
  const needed = neededPeople(team, perPerson.length)
  // A merge through a min-heap of people by their next start, ties by input order, so each
  // start's people come out in input order.
  const next = new Int32Array(perPerson.length)
  const head = Float64Array.from(perPerson, (starts) => starts[0] ?? Number.POSITIVE_INFINITY)
  const heap = Int32Array.from(perPerson.keys())
  // Whether person `a` comes out before `b` (two ended lists compare by index: ∞ − ∞ is NaN).
  const before = (a: number, b: number) => (head[a]! - head[b]! || a - b) < 0
  const siftDown = (at: number) => {
    const person = heap[at]!
    for (let child = 2 * at + 1; child < heap.length; child = 2 * at + 1) {
      if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!)) child++
      if (before(person, heap[child]!)) break
      heap[at] = heap[child]!
      at = child
    }
    heap[at] = person
  }
  for (let at = (heap.length >> 1) - 1; at >= 0; at--) siftDown(at)
  const result: TeamSlot[] = []
  while (heap.length > 0 && head[heap[0]!]! < Number.POSITIVE_INFINITY) {
    const start = head[heap[0]!]!
    const people: string[] = []
    do {
      const person = heap[0]!
      people.push(ids[person]!)
      head[person] = perPerson[person]![++next[person]!] ?? Number.POSITIVE_INFINITY
      siftDown(0)
    } while (head[heap[0]!] === start)
    if (people.length >= needed) result.push({ start, end: start + duration, people })
  }
  return result
}

/**
 * When can this be booked? Every person's bookable slots in the window, per local date, with
 * working time, breaks, busy time and the reason a date has none; the team's slots when a
 * team mode is given; every rejected candidate with its reasons when `explain` is set.
 *
 * Slots lie wholly inside the window, on the grid of each person's own zone; every list is
 * sorted by start then end.
 * @throws SlotwiseError `INVALID_REQUEST`, `INVALID_POLICY`, `INVALID_SCHEDULE`, `INVALID_EVENT`,
 *   `RANGE_TOO_LARGE`, `TOO_MANY_PEOPLE`, `TOO_MANY_EVENTS`, `TOO_MANY_SLOTS` and the time codes, with paths.
 * @example
 * availability({
 *   window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'America/New_York' },
 *   now: Date.UTC(2024, 2, 1),
 *   people: [{ id: 'ana', schedule: { timeZone: 'America/New_York', weekly: { monday: [{ from: '09:00', to: '12:00' }] } } }],
 *   policy: { durationMinutes: 60 },
 * }).people[0].days[0].slots.length // 3
 */
export function availability(request: AvailabilityRequest): AvailabilityResult {
  const head = readRequestHead(request)
  const { window, policy } = head
  // `explain` is checked in its turn, after the people (a bad person is reported first), but
  // needed before: anything other than `true` is either false or fails there.
  const explain = head.request.explain === true
  // One person at a time, prepared, answered and dropped: only the answers stay alive, not
  // every person's events and sets (100 people × 100 days kept tens of megabytes alive).
  // The errors keep their order: every person is still checked before too many slots fail.
  const ids: string[] = []
  // Each person's slot starts, read while the slots are fresh, for the team.
  const perPerson: number[][] = []
  const people: PersonAvailability[] = []
  const dates = new Map<number, string>()
  let first: PersonState | undefined
  let total = 0
  let tooMany: { path: string; total: number } | undefined
  for (let i = 0; i < head.people.length; i++) {
    const state = preparePersonAt(head, i)
    ids.push(state.id)
    first ??= state
    if (tooMany !== undefined) continue
    const { slots, rejected } = personSlots(state, window.start, window.end, explain)
    total += slots.length
    if (total > head.maxSlots) {
      tooMany = { path: `people[${i}]`, total }
      continue
    }
    if (head.request.team !== undefined) perPerson.push(slots.map((slot) => slot.start))
    people.push(describePerson(state, slots, rejected, explain, dates))
  }
  const team = readRequestTail(head, ids)
  if (tooMany !== undefined) fail('TOO_MANY_SLOTS', tooMany.path, tooMany.total, `at most ${head.maxSlots}`)
  if (team === undefined || first === undefined) return { window, people }
  const all = combineTeam(team, ids, policy.duration, perPerson)
  let shown = all
  const hidden: TeamSlot[] = []
  // Look-busy for the team: per local date in the first person's zone.
  if (policy.lookBusyPercent > 0) {
    shown = []
    const key = hashSeed(policy.lookBusySeed)
    for (let i = 0; i < all.length; ) {
      const day = localDay(first.schedule, all[i]!.start)
      let j = i
      while (j < all.length && localDay(first.schedule, all[j]!.start) === day) j++
      const group = all.slice(i, j)
      const flags = hiddenFlags(group, policy.lookBusyPercent, key)
      group.forEach((slot, k) => {
        ;(flags[k] ? hidden : shown).push(slot)
      })
      i = j
    }
  }
  return { window, people, team: { mode: team.mode, slots: shown, hidden } }
}
