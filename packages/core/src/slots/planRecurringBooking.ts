import { MS_PER_DAY } from '../calendar/civil.js'
import { fail, readChoice, readInteger, readObject } from '../internal/read.js'
import { isInstant } from '../interval/internal.js'
import { expandInstances } from '../recurrence/expand.js'
import { parseRRule } from '../recurrence/parseRRule.js'
import { wallOf } from '../zone/zoneRecord.js'
import { neededPeople, prepareRequest } from './availability.js'
import { judge } from './checkBooking.js'
import { forEachCandidate } from './preparePerson.js'
import type { AvailabilityRequest, Reason, Slot } from './types.js'

/** A recurring booking to plan: LeadConnector's `recurring` settings. */
export interface RecurringBooking {
  /** The first occurrence's start; later ones repeat its wall-clock time in the first person's zone. */
  readonly start: number
  readonly freq: 'DAILY' | 'WEEKLY' | 'MONTHLY'
  /** Every n days, weeks or months; default 1. */
  readonly interval?: number
  /** How many occurrences, 1–24 by default (`maxCount` raises it). */
  readonly count: number
  /**
   * What to do with an occurrence that cannot be booked: `skip` it, book it anyway
   * (`continue`), or move it to the first free of the next three grid slots (`book_next`).
   */
  readonly bookingOption: 'skip' | 'continue' | 'book_next'
  /** Largest count accepted (default 24, LeadConnector's limit). */
  readonly maxCount?: number
}

/** What happened to one occurrence. */
export interface PlannedOccurrence {
  /** 0-based position in the series. */
  readonly index: number
  /** The occurrence as the rule places it. */
  readonly requested: Slot
  /** `booked`, `booked` despite conflicts (`continue`), `moved` (`book_next`), `skipped`, or `failed`. */
  readonly status: 'booked' | 'moved' | 'skipped' | 'failed'
  /** The slot actually booked (`booked`, `moved`). */
  readonly slot?: Slot
  /** Why the requested time could not be booked as is (empty when it could). */
  readonly reasons: Reason[]
  /** With `continue`: the events the booking overlaps or touches through buffers. */
  readonly conflictingEventIds?: string[]
}

/** How many grid slots after a refused occurrence `book_next` tries. */
const NEXT_SLOTS = 3
/** Longest span of a series, in days: the largest `caps.maxWindowDays` accepted. */
const MAX_PLAN_DAYS = 3660
/** 9999-12-31T00:00Z: occurrences are not sought past it. */
const LAST_INSTANT = Date.UTC(9999, 11, 31)

/**
 * Plans a recurring booking occurrence by occurrence against the same judgement as
 * {@link checkBooking}: one line per occurrence, `booked`, `skipped` (with `skip`),
 * `booked` despite conflicts with their event ids (with `continue`), `moved` to the first
 * free of the next three grid slots (with `book_next`), or `failed` with the reasons.
 * Occurrences repeat the first start's wall-clock time in the first person's zone, so a
 * weekly 09:00 stays 09:00 across DST; a monthly series skips months without the day.
 * Each planned occurrence takes its time for the later ones (a move never double-books the
 * series, reported as `Busy` with `occurrence-<index>`); limits are not charged by the plan.
 * The series sets how far the request is read (its whole span, past `caps.maxWindowDays`),
 * up to 3660 days.
 * @throws SlotwiseError as {@link availability}, `INVALID_ARGUMENT` for the series, and
 *   `RANGE_TOO_LARGE` (path `series`) for a series longer than 3660 days.
 * @example
 * planRecurringBooking(request, { start: Date.UTC(2026, 2, 9, 13), freq: 'WEEKLY', count: 4, bookingOption: 'book_next' })
 * // [{ index: 0, status: 'booked', … }, { index: 1, status: 'moved', slot: { … }, reasons: [{ code: 'Busy', … }] }, …]
 */
