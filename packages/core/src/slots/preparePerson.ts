import { compileBusy, type EventInstance } from '../busy/compileBusy.js'
import { MS_PER_DAY, packedCivilFromDays } from '../calendar/civil.js'
import { weekdayOfDays } from '../calendar/weekday.js'
import { firstChange } from '../internal/firstChange.js'
import { readObject, readString } from '../internal/read.js'
import {
  findFirstEndingAfter,
  intersectSets,
  isInstant,
  isSetCovering,
  isSetOverlapping,
  normalizeIntervalList,
  SetBuilder,
  subtractSets,
} from '../interval/internal.js'
import type { Interval, IntervalSet } from '../interval/types.js'
import { buildScheduleDays, type DayData } from '../schedule/buildScheduleDays.js'
import { type CompiledSchedule, compileSchedule, zoneOnDay } from '../schedule/compileSchedule.js'
import { wallToInstant } from '../zone/wallToInstant.js'
import { offsetSecondsAt, wallOf } from '../zone/zoneRecord.js'
import { type CompiledPolicy, PERIODS } from './readPolicy.js'
import type { Reason } from './types.js'

/** What every person of a request is prepared against: the request's checked fields and caps. */
export interface PersonContext {
  readonly policy: CompiledPolicy
  readonly window: Interval
  readonly now: number
  readonly maxEvents: number
  readonly maxText: number
}

/** Everything needed to judge one person's candidates; built once per request. */
export interface PersonState {
  readonly id: string
  readonly schedule: CompiledSchedule
  readonly policy: CompiledPolicy
  /** Local dates from two before the window's first to two after its last. */
  readonly days: DayData[]
  readonly firstDay: number
  readonly lastDay: number
  readonly working: IntervalSet
  readonly breaks: IntervalSet
  /** Working time minus breaks: where slots may lie. */
  readonly open: IntervalSet
  /** Every instance, sorted by start. */
  readonly events: EventInstance[]
  readonly blocking: EventInstance[]
  /** Blocking events' spans grown by both sides' buffers. */
  readonly blocked: IntervalSet
  /** Capacity bookings' starts and ends, each sorted. */
  readonly bookingStarts: number[]
  readonly bookingEnds: number[]
  /** Booked count and minutes per day, ISO week (its Monday) and month key. */
  readonly booked: ReadonlyArray<Map<number, [number, number]>>
  readonly notBefore: number
  readonly horizonEnd: number
}

/**
 * Whether an event blocks under a policy: hard events do, soft ones only with
 * `softEventsBlock`, and bookings counted for capacity never do.
 */
export function blocks(policy: CompiledPolicy, event: EventInstance): boolean {
  // Capacity is 0 without an event type (readPolicy), so a capacity names the type.
  if (policy.capacity > 0 && event.eventType === policy.eventType) return false
  return !event.soft || policy.softEventsBlock
}

/** The local date of an instant in the zone the schedule has on that date. */
export function localDay(schedule: CompiledSchedule, instant: number): number {
  let day = Math.floor(wallOf(schedule.zone, instant) / MS_PER_DAY)
  if (schedule.zoneChanges.length === 0) return day
  const zone = zoneOnDay(schedule, day)
  day = Math.floor(wallOf(zone, instant) / MS_PER_DAY)
  // Around a zone change, date D spans [dayStart(D), dayStart(D + 1)) with each start in its own
  // date's zone (as buildScheduleDays cuts them): after a move from New York to Kolkata on
  // 2024-06-10, 00:30Z is already 06:00 on the 10th although New York still calls it the 9th.
  // Offsets differ by at most 26 hours, so two steps either way always suffice.
  for (let step = 0; step < 2 && instant < dayStart(schedule, day); step++) day--
  for (let step = 0; step < 2 && instant >= dayStart(schedule, day + 1); step++) day++
  return day
}

/** The first instant of a local date. */
export function dayStart(schedule: CompiledSchedule, day: number): number {
  return wallToInstant(zoneOnDay(schedule, day), day * MS_PER_DAY, 'compatible')
}

/** The UTC offset in milliseconds at `instant`, in the zone the schedule has on its local date. */
function offsetAt(schedule: CompiledSchedule, instant: number): number {
  // With zone changes the zone depends on the date; without, it is fixed.
  const zone =
    schedule.zoneChanges.length === 0 ? schedule.zone : zoneOnDay(schedule, localDay(schedule, instant))
  return offsetSecondsAt(zone, instant) * 1000
}

