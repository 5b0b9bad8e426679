import { fc, test } from '@fast-check/vitest'
import {
  arbitraryAvailabilityRequest,
  arbitraryCrowdedLookBusyRequest,
  arbitraryMoreWorkingTime,
  arbitraryMutation,
  arbitraryPercent,
  arbitraryRequestWithHardEvent,
  dayNumberOf,
  formatDayNumber,
  isRoundHalfUpShare,
  parseClockMinutes,
  REQUEST_TIME_ZONES,
  rangeMinutes,
  type TestAvailabilityRequest,
  type TestSchedule,
  WEEKDAY_NAMES,
  windowDays,
  windowFirstDay,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { intersectIntervals } from '../interval/intersectIntervals.js'
import { normalizeIntervals } from '../interval/normalizeIntervals.js'
import { setCovers } from '../interval/setCovers.js'
import { subtractIntervals } from '../interval/subtractIntervals.js'
import type { Interval } from '../interval/types.js'
import { unionIntervals } from '../interval/unionIntervals.js'
import { isSlotwiseError } from '../SlotwiseError.js'
import { toInstant } from '../zone/toInstant.js'
import { toWallTime } from '../zone/toWallTime.js'
import { availability } from './availability.js'
import { checkBooking } from './checkBooking.js'
import type { AvailabilityRequest, AvailabilityResult, PersonAvailability, Slot } from './types.js'

// Laws of the availability engine (DESIGN.md, "Semantics" and "Precise rules"), one per test.
// The requests come from @slotwise/testkit: valid by construction, 1–14 days around 2024's
// DST changes, in zones with 30-minute DST, DST at midnight and +05:45 / +12:45 offsets.

const MINUTE = 60_000
const DAY = 86_400_000

const request = (value: TestAvailabilityRequest): AvailabilityRequest => value

/** The request without its team mode, for one person or for all. */
function withoutTeam(value: TestAvailabilityRequest): TestAvailabilityRequest {
  const { team: _team, ...rest } = value
  return rest
}

function single(value: TestAvailabilityRequest, person: number): TestAvailabilityRequest {
  return { ...withoutTeam(value), people: [value.people[person]!] }
}

const slotKey = (slot: Slot) => `${slot.start}/${slot.end}`
const byStartThenEnd = (a: Slot, b: Slot) => a.start - b.start || a.end - b.end

/** Every bookable slot of a person, shown or hidden by look-busy, sorted. */
function bookable(person: PersonAvailability): Slot[] {
  return person.days.flatMap((day) => [...day.slots, ...day.hidden]).sort(byStartThenEnd)
}

function stepOf(value: TestAvailabilityRequest): number {
  return (value.policy.intervalMinutes ?? value.policy.durationMinutes) * MINUTE
}

function addDate(date: string, days: number): string {
  return formatDayNumber(dayNumberOf(date) + days)
}

/** The zone a schedule is in on a local date (the latest zone change on or before it). */
function zoneOnDate(schedule: TestSchedule, date: string): string {
  let zone = schedule.timeZone
  for (const change of [...(schedule.zoneChanges ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (change.from <= date) zone = change.timeZone
  }
  return zone
}

/** The local date of an instant: the date D with start(D) <= instant < start(D + 1), each start in its own zone. */
function localDateOf(schedule: TestSchedule, instant: number): string {
  const dateStart = (date: string) => toInstant(`${date}T00:00`, zoneOnDate(schedule, date))
  let date = toWallTime(instant, schedule.timeZone).slice(0, 10)
  while (instant < dateStart(date)) date = addDate(date, -1)
  while (instant >= dateStart(addDate(date, 1))) date = addDate(date, 1)
  return date
}

/** The latest start the horizon allows (exclusive). */
function horizonEnd(value: TestAvailabilityRequest, schedule: TestSchedule): number {
  const horizon = value.policy.horizon
  if (horizon === undefined) return Number.POSITIVE_INFINITY
  if ('instant' in horizon) return horizon.instant
  const endDate = addDate(localDateOf(schedule, value.now), horizon.days + 1)
  return toInstant(`${endDate}T00:00`, zoneOnDate(schedule, endDate))
}

/** The request's window as instants, worked out from the request itself. */
function windowInstants(value: TestAvailabilityRequest): Interval {
  const window = value.window
  if ('start' in window) return { start: window.start, end: window.end }
  return {
    start: toInstant(`${window.from}T00:00`, window.timeZone),
    end: toInstant(`${addDate(window.to, 1)}T00:00`, window.timeZone),
  }
}

/** A person's open time and local dates as the engine sees them, rebuilt from reported detail. */
interface ReportedDetail {
  /** Working minus breaks of every local date from two before the first reported date to one after the last. */
  readonly open: Interval[]
  /** Those dates with their zone and first instant, ascending. */
  readonly dates: { readonly date: string; readonly timeZone: string; readonly start: number }[]
}

/**
 * Rebuilds a person's open time from reported per-date detail. The dates around the window
 * come from a request whose window is four days longer at the start and two at the end (a
 * date's working time, breaks and busy list must not depend on the window; that is checked).
 */
function reportedDetail(
  value: TestAvailabilityRequest,
  result: AvailabilityResult,
  person: number,
): ReportedDetail {
  const own = result.people[person]!
  if (own.days.length === 0) return { open: [], dates: [] }
  const firstDate = addDate(own.days[0]!.date, -2)
  const lastDate = addDate(own.days[own.days.length - 1]!.date, 1)
  const wider = availability(
    request({
      ...withoutTeam(value),
      explain: false,
      window: { start: result.window.start - 4 * DAY, end: result.window.end + 2 * DAY },
    }),
  ).people[person]!
  const detail = new Map(wider.days.map((day) => [day.date, day]))
  for (const day of own.days) {
    const same = detail.get(day.date)!
    expect({ working: day.working, breaks: day.breaks, busy: day.busy, zone: day.timeZone }).toStrictEqual({
      working: same.working,
      breaks: same.breaks,
      busy: same.busy,
      zone: same.timeZone,
    })
  }
  const days = wider.days.filter((day) => day.date >= firstDate && day.date <= lastDate)
  const working = normalizeIntervals(days.flatMap((day) => day.working))
  const breaks = normalizeIntervals(days.flatMap((day) => day.breaks))
  return {
    open: [...subtractIntervals(working, breaks)],
    dates: days.map((day) => ({
      date: day.date,
      timeZone: day.timeZone,
      start: toInstant(`${day.date}T00:00`, day.timeZone),
    })),
  }
}

/** Working time minus breaks of a simple schedule, built from its weekly hours with `toInstant`. */
function scheduleOpenTime(schedule: TestSchedule, firstDate: string, lastDate: string): Interval[] {
  const zone = schedule.timeZone
  const toInterval = (date: string, from: number, to: number): Interval => {
    const wall = (minutes: number) => {
      const day = addDate(date, Math.floor(minutes / 1440))
      const time = minutes % 1440
      return `${day}T${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`
    }
    return { start: toInstant(wall(from), zone), end: toInstant(wall(to), zone) }
  }
  const working: Interval[] = []
  const breaks: Interval[] = []
  for (let date = firstDate; date <= lastDate; date = addDate(date, 1)) {
    const weekday = WEEKDAY_NAMES[(new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7]!
    for (const range of schedule.weekly?.[weekday] ?? []) {
      const interval = toInterval(date, ...rangeMinutes(range))
      if (interval.end > interval.start) working.push(interval)
    }
    for (const range of schedule.breaks?.weekly?.[weekday] ?? []) {
      const interval = toInterval(date, ...rangeMinutes(range))
      if (interval.end > interval.start) breaks.push(interval)
    }
  }
  return [...subtractIntervals(normalizeIntervals(working), normalizeIntervals(breaks))]
}

/** One local date of the schedule model. */
interface ModelDate {
  readonly timeZone: string
  readonly working: readonly Interval[]
  /** The date's own breaks, before clipping to working time. */
  readonly breaks: readonly Interval[]
  readonly reason: string | null
}

const inSpan = (span: string | { from: string; to: string }, date: string) =>
  typeof span === 'string' ? span === date : span.from <= date && date <= span.to

/**
 * The schedule's dates by the precedence rules of DESIGN.md, converted with `toInstant`:
 * holidays and whole-day leave close a date; an override replaces the weekly hours; partial
 * leave is cut out; a date's ranges are read in the zone in force that date.
 */
function scheduleModel(schedule: TestSchedule, firstDate: string, lastDate: string): Map<string, ModelDate> {
  const dates = new Map<string, ModelDate>()
  const leaveSpans = (schedule.leave ?? []).filter((leave) => typeof leave === 'string' || 'from' in leave)
  const leaveInstants = normalizeIntervals(
    (schedule.leave ?? []).filter(
      (leave): leave is Interval => typeof leave === 'object' && 'start' in leave,
    ),
  )
  for (let date = firstDate; date <= lastDate; date = addDate(date, 1)) {
    const timeZone = zoneOnDate(schedule, date)
    const toInterval = (from: number, to: number): Interval => {
      const wall = (minutes: number) => {
        const time = minutes % 1440
        return `${addDate(date, Math.floor(minutes / 1440))}T${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`
      }
      return { start: toInstant(wall(from), timeZone), end: toInstant(wall(to), timeZone) }
    }
    const toIntervals = (ranges: readonly { from: string; to: string }[]) =>
      normalizeIntervals(
        ranges.map((range) => toInterval(...rangeMinutes(range))).filter((i) => i.end > i.start),
      )
    const weekday = WEEKDAY_NAMES[(new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7]!
    const closed = (schedule.holidays ?? []).some((span) => inSpan(span, date))
      ? 'Holiday'
      : leaveSpans.some((span) => inSpan(span as string | { from: string; to: string }, date))
        ? 'Leave'
        : null
    if (closed !== null) {
      dates.set(date, { timeZone, working: [], breaks: [], reason: closed })
      continue
    }
    const breaks = unionIntervals(
      toIntervals(schedule.breaks?.weekly?.[weekday] ?? []),
      toIntervals(schedule.breaks?.dates?.find((entry) => entry.date === date)?.hours ?? []),
    )
    const ranges =
      schedule.overrides?.find((entry) => entry.date === date)?.hours ??
      (schedule.weekly === undefined || schedule.weekly === null
        ? undefined
        : (schedule.weekly[weekday] ?? []))
    if (ranges === undefined) {
      dates.set(date, { timeZone, working: [], breaks, reason: 'WorkDayTemplateNotDefined' })
      continue
    }
    const hours = toIntervals(ranges)
    const working = subtractIntervals(hours, leaveInstants)
    const reason = working.length > 0 ? null : hours.length === 0 ? 'NotScheduled' : 'Leave'
    dates.set(date, { timeZone, working, breaks, reason })
  }
  return dates
}

/** Whether the policy's capacity turns this event into a booking (which never blocks). */
function isBlocking(
  value: TestAvailabilityRequest,
  event: NonNullable<TestAvailabilityRequest['people'][number]['busy']>[number],
): boolean {
  const { policy } = value
  const booking =
    policy.capacity !== undefined && policy.eventType !== undefined && event.eventType === policy.eventType
  return event.end > event.start && !booking && (event.soft !== true || policy.softEventsBlock === true)
}

/** Sampled indices (deterministic per run) into a list of `length`, first and last included. */
function sample(length: number, picks: readonly number[]): number[] {
  if (length === 0) return []
  return [...new Set([0, length - 1, ...picks.map((pick) => pick % length)])]
}

const anyRequest = arbitraryAvailabilityRequest()

describe('availability: where slots lie', () => {
  test.prop({ value: anyRequest })(
    'every slot lies inside working time minus breaks, as reported per date',
    ({ value }) => {
      const result = availability(request(value))
      value.people.forEach((person, i) => {
        const { open } = reportedDetail(value, result, i)
        const { bufferBeforeMinutes = 0, bufferAfterMinutes = 0, buffersWithinHours } = value.policy
        for (const slot of bookable(result.people[i]!)) {
          expect(setCovers(open, slot), `slot ${slot.start}–${slot.end} of ${person.id}`).toBe(true)
          if (buffersWithinHours === true) {
            const buffered = {
              start: slot.start - bufferBeforeMinutes * MINUTE,
              end: slot.end + bufferAfterMinutes * MINUTE,
            }
            expect(setCovers(open, buffered), `buffers of ${slot.start}–${slot.end}`).toBe(true)
          }
        }
      })
    },
  )

  test.prop({ value: arbitraryAvailabilityRequest({ simple: true }) })(
    'every slot lies inside the weekly hours minus breaks converted with toInstant',
    ({ value }) => {
      const result = availability(request(value))
      value.people.forEach((person, i) => {
        const own = result.people[i]!
        if (own.days.length === 0) return
        const open = scheduleOpenTime(person.schedule, addDate(own.days[0]!.date, -2), own.days.at(-1)!.date)
        for (const slot of bookable(own)) expect(setCovers(open, slot), `slot ${slot.start}`).toBe(true)
      })
    },
  )

  test.prop({ value: anyRequest })(
    'per-date working time, breaks and reasons follow the schedule, and every slot lies in its open time',
    ({ value }) => {
      const result = availability(request(value))
      value.people.forEach((person, i) => {
        const own = result.people[i]!
        if (own.days.length === 0) return
        const model = scheduleModel(
          person.schedule,
          addDate(own.days[0]!.date, -2),
          addDate(own.days.at(-1)!.date, 2),
        )
        const working = normalizeIntervals([...model.values()].flatMap((date) => date.working))
        const breaks = normalizeIntervals([...model.values()].flatMap((date) => date.breaks))
        for (const day of own.days) {
          const date = model.get(day.date)!
          const hasSlots = day.slots.length + day.hidden.length > 0
          expect(
            { timeZone: day.timeZone, working: day.working, breaks: day.breaks, reason: day.noSlotsReason },
            `${person.id} ${day.date}`,
          ).toStrictEqual({
            timeZone: date.timeZone,
            working: date.working,
            breaks: intersectIntervals(date.breaks, working),
            reason: hasSlots ? null : date.reason,
          })
        }
        const open = subtractIntervals(working, breaks)
        for (const slot of bookable(own)) expect(setCovers(open, slot), `slot ${slotKey(slot)}`).toBe(true)
      })
    },
  )

  test.prop({ value: anyRequest })(
    "every slot's buffered span misses every blocking event's buffered span",
    ({ value }) => {
      const result = availability(request(value))
      const before = (value.policy.bufferBeforeMinutes ?? 0) * MINUTE
      const after = (value.policy.bufferAfterMinutes ?? 0) * MINUTE
      value.people.forEach((person, i) => {
        const events = person.busy ?? []
        const blocking = events.filter((event) => isBlocking(value, event))
        for (const slot of bookable(result.people[i]!)) {
          for (const event of blocking) {
            const eventStart = event.start - (event.bufferBeforeMinutes ?? 0) * MINUTE
            const eventEnd = event.end + (event.bufferAfterMinutes ?? 0) * MINUTE
            const overlaps = slot.start - before < eventEnd && eventStart < slot.end + after
            expect(overlaps, `slot ${slot.start}–${slot.end} against ${event.id}`).toBe(false)
          }
        }
        // The per-date busy list marks exactly those events as blocking.
        const blockingIds = new Set(blocking.map((event) => event.id))
        for (const day of result.people[i]!.days) {
          for (const busy of day.busy) expect(busy.blocking, busy.eventId).toBe(blockingIds.has(busy.eventId))
        }
      })
    },
  )

  test.prop({ value: anyRequest })('every slot is on the grid of its alignment', ({ value }) => {
    const result = availability(request(value))
    const step = stepOf(value)
    const duration = value.policy.durationMinutes * MINUTE
    const alignment = value.policy.alignment ?? 'window'
    value.people.forEach((person, i) => {
      const own = result.people[i]!
      const slots = bookable(own)
      for (const slot of slots) expect(slot.end - slot.start).toBe(duration)
      if (slots.length === 0) return
      if (alignment === 'clock') {
        for (const day of own.days) {
          for (const slot of [...day.slots, ...day.hidden]) {
            const wall = toWallTime(slot.start, day.timeZone)
            const milliseconds =
              (parseClockMinutes(wall.slice(11, 16)) * 60 + Number(wall.slice(17, 19))) * 1000 +
              (wall.length > 19 ? Number(wall.slice(20)) : 0)
            expect(milliseconds % step, `${wall} in ${day.timeZone}`).toBe(0)
          }
        }
        return
      }
      const { open } = reportedDetail(value, result, i)
      const before = (value.policy.bufferBeforeMinutes ?? 0) * MINUTE
      const after = (value.policy.bufferAfterMinutes ?? 0) * MINUTE
      const blocks = normalizeIntervals(
        (person.busy ?? [])
          .filter((event) => isBlocking(value, event))
          .map((event) => ({
            start: event.start - (event.bufferBeforeMinutes ?? 0) * MINUTE - after,
            end: event.end + (event.bufferAfterMinutes ?? 0) * MINUTE + before,
          })),
      )
      for (const slot of slots) {
        const run = open.find((interval) => interval.start <= slot.start && slot.start < interval.end)!
        let anchor = run.start
        if (alignment === 'free') {
          for (const block of blocks) if (block.end <= slot.start && block.end > anchor) anchor = block.end
        }
        expect((slot.start - anchor) % step, `slot ${slot.start}, anchor ${anchor}`).toBe(0)
      }
    })
  })

  test.prop({ value: anyRequest })(
    'slots respect notice and horizon and lie wholly inside the window',
    ({ value }) => {
      const result = availability(request(value))
      const window = windowInstants(value)
      expect(result.window).toStrictEqual(window)
      const notBefore = value.now + (value.policy.minimumNoticeMinutes ?? 0) * MINUTE
      value.people.forEach((person, i) => {
        const latest = horizonEnd(value, person.schedule)
        for (const slot of bookable(result.people[i]!)) {
          expect(slot.start).toBeGreaterThanOrEqual(notBefore)
          expect(slot.start).toBeLessThan(latest)
          expect(slot.start).toBeGreaterThanOrEqual(window.start)
          expect(slot.end).toBeLessThanOrEqual(window.end)
        }
      })
    },
  )
})

describe('availability: monotonicity', () => {
  const notFree = <T extends { request: TestAvailabilityRequest }>(value: T): T =>
    value.request.policy.alignment === 'free'
      ? { ...value, request: { ...value.request, policy: { ...value.request.policy, alignment: 'window' } } }
      : value

  test.prop({ value: arbitraryRequestWithHardEvent().map(notFree) })(
    'adding a hard busy event never adds a slot (window and clock alignment)',
    ({ value }) => {
      const { request: base, person, event } = value
      const people = base.people.map((p, i) =>
        i === person ? { ...p, busy: [...(p.busy ?? []), event] } : p,
      )
      const before = availability(request(base))
      const after = availability(request({ ...base, people }))
      base.people.forEach((_, i) => {
        const had = new Set(bookable(before.people[i]!).map(slotKey))
        for (const slot of bookable(after.people[i]!))
          expect(had.has(slotKey(slot)), slotKey(slot)).toBe(true)
      })
      if (before.team !== undefined) {
        const had = new Set([...before.team.slots, ...before.team.hidden].map(slotKey))
        for (const slot of [...after.team!.slots, ...after.team!.hidden])
          expect(had.has(slotKey(slot))).toBe(true)
      }
    },
  )

  const widened = arbitraryAvailabilityRequest({ alignment: 'clock' }).chain((base) =>
    fc
      .nat({ max: base.people.length - 1 })
      .chain((person) =>
        arbitraryMoreWorkingTime(base.people[person]!).map((more) => ({ base, person, more })),
      ),
  )

  test.prop({ value: widened })(
    'with clock alignment, adding working time never removes a slot',
    ({ value }) => {
      const { base, person, more } = value
      const before = availability(request(base))
      const after = availability(
        request({ ...base, people: base.people.map((p, i) => (i === person ? more : p)) }),
      )
      const has = new Set(bookable(after.people[person]!).map(slotKey))
      for (const slot of bookable(before.people[person]!))
        expect(has.has(slotKey(slot)), slotKey(slot)).toBe(true)
    },
  )
})

describe('availability: the window only selects', () => {
  const inDates = fc
    .tuple(anyRequest, fc.constantFrom(...REQUEST_TIME_ZONES))
    .map(([value, timeZone]): TestAvailabilityRequest => {
      const first = windowFirstDay(value.window)
      const window = {
        from: formatDayNumber(first),
        to: formatDayNumber(first + windowDays(value.window) - 1),
        timeZone,
      }
      return { ...value, window }
    })

  test.prop({ value: inDates })(
    'a window of local dates in a zone gives the same result as the same window in instants',
    ({ value }) => {
      const instants = windowInstants(value)
      expect(availability(request({ ...value, window: instants }))).toStrictEqual(
        availability(request(value)),
      )
    },
  )

  test.prop({
    value: arbitraryAvailabilityRequest({ alignment: 'clock' }),
    zone: fc.constantFrom(...REQUEST_TIME_ZONES),
  })('slots do not depend on the zone the window is given in (clock alignment)', ({ value, zone }) => {
    const first = windowFirstDay(value.window)
    const dates = { from: formatDayNumber(first), to: formatDayNumber(first + windowDays(value.window) - 1) }
    const viewA = { ...value, window: { ...dates, timeZone: 'UTC' } }
    const viewB = { ...value, window: { ...dates, timeZone: zone } }
    const a = availability(request(viewA))
    const b = availability(request(viewB))
    const both = {
      start: Math.max(a.window.start, b.window.start),
      end: Math.min(a.window.end, b.window.end),
    }
    const inBoth = (slot: Slot) => slot.start >= both.start && slot.end <= both.end
    value.people.forEach((_, i) => {
      expect(bookable(a.people[i]!).filter(inBoth)).toStrictEqual(bookable(b.people[i]!).filter(inBoth))
    })
  })

  test.prop({ value: anyRequest, moreDays: fc.integer({ min: 1, max: 3 }) })(
    'a longer window adds slots only after the shorter one ends',
    ({ value, moreDays }) => {
      const window = windowInstants(value)
      const short = availability(request({ ...value, window }))
      const long = availability(
        request({ ...value, window: { start: window.start, end: window.end + moreDays * DAY } }),
      )
      const inShort = (slot: Slot) => slot.end <= window.end
      value.people.forEach((_, i) => {
        expect(bookable(long.people[i]!).filter(inShort)).toStrictEqual(bookable(short.people[i]!))
      })
    },
  )
})

describe('availability: look busy', () => {
  const withLookBusy = arbitraryAvailabilityRequest({ lookBusy: true })

  test.prop({ value: fc.oneof(withLookBusy, arbitraryCrowdedLookBusyRequest()) })(
    'look-busy hides exactly round-half-up(p·n/100) of each date',
    ({ value }) => {
      const result = availability(request(value))
      const percent = value.policy.lookBusy!.percent
      for (const person of result.people) {
        for (const day of person.days) {
          const count = day.slots.length + day.hidden.length
          const exact = isRoundHalfUpShare(day.hidden.length, percent, count)
          expect(exact, `${person.id} ${day.date}: ${day.hidden.length} = ${percent}% of ${count}`).toBe(true)
        }
      }
    },
  )

  test.prop({ value: withLookBusy, more: arbitraryPercent() })(
    'look-busy is monotone in p: a slot hidden at p stays hidden at a higher p',
    ({ value, more }) => {
      const lookBusy = value.policy.lookBusy!
      const higher = Math.min(100, lookBusy.percent + more)
      const low = availability(request(value))
      const high = availability(
        request({ ...value, policy: { ...value.policy, lookBusy: { ...lookBusy, percent: higher } } }),
      )
      low.people.forEach((person, i) => {
        const hiddenHigh = new Set(high.people[i]!.days.flatMap((day) => day.hidden).map(slotKey))
        for (const day of person.days)
          for (const slot of day.hidden) expect(hiddenHigh.has(slotKey(slot))).toBe(true)
      })
      if (low.team !== undefined) {
        const hiddenHigh = new Set(high.team!.hidden.map(slotKey))
        for (const slot of low.team.hidden) expect(hiddenHigh.has(slotKey(slot))).toBe(true)
      }
    },
  )

  test.prop({ value: withLookBusy })(
    'look-busy is deterministic and only splits the slots of p = 0 into shown and hidden',
    ({ value }) => {
      const result = availability(request(value))
      expect(availability(request(value))).toStrictEqual(result)
      const plain = availability(
        request({
          ...value,
          policy: { ...value.policy, lookBusy: { ...value.policy.lookBusy!, percent: 0 } },
        }),
      )
      result.people.forEach((person, i) => {
        const plainPerson = plain.people[i]!
        person.days.forEach((day, d) => {
          const plainDay = plainPerson.days[d]!
          expect(plainDay.hidden).toStrictEqual([])
          expect([...day.slots, ...day.hidden].sort(byStartThenEnd)).toStrictEqual(plainDay.slots)
        })
      })
      if (result.team !== undefined) {
        expect(plain.team!.hidden).toStrictEqual([])
        expect([...result.team.slots, ...result.team.hidden].sort(byStartThenEnd)).toStrictEqual(
          plain.team!.slots,
        )
      }
    },
  )
})

describe('availability agrees with checkBooking', () => {
  const explained = {
    value: arbitraryAvailabilityRequest({ maxWindowDays: 4 }),
    picks: fc.array(fc.nat(), { maxLength: 6 }),
    shifts: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 4 }),
  }

  test.prop(explained)(
    'every slot passes checkBooking and every rejected grid candidate fails it with the same reasons',
    ({ value, picks, shifts }) => {
      value.people.forEach((_, i) => {
        const one = { ...single(value, i), explain: true }
        const result = availability(request(one)).people[0]!
        const lookBusy = value.policy.lookBusy
        const enforced = lookBusy?.enforce === true && lookBusy.percent > 0
        const shown = result.days.flatMap((day) => day.slots)
        const hidden = result.days.flatMap((day) => day.hidden)
        const rejected = result.rejected!
        for (const index of sample(shown.length, picks)) {
          expect(checkBooking(request(one), shown[index]!), `shown ${slotKey(shown[index]!)}`).toStrictEqual({
            ok: true,
            people: [one.people[0]!.id],
          })
        }
        for (const index of sample(hidden.length, picks)) {
          const check = checkBooking(request(one), hidden[index]!)
          if (enforced) expect(check).toStrictEqual({ ok: false, reasons: [{ code: 'Busy', eventIds: [] }] })
          else expect(check.ok, `hidden ${slotKey(hidden[index]!)}`).toBe(true)
        }
        for (const index of sample(rejected.length, picks)) {
          const candidate = rejected[index]!
          expect(candidate.reasons.length).toBeGreaterThan(0)
          const check = checkBooking(request(one), { start: candidate.start, end: candidate.end })
          expect(check, `rejected ${slotKey(candidate)}`).toStrictEqual({
            ok: false,
            reasons: candidate.reasons,
          })
        }
        // Proposals near listed and rejected starts: whatever checkBooking accepts inside the
        // window is listed.
        const listed = new Set([...shown, ...hidden].map(slotKey))
        const window = availability(request(one)).window
        const duration = value.policy.durationMinutes * MINUTE
        const seeds = [...shown, ...hidden, ...rejected]
        for (const index of sample(seeds.length, picks)) {
          for (const shift of shifts) {
            const start = seeds[index]!.start + shift * stepOf(value) + (shift === 3 ? MINUTE : 0)
            const proposal = { start, end: start + duration }
            if (proposal.start < window.start || proposal.end > window.end) continue
            if (checkBooking(request(one), proposal).ok)
              expect(listed.has(slotKey(proposal)), slotKey(proposal)).toBe(true)
          }
        }
      })
    },
  )
})

/** Milliseconds since local midnight of a wall time `YYYY-MM-DDTHH:MM:SS[.sss]`. */
function timeOfDay(wall: string): number {
  return (
    (parseClockMinutes(wall.slice(11, 16)) * 60 + Number(wall.slice(17, 19))) * 1000 +
    (wall.length > 19 ? Number(wall.slice(20)) : 0)
  )
}

type TestEvent = NonNullable<TestAvailabilityRequest['people'][number]['busy']>[number]

/** Blocking events' spans grown by their own buffers and the policy's (the `free` grid's blocks). */
function blocksOf(value: TestAvailabilityRequest, events: readonly TestEvent[]): readonly Interval[] {
  const before = (value.policy.bufferBeforeMinutes ?? 0) * MINUTE
  const after = (value.policy.bufferAfterMinutes ?? 0) * MINUTE
  return normalizeIntervals(
    events
      .filter((event) => isBlocking(value, event))
      .map((event) => ({
        start: event.start - (event.bufferBeforeMinutes ?? 0) * MINUTE - after,
        end: event.end + (event.bufferAfterMinutes ?? 0) * MINUTE + before,
      })),
  )
}

/** Every grid start whose slot lies in open time and in the window, by the rules of DESIGN.md. */
function gridStarts(
  value: TestAvailabilityRequest,
  detail: ReportedDetail,
  blocks: readonly Interval[],
  window: Interval,
) {
  const step = stepOf(value)
  const duration = value.policy.durationMinutes * MINUTE
  const alignment = value.policy.alignment ?? 'window'
  const starts: number[] = []
  for (const run of detail.open) {
    const last = Math.min(run.end, window.end) - duration
    if (alignment === 'clock') {
      // Every offset here is whole minutes, so a start on a clock grid of whole minutes is too.
      let d = 0
      for (let t = Math.ceil(Math.max(run.start, window.start) / MINUTE) * MINUTE; t <= last; t += MINUTE) {
        while (d + 1 < detail.dates.length && detail.dates[d + 1]!.start <= t) d++
        if (timeOfDay(toWallTime(t, detail.dates[d]!.timeZone)) % step === 0) starts.push(t)
      }
      continue
    }
    const anchors = [run.start]
    if (alignment === 'free') {
      for (const block of blocks) if (block.end > run.start && block.end < run.end) anchors.push(block.end)
    }
    anchors.forEach((anchor, i) => {
      const next = anchors[i + 1] ?? Number.POSITIVE_INFINITY
      for (let t = anchor; t < next && t <= last; t += step) if (t >= window.start) starts.push(t)
    })
  }
  return starts
}

/** Whether a grid candidate in open time passes busy time, buffers, notice, horizon, limits and capacity. */
function passesEveryRule(
  value: TestAvailabilityRequest,
  person: TestAvailabilityRequest['people'][number],
  open: readonly Interval[],
  start: number,
): boolean {
  const { policy } = value
  const end = start + policy.durationMinutes * MINUTE
  const before = (policy.bufferBeforeMinutes ?? 0) * MINUTE
  const after = (policy.bufferAfterMinutes ?? 0) * MINUTE
  const events = (person.busy ?? []).filter((event) => event.end > event.start)
  for (const event of events) {
    if (!isBlocking(value, event)) continue
    const eventStart = event.start - (event.bufferBeforeMinutes ?? 0) * MINUTE
    const eventEnd = event.end + (event.bufferAfterMinutes ?? 0) * MINUTE
    if (start - before < eventEnd && eventStart < end + after) return false
  }
  if (policy.buffersWithinHours === true && !setCovers(open, { start: start - before, end: end + after }))
    return false
  if (start < value.now + (policy.minimumNoticeMinutes ?? 0) * MINUTE) return false
  if (start >= horizonEnd(value, person.schedule)) return false
  if (policy.limits !== undefined) {
    const periods = (date: string) => {
      const day = dayNumberOf(date)
      return { day: date, week: formatDayNumber(day - ((day + 3) % 7)), month: date.slice(0, 7) }
    }
    const own = periods(localDateOf(person.schedule, start))
    const booked = events
      .filter((event) => policy.eventType !== undefined && event.eventType === policy.eventType)
      .map((event) => ({
        periods: periods(localDateOf(person.schedule, event.start)),
        minutes: (event.end - event.start) / MINUTE,
      }))
    for (const period of ['day', 'week', 'month'] as const) {
      const limit = policy.limits[period]
      if (limit === undefined) continue
      const inPeriod = booked.filter((event) => event.periods[period] === own[period])
      if (limit.count !== undefined && inPeriod.length >= limit.count) return false
      const minutes = inPeriod.reduce((sum, event) => sum + event.minutes, 0)
      if (limit.minutes !== undefined && minutes + policy.durationMinutes > limit.minutes) return false
    }
  }
  if (policy.capacity !== undefined && policy.eventType !== undefined) {
    const overlapping = events.filter(
      (event) => event.eventType === policy.eventType && event.start < end && event.end > start,
    ).length
    if (overlapping >= policy.capacity) return false
  }
  return true
}

describe('availability against a reference model', () => {
  test.prop({ value: arbitraryAvailabilityRequest({ maxWindowDays: 5 }) })(
    'the slots are exactly the grid candidates in open time that pass every rule, and explain lists the rest',
    ({ value }) => {
      value.people.forEach((_, i) => {
        const one = { ...single(value, i), explain: true }
        const result = availability(request(one))
        const own = result.people[0]!
        const detail = reportedDetail(one, result, 0)
        const person = one.people[0]!
        const starts = gridStarts(one, detail, blocksOf(one, person.busy ?? []), result.window)
        const passing = starts.filter((start) => passesEveryRule(one, person, detail.open, start))
        const failing = starts.filter((start) => !passesEveryRule(one, person, detail.open, start))
        expect(
          bookable(own).map((slot) => slot.start),
          'bookable',
        ).toStrictEqual(passing)
        expect(
          own.rejected!.map((slot) => slot.start),
          'rejected',
        ).toStrictEqual(failing)
      })
    },
  )
})

describe('availability: the shape of the answer', () => {
  const strictlySorted = (list: readonly Slot[], what: string) => {
    for (let i = 1; i < list.length; i++) expect(byStartThenEnd(list[i - 1]!, list[i]!), what).toBeLessThan(0)
  }

  test.prop({ value: anyRequest })(
    'every list is sorted by start then end without duplicates, and the result survives JSON',
    ({ value }) => {
      const result = availability(request(value))
      for (const person of result.people) {
        for (let d = 1; d < person.days.length; d++) {
          expect(person.days[d - 1]!.date < person.days[d]!.date).toBe(true)
        }
        for (const day of person.days) {
          strictlySorted(day.working, `${day.date} working`)
          strictlySorted(day.breaks, `${day.date} breaks`)
          strictlySorted(day.slots, `${day.date} slots`)
          strictlySorted(day.hidden, `${day.date} hidden`)
          strictlySorted([...day.slots, ...day.hidden].sort(byStartThenEnd), `${day.date} slots and hidden`)
          for (let b = 1; b < day.busy.length; b++) {
            const [x, y] = [day.busy[b - 1]!, day.busy[b]!]
            expect(byStartThenEnd(x, y)).toBeLessThanOrEqual(0)
            expect(x).not.toStrictEqual(y)
          }
        }
        if (person.rejected !== undefined) strictlySorted(person.rejected, 'rejected')
      }
      if (result.team !== undefined) {
        strictlySorted(result.team.slots, 'team slots')
        strictlySorted(result.team.hidden, 'team hidden')
      }
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result)
    },
  )
})

describe('availability: hostile input', () => {
  const onlySlotwiseErrors = (call: () => unknown) => {
    try {
      call()
    } catch (error) {
      if (!isSlotwiseError(error)) throw error
    }
  }

  test.prop({ value: fc.anything(), proposed: fc.anything() })(
    'anything at all raises only SlotwiseError',
    ({ value, proposed }) => {
      onlySlotwiseErrors(() => availability(value as AvailabilityRequest))
      onlySlotwiseErrors(() => checkBooking(value as AvailabilityRequest, proposed as Slot))
    },
  )

  const mutated = arbitraryAvailabilityRequest({ maxWindowDays: 3 }).chain((value) =>
    arbitraryMutation({
      request: value,
      proposed: { start: windowInstants(value).start, end: windowInstants(value).start + 30 * MINUTE },
    }),
  )

  test.prop({ value: mutated })(
    'a valid request with one field broken raises only SlotwiseError',
    ({ value }) => {
      const { request: broken, proposed } = (value ?? {}) as { request?: unknown; proposed?: unknown }
      onlySlotwiseErrors(() => availability(broken as AvailabilityRequest))
      onlySlotwiseErrors(() => checkBooking(broken as AvailabilityRequest, proposed as Slot))
    },
  )
})