export function planRecurringBooking(
  request: AvailabilityRequest,
  series: RecurringBooking,
): PlannedOccurrence[] {
  const code = 'INVALID_ARGUMENT'
  const plan = readObject(series, code, 'series')
  if (!isInstant(plan.start)) fail('INVALID_INSTANT', 'series.start', plan.start)
  // Both choices are required: no default frequency or option is assumed.
  const freq = readChoice(plan.freq, code, 'series.freq', ['DAILY', 'WEEKLY', 'MONTHLY'])
  const interval = readInteger(plan.interval, code, 'series.interval', 1, 1000, 1)
  const maxCount = readInteger(plan.maxCount, code, 'series.maxCount', 1, 10_000, 24)
  const count = readInteger(plan.count, code, 'series.count', 1, maxCount)
  const option = readChoice(plan.bookingOption, code, 'series.bookingOption', [
    'skip',
    'continue',
    'book_next',
  ])
  const start = plan.start as number
  // The shortest span `count` occurrences can have (months of 28 days): refuse before the
  // expansion, which took seconds to place 10 000 yearly occurrences only to be refused.
  const shortestPeriodDays = { DAILY: 1, WEEKLY: 7, MONTHLY: 28 }[freq]
  const shortestSpanDays = (count - 1) * interval * shortestPeriodDays
  if (shortestSpanDays > MAX_PLAN_DAYS)
    fail('RANGE_TOO_LARGE', 'series', shortestSpanDays, `a series within ${MAX_PLAN_DAYS} days`)
  // The first person's zone places the occurrences: read the request once to learn it.
  const probe = prepareRequest(request)
  const zone = probe.people[0]!.schedule.zone
  const rule = parseRRule(`FREQ=${freq};INTERVAL=${interval};COUNT=${count}`, { maxCount })
  const wallStart = wallOf(zone, start)
  // COUNT ends the expansion, so reach far: a monthly series on the 31st skips short months
  // (6 occurrences from Jan 31 run to Oct 31, past 6 × 31 days), and one on Feb 29 with
  // INTERVAL=12 waits 4 years, 8 across 2100, between occurrences.
  const periodDays = freq === 'MONTHLY' ? 31 * 8 : shortestPeriodDays
  const reach = Math.min(start + (periodDays * interval * count + 8) * MS_PER_DAY, LAST_INSTANT)
  // Already sorted and without repeats; the series has no EXDATE or RDATE to apply.
  const starts = expandInstances(rule, zone, wallStart, start, reach, false, 1_000_000, count, true)
  // Prepare once over the whole series and 8 days past its last occurrence (book_next). The
  // series sets this window, not caps.maxWindowDays: 12 monthly occurrences span a year and
  // were refused as RANGE_TOO_LARGE at 'proposed'. At most MAX_PLAN_DAYS.
  const end = (starts[starts.length - 1] ?? start) + 8 * MS_PER_DAY
  const spanDays = Math.ceil(
    (Math.max(probe.window.end, end) - Math.min(probe.window.start, start)) / MS_PER_DAY,
  )
  if (spanDays > MAX_PLAN_DAYS)
    fail('RANGE_TOO_LARGE', 'series', spanDays, `a series within ${MAX_PLAN_DAYS} days`)
  const maxWindowDays = Math.max(request.caps?.maxWindowDays ?? 0, spanDays)
  const prepared = prepareRequest({ ...request, caps: { ...request.caps, maxWindowDays } }, { start, end })
  const first = prepared.people[0]!
  const needed = neededPeople(prepared.team, prepared.people.length)
  const duration = prepared.policy.duration
  // Occurrences already planned take their time: a later one (or a moved one) must not land
  // on them, so a book_next move can never double-book the series.
  const planned: PlannedOccurrence[] = []
  const judgeInSeries = (start: number, end: number): Reason[] => {
    const verdict = judge(prepared, start, end)
    const reasons = verdict.passing.length >= needed ? [] : verdict.reasons
    const taken = planned.filter(
      (line) => line.slot !== undefined && line.slot.start < end && line.slot.end > start,
    )
    if (taken.length === 0) return reasons
    return [...reasons, { code: 'Busy', eventIds: taken.map((line) => `occurrence-${line.index}`) }]
  }
  for (const [index, occurrence] of starts.entries()) {
    const requested = { start: occurrence, end: occurrence + duration }
    planned.push(planOne(index, requested))
  }
  return planned

  function planOne(index: number, requested: Slot): PlannedOccurrence {
    const reasons = judgeInSeries(requested.start, requested.end)
    if (reasons.length === 0) return { index, requested, status: 'booked', slot: requested, reasons }
    if (option === 'skip') return { index, requested, status: 'skipped', reasons }
    if (option === 'continue') {
      const ids = new Set<string>()
      for (const reason of reasons) for (const id of reason.eventIds ?? []) ids.add(id)
      return { index, requested, status: 'booked', slot: requested, reasons, conflictingEventIds: [...ids] }
    }
    // book_next: the next grid slots of the first person, judged for the whole team.
    const next: number[] = []
    forEachCandidate(first, requested.start + 1, requested.start + 8 * MS_PER_DAY, (candidate) => {
      next.push(candidate)
    })
    for (const candidate of next.slice(0, NEXT_SLOTS)) {
      if (judgeInSeries(candidate, candidate + duration).length === 0) {
        return {
          index,
          requested,
          status: 'moved',
          slot: { start: candidate, end: candidate + duration },
          reasons,
        }
      }
    }
    return { index, requested, status: 'failed', reasons }
  }
}