/** Milliseconds since midnight of a wall time given as milliseconds (floor, not %, before 1970). */
function timeOfDay(wall: number): number {
  return wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY
}

/** Keys of the day, ISO week and month a local date belongs to, for limits. */
export function periodKeys(day: number): [number, number, number] {
  const packed = packedCivilFromDays(day)
  return [day, day - weekdayOfDays(day) + 1, Math.floor(packed / 100)]
}

const RECURRENCE_MARGIN = 32 * MS_PER_DAY

/**
 * Checks one person and precomputes their open time, busy sets and counters for the window.
 * @throws SlotwiseError from the schedule and the busy events, with paths under `path`.
 */
export function preparePerson(value: unknown, path: string, context: PersonContext): PersonState {
  const { policy, window, now, maxEvents, maxText } = context
  const person = readObject(value, 'INVALID_REQUEST', path)
  const id = readString(person.id, 'INVALID_REQUEST', `${path}.id`, maxText)
  const schedule = compileSchedule(person.schedule, `${path}.schedule`)
  const firstDay = localDay(schedule, window.start)
  const lastDay = Math.max(firstDay, localDay(schedule, window.end - 1))
  // Two dates past the last: after a zone change eastwards a date's night shift or break can
  // reach into the working time of the date after next (UTC → Australia/Lord_Howe), and the
  // last date's reported breaks (clipped to all working time) must not depend on the window.
  const days = buildScheduleDays(schedule, firstDay - 2, lastDay + 2)
  const workingSet = new SetBuilder()
  const breakSet = new SetBuilder()
  for (const day of days) {
    for (const interval of day.working) workingSet.add(interval.start, interval.end)
    for (const interval of day.breaks) breakSet.add(interval.start, interval.end)
  }
  const working = workingSet.finish()
  const breaks = intersectSets(breakSet.finish(), working)
  const computeStart = days[0]?.start ?? window.start
  const computeEnd = days.at(-1)?.end ?? window.end
  const events = compileBusy(
    person.busy,
    `${path}.busy`,
    computeStart - RECURRENCE_MARGIN,
    computeEnd + RECURRENCE_MARGIN,
    maxEvents,
    maxText,
  )
  const blocking: EventInstance[] = []
  const blockedSet = new SetBuilder()
  const bookingStarts: number[] = []
  const bookingEnds: number[] = []
  const booked = PERIODS.map(() => new Map<number, [number, number]>())
  for (const event of events) {
    if (event.end <= event.start) continue
    const ofType = policy.eventType !== undefined && event.eventType === policy.eventType
    if (ofType && policy.hasLimits) {
      const keys = periodKeys(localDay(schedule, event.start))
      for (let period = 0; period < 3; period++) {
        const entry = booked[period]!.get(keys[period]!)
        const minutes = (event.end - event.start) / 60_000
        if (entry === undefined) booked[period]!.set(keys[period]!, [1, minutes])
        else {
          entry[0]++
          entry[1] += minutes
        }
      }
    }
    if (ofType && policy.capacity > 0) {
      bookingStarts.push(event.start)
      bookingEnds.push(event.end)
    } else if (blocks(policy, event)) {
      blocking.push(event)
      blockedSet.add(event.start - event.before - policy.after, event.end + event.after + policy.before)
    }
  }
  const blocked = blockedSet.finish()
  bookingEnds.sort((a, b) => a - b)
  let horizonEnd = policy.horizonInstant ?? Number.POSITIVE_INFINITY
  if (policy.horizonDays !== undefined)
    horizonEnd = dayStart(schedule, localDay(schedule, now) + policy.horizonDays + 1)
  if (blocked.length > 0 && !(isInstant(blocked[0]!.start) && isInstant(blocked[blocked.length - 1]!.end))) {
    // Buffers pushed a span past ±8.64e15: the checking reader rejects it, as it always has.
    normalizeIntervalList(
      blocking.map((event) => ({
        start: event.start - event.before - policy.after,
        end: event.end + event.after + policy.before,
      })),
      '',
    )
  }
  return {
    id,
    schedule,
    policy,
    days,
    firstDay,
    lastDay,
    working,
    breaks,
    open: subtractSets(working, breaks),
    events,
    blocking,
    blocked,
    bookingStarts,
    bookingEnds,
    booked,
    notBefore: now + policy.notice,
    horizonEnd,
  }
}

/** Index of the computed day holding `instant`, or -1. */
export function dayIndexAt(state: PersonState, instant: number): number {
  // The computed days are sorted and disjoint, so they search like an interval set.
  const index = findFirstEndingAfter(state.days, instant)
  return index < state.days.length && state.days[index]!.start <= instant ? index : -1
}

/** How many sorted `values` are below `limit` (strictly, or also equal when `orEqual`). */
function countBelow(values: readonly number[], limit: number, orEqual: boolean): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const value = values[middle]!
    if (value < limit || (orEqual && value === limit)) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Whether `[start, end)`, which lies in open time, is one of the person's grid slots: the
 * slot generator itself is asked, so the grid has one definition.
 */
function isOnGrid(state: PersonState, start: number, end: number): boolean {
  let found = false
  if (end - start === state.policy.duration) {
    forEachCandidate(state, start, end, () => {
      found = true
    })
  }
  return found
}

const NONE: Reason[] = []

/** Appends without a closure per call (evaluate runs once per candidate). */
function add(reasons: Reason[] | undefined, reason: Reason): Reason[] {
  if (reasons === undefined) return [reason]
  reasons.push(reason)
  return reasons
}

/** Appends a closing reason unless it is there (a proposal can span several closed dates). */
function addOnce(reasons: Reason[] | undefined, code: 'Holiday' | 'Leave'): Reason[] {
  return reasons?.some((r) => r.code === code) ? reasons : add(reasons, { code })
}

/** What `evaluate` returns in `quick` mode for a refused candidate: only its length matters. */
const REFUSED: Reason[] = [{ code: 'Busy' }]

/**
 * Every reason `[start, end)` cannot be booked by this person, or an empty list. The one
 * judgement used by both the slot generator and `checkBooking`. With `quick` it stops at
 * the first reason and returns a shared non-empty list (the generator only needs yes/no),
 * so a refused candidate allocates nothing; the rules and their order are the same. The
 * generator's candidates come `fromGrid`, so quick mode needs no early exit on the rules
 * that `fromGrid` settles (hours, breaks, grid).
 * `fromGrid` says the caller took `[start, end)` from the grid in open time (the generator
 * does), so it is inside working time, off every break and on the grid: those searches are
 * skipped, not the rules.
 */
export function evaluate(
  state: PersonState,
  start: number,
  end: number,
  quick = false,
  fromGrid = false,
): Reason[] {
  let reasons: Reason[] | undefined
  const policy = state.policy
  // The cheapest rules first, so quick mode refuses most candidates in a comparison or two.
  const tooSoon = start < state.notBefore
  const beyond = start >= state.horizonEnd
  if (quick && (tooSoon || beyond)) return REFUSED
  const blocked = isSetOverlapping(state.blocked, start, end)
  if (quick && blocked) return REFUSED
  // A closed date drops only the intervals that belong to it: Monday's 22:00–06:00 shift
  // stays bookable on a Tuesday holiday. So a holiday or leave is named only where working
  // time is missing (working time already excludes closed dates and leave).
  const covered = fromGrid || isSetCovering(state.working, start, end)
  if (!covered) {
    for (let i = Math.max(0, dayIndexAt(state, start)); i < state.days.length; i++) {
      const day = state.days[i]!
      if (day.start >= end) break
      if (day.end > start && day.closedBy !== null) reasons = addOnce(reasons, day.closedBy)
    }
    if (isSetOverlapping(state.schedule.leave, start, end)) reasons = addOnce(reasons, 'Leave')
    // Nothing was said before: missing working time that no closed date or leave explains
    // lies outside the hours.
    if (reasons === undefined) reasons = add(reasons, { code: 'OutsideWorkingHours' })
  }
  const onBreak = !fromGrid && isSetOverlapping(state.breaks, start, end)
  if (onBreak) reasons = add(reasons, { code: 'OnBreak' })
  // The grid is cut from open time: a proposal on a holiday, a break or outside the hours
  // has no grid to miss, and saying NotOnGrid there would only blur the real reason.
  if (!fromGrid && covered && !onBreak && !isOnGrid(state, start, end)) {
    reasons = add(reasons, { code: 'NotOnGrid' })
  }
  // Reached only outside quick mode (quick refuses a blocked candidate above): name the events.
  if (blocked) {
    const busyIds: string[] = []
    const bufferIds: string[] = []
    for (const event of state.blocking) {
      if (event.start - event.before - policy.after >= end) continue
      if (event.start < end && event.end > start) busyIds.push(event.id)
      else if (event.end + event.after + policy.before > start) bufferIds.push(event.id)
    }
    if (busyIds.length > 0) reasons = add(reasons, { code: 'Busy', eventIds: busyIds })
    if (bufferIds.length > 0) reasons = add(reasons, { code: 'BufferConflict', eventIds: bufferIds })
  }
  if (
    policy.buffersWithinHours &&
    covered &&
    !isSetCovering(state.open, start - policy.before, end + policy.after)
  ) {
    if (quick) return REFUSED
    reasons = add(reasons, { code: 'OutsideWorkingHours' })
  }
  if (tooSoon) reasons = add(reasons, { code: 'TooSoon' })
  if (beyond) reasons = add(reasons, { code: 'BeyondHorizon' })
  if (policy.hasLimits) {
    const keys = periodKeys(localDay(state.schedule, start))
    for (let period = 0; period < 3; period++) {
      const [count, minutes] = state.booked[period]!.get(keys[period]!) ?? [0, 0]
      const [maxCount, maxMinutes] = policy.limits[period]!
      const name = PERIODS[period]!
      const overCount = count >= maxCount
      const overMinutes = minutes + policy.duration / 60_000 > maxMinutes
      if (quick && (overCount || overMinutes)) return REFUSED
      if (overCount)
        reasons = add(reasons, { code: 'LimitReached', limit: { period: name, measure: 'count' } })
      if (overMinutes) {
        reasons = add(reasons, { code: 'LimitReached', limit: { period: name, measure: 'minutes' } })
      }
    }
  }
  if (policy.capacity > 0) {
    const overlapping =
      countBelow(state.bookingStarts, end, false) - countBelow(state.bookingEnds, start, true)
    if (overlapping >= policy.capacity) {
      if (quick) return REFUSED
      reasons = add(reasons, { code: 'SlotFull' })
    }
  }
  return reasons ?? NONE
}

/**
 * Calls `visit` with every grid start whose slot lies in open time and in `[from, to)`,
 * in increasing order.
 */
export function forEachCandidate(
  state: PersonState,
  from: number,
  to: number,
  visit: (start: number) => void,
): void {
  const { duration, step, alignment } = state.policy
  const open = state.open
  for (let index = findFirstEndingAfter(open, from); index < open.length; index++) {
    const run = open[index]!
    if (run.start >= to) break
    const last = Math.min(run.end, to) - duration
    if (alignment === 'clock') {
      forEachClockStart(state, Math.max(run.start, from), last, visit)
      continue
    }
    let anchor = run.start
    let blockIndex = 0
    if (alignment === 'free') {
      // Blocks that end inside the run before `from` only move the anchor: start at the last
      // of them, so a check deep inside a long run does not walk every block before it.
      blockIndex = findFirstEndingAfter(state.blocked, Math.max(run.start, from))
      const previous = state.blocked[blockIndex - 1]
      if (previous !== undefined && previous.end > anchor) anchor = previous.end
    }
    while (anchor <= last) {
      // With 'free', the next block that ends inside the run restarts the grid there.
      let limit = last + 1
      if (alignment === 'free') {
        while (blockIndex < state.blocked.length && state.blocked[blockIndex]!.end <= anchor) blockIndex++
        const block = state.blocked[blockIndex]
        if (block !== undefined && block.end < run.end) limit = Math.min(limit, block.end)
      }
      let start = anchor + (from > anchor ? Math.ceil((from - anchor) / step) * step : 0)
      for (; start < limit && start <= last; start += step) visit(start)
      if (limit > last) break
      anchor = limit
    }
  }
}

/** Clock alignment: starts whose local time of day is a multiple of the step, in instant order. */
function forEachClockStart(
  state: PersonState,
  from: number,
  last: number,
  visit: (start: number) => void,
): void {
  const step = state.policy.step
  const schedule = state.schedule
  let at = from
  while (at <= last) {
    const offset = offsetAt(schedule, at)
    const time = timeOfDay(at + offset)
    const candidate = at + (Math.min(Math.ceil(time / step) * step, MS_PER_DAY) - time)
    if (offsetAt(schedule, candidate) !== offset) {
      // The offset changes in between (DST, a zone change): go on from the change.
      at = firstChange(at, candidate, (instant) => offsetAt(schedule, instant) !== offset)
      continue
    }
    if (candidate > last) break
    visit(candidate)
    at = candidate + 1
  }
}
