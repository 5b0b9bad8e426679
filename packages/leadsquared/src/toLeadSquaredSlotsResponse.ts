import {
  type AvailabilityResult,
  type BusyInterval,
  type Interval,
  type IntervalSet,
  normalizeIntervals,
  type PersonAvailability,
  parsePlainDate,
  type Slot,
  SlotwiseError,
  subtractIntervals,
  validateTimeZone,
} from '@slotwise/core'
import { fromLeadSquaredSlotsRequest } from './fromLeadSquaredSlotsRequest.js'
import { nested } from './nested.js'
import { readArray, readUser, Warnings } from './read.js'
import type {
  LeadSquaredBusySlot,
  LeadSquaredSlotsResponse,
  LeadSquaredTimeSlot,
  LeadSquaredUser,
  LeadSquaredUserSlots,
  Mapped,
} from './types.js'
import {
  DateNames,
  dateTimeOf,
  firstEndingAfter,
  formatClock,
  LocalDates,
  type Report,
  writeTimeSlots,
} from './wallClock.js'

/** Options of {@link toLeadSquaredSlotsResponse} (and of the reader, where they apply). */
export interface ToLeadSquaredSlotsResponseOptions {
  /** The `RetrieveAvailableSlots` request: its dates and paging. Default: every date of the result, one page. */
  readonly request?: unknown
  /** User records (`ID`, `EmailAddress`, `TimeZone`), matched to people by `ID`, then by email. */
  readonly users?: readonly unknown[]
  /** The zone of `AvailableSlots`/`Breaks` and of `Date`: the template's (default) or the user's `TimeZone`. */
  readonly slotsTimeZone?: 'template' | 'user'
  /** The zone of `BusySlots`: `'UTC'` (default), `'template'`, `'user'` or an IANA id. */
  readonly busySlotsTimeZone?: string
  /** `BusySlots` lists the busy time that blocks under the request (default), or every task. */
  readonly busySlots?: 'blocking' | 'all'
  /** `AvailableSlots` are free windows (default) or the policy's slots, one entry each. */
  readonly availableSlots?: 'windows' | 'slots'
  /** Leave breaks inside `AvailableSlots` (as the seed example shows); default false: subtracted. */
  readonly availableSlotsIncludeBreaks?: boolean
  /** `AvailableSlots`/`Breaks` are `null` (not `[]`) on a `WorkDayTemplateNotDefined` date (default true, as the seed). */
  readonly nullListsWithoutTemplate?: boolean
}

/** One person made ready for writing: their free time, breaks, busy time and slots as sets. */
interface Prepared {
  readonly person: PersonAvailability
  readonly record: LeadSquaredUser | undefined
  readonly byDate: ReadonlyMap<string, PersonAvailability['days'][number]>
  readonly working: IntervalSet
  readonly free: IntervalSet
  readonly breaks: IntervalSet
  /** Busy intervals to list, sorted by start then end, one per event. */
  readonly busy: BusyInterval[]
  readonly longestBusy: number
  readonly slots: Slot[]
}

function prepare(
  person: PersonAvailability,
  record: LeadSquaredUser | undefined,
  options: ToLeadSquaredSlotsResponseOptions,
): Prepared {
  const withSlots = options.availableSlots === 'slots'
  const byDate = new Map<string, PersonAvailability['days'][number]>()
  const working: Interval[] = []
  const breaks: Interval[] = []
  const listed: BusyInterval[] = []
  const slots: Slot[] = []
  for (const day of person.days) {
    byDate.set(day.date, day)
    for (const interval of day.working) working.push(interval)
    for (const interval of day.breaks) breaks.push(interval)
    for (const busy of day.busy) if (busy.end > busy.start) listed.push(busy)
    if (withSlots) for (const slot of day.slots) slots.push(slot)
  }
  // An event is listed under every date it touches: keep it once.
  listed.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
  )
  const busy: BusyInterval[] = []
  let longestBusy = 0
  for (const event of listed) {
    const last = busy[busy.length - 1]
    if (
      last !== undefined &&
      last.start === event.start &&
      last.end === event.end &&
      last.eventId === event.eventId
    )
      continue
    busy.push(event)
    longestBusy = Math.max(longestBusy, event.end - event.start)
  }
  const breakSet = normalizeIntervals(breaks)
  const blocking = normalizeIntervals(busy.filter((event) => event.blocking))
  const workingSet = normalizeIntervals(working)
  const open =
    options.availableSlotsIncludeBreaks === true ? workingSet : subtractIntervals(workingSet, breakSet)
  return {
    person,
    record,
    byDate,
    working: workingSet,
    free: subtractIntervals(open, blocking),
    breaks: breakSet,
    busy: options.busySlots === 'all' ? busy : busy.filter((event) => event.blocking),
    longestBusy,
    slots,
  }
}

/** The index of the first event that could touch an interval starting at `start`. */
function firstBusyFrom(busy: readonly BusyInterval[], start: number): number {
  let low = 0
  let high = busy.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (busy[middle]!.start < start) low = middle + 1
    else high = middle
  }
  return low
}

/** Slots starting in `[start, end)` as `HH:mm:ss` pairs; one reaching past the date ends at `00:00:00`. */
function writeSlots(
  slots: readonly Slot[],
  day: number,
  start: number,
  end: number,
  dates: LocalDates,
  report: Report,
) {
  const written: LeadSquaredTimeSlot[] = []
  for (const slot of slots) {
    if (slot.start < start || slot.start >= end) continue
    if (slot.end > end)
      report('SLOT_CROSSES_MIDNIGHT', 'a slot that crosses midnight was written to end at 00:00:00')
    written.push({
      StartTime: formatClock(dates.clock(slot.start, day, report)),
      EndTime: slot.end >= end ? '00:00:00' : formatClock(dates.clock(slot.end, day, report)),
    })
  }
  return written
}

/**
 * Writes people's answers as a `RetrieveAvailableSlots` response; internal, shared with
 * {@link answerLeadSquaredSlotsRequest}. `dates` are day numbers, consecutive or not.
 */
export function writeSlotsResponse(
  people: readonly PersonAvailability[],
  records: readonly (LeadSquaredUser | undefined)[],
  dates: readonly number[],
  paging: { readonly pageIndex: number; readonly pageSize: number } | null,
  options: ToLeadSquaredSlotsResponseOptions,
  warnings: Warnings,
): LeadSquaredSlotsResponse {
  const page =
    paging === null
      ? dates
      : dates.slice((paging.pageIndex - 1) * paging.pageSize, paging.pageIndex * paging.pageSize)
  const busyOption = options.busySlotsTimeZone ?? 'UTC'
  const fixedBusyZone =
    busyOption === 'template' || busyOption === 'user'
      ? null
      : validateTimeZone(busyOption, 'options.busySlotsTimeZone')
  const nullLists = options.nullListsWithoutTemplate ?? true
  const prepared = page.length === 0 ? [] : people.map((person, i) => prepare(person, records[i], options))
  const names = new DateNames()
  const list: LeadSquaredSlotsResponse['List'] = page.map((day) => ({
    Date: names.of(day),
    UserSlots: [],
  }))
  const nextDates = page.map((day) => names.of(day + 1))
  // The page's dates (and the day after) per zone: people share zones.
  const first = page[0] ?? 0
  const datesByZone = new Map<string, LocalDates>()
  const datesIn = (zone: string) => {
    let dates = datesByZone.get(zone)
    if (dates === undefined) {
      dates = new LocalDates(zone, first)
      datesByZone.set(zone, dates)
    }
    return dates
  }
  prepared.forEach((p, j) => {
    const userZone = p.record?.TimeZone ?? p.person.timeZone
    const uniform =
      options.slotsTimeZone === 'user' || p.person.days.every((day) => day.timeZone === p.person.timeZone)
    const fixedZone = options.slotsTimeZone === 'user' ? userZone : p.person.timeZone
    const zoneOn = (date: string) => (uniform ? fixedZone : (p.byDate.get(date)?.timeZone ?? fixedZone))
    let missingReported = false
    let k = 0
    const report: Report = (code, message) => warnings.add(code, `List[${k}].UserSlots[${j}]`, message)
    for (; k < page.length; k++) {
      const day = page[k]!
      const date = list[k]!.Date
      const entry = p.byDate.get(date)
      if (entry === undefined && !missingReported) {
        missingReported = true
        report(
          'DATE_NOT_IN_RESULT',
          `the result has no ${date} for ${p.person.id}: widen its window (fromLeadSquaredSlotsRequest(…).window)`,
        )
      }
      const dates = datesIn(zoneOn(date))
      const start = dates.start(day)
      const end = datesIn(zoneOn(nextDates[k]!)).start(day + 1)
      const available =
        options.availableSlots === 'slots'
          ? writeSlots(p.slots, day, start, end, dates, report)
          : writeTimeSlots(p.free, day, start, end, dates, report)
      const breaks = writeTimeSlots(p.breaks, day, start, end, dates, report)
      const busyZone =
        fixedBusyZone ?? (busyOption === 'user' ? userZone : (entry?.timeZone ?? p.person.timeZone))
      const busy: LeadSquaredBusySlot[] = []
      for (
        let i = firstBusyFrom(p.busy, start - p.longestBusy);
        i < p.busy.length && p.busy[i]!.start < end;
        i++
      ) {
        const event = p.busy[i]!
        if (event.end <= start) continue
        busy.push({
          StartTime: dateTimeOf(event.start, busyZone, report, names),
          EndTime: dateTimeOf(event.end, busyZone, report, names),
        })
      }
      // A reason only when the calendar date holds no working time at all (a date whose own
      // shift lies wholly after its midnight has none on the date: NotScheduled if the core
      // has no better reason).
      const index = firstEndingAfter(p.working, start)
      const working = available.length > 0 || (index < p.working.length && p.working[index]!.start < end)
      const reason = working ? null : (entry?.noSlotsReason ?? 'NotScheduled')
      const noTemplate = reason === 'WorkDayTemplateNotDefined'
      const asNull = noTemplate && nullLists && available.length === 0 && breaks.length === 0
      const userSlots: LeadSquaredUserSlots = {
        UserId: p.record?.ID ?? p.person.id,
        EmailAddress: p.record?.EmailAddress ?? null,
        UserTimeZone: userZone,
        AvailableSlots: asNull ? null : available,
        Breaks: asNull ? null : breaks,
        BusySlots: busy,
        WorkDayTemplateTimeZone: noTemplate ? null : (entry?.timeZone ?? p.person.timeZone),
        NoSlotsReason: reason,
      }
      list[k]!.UserSlots.push(userSlots)
    }
  })
  return { RecordCount: dates.length, List: list }
}

/** Finds each person's record: same `ID`, else the same email (case-insensitive). */
export function matchRecords(
  people: readonly PersonAvailability[],
  records: readonly LeadSquaredUser[],
): (LeadSquaredUser | undefined)[] {
  const byId = new Map<string, LeadSquaredUser>()
  const byEmail = new Map<string, LeadSquaredUser>()
  for (const record of records) {
    if (!byId.has(record.ID)) byId.set(record.ID, record)
    const email = record.EmailAddress?.toLowerCase()
    if (email !== undefined && !byEmail.has(email)) byEmail.set(email, record)
  }
  return people.map((person) => byId.get(person.id) ?? byEmail.get(person.id.toLowerCase()))
}

/**
 * Writes a core {@link AvailabilityResult} as LeadSquared's `RetrieveAvailableSlots`
 * response, field for field: `RecordCount` (the number of dates from `FromDate` to `ToDate`,
 * inclusive), then per date of the page (`PageIndex` 1-based) one entry per person with
 * `AvailableSlots` (free windows: working time minus breaks minus blocking busy time, as
 * `HH:mm:ss` in the template's zone, cut at local midnight, an end at midnight written
 * `00:00:00`), `Breaks`, `BusySlots` (`yyyy-MM-dd HH:mm:ss`, UTC by default, one per task,
 * duplicates kept), `WorkDayTemplateTimeZone` (null without a template) and `NoSlotsReason`
 * (null whenever the date holds working time, even if busy throughout). Compute `result` over `fromLeadSquaredSlotsRequest(…).window`
 * so the night shift of the day before `FromDate` is in it.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` for a bad `request` or user record (paths
 *   under `options.request` / `options.users`), `VENDOR_LIMIT` past 100 days, `INVALID_TIME_ZONE`
 *   for `busySlotsTimeZone`, `INVALID_ARGUMENT` when `result` is not an answer or `options` not an object.
 * @example
 * const query = fromLeadSquaredSlotsRequest({ FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['ana@example.com'] }).value
 * const result = availability({ window: query.window, now: 0, policy: { durationMinutes: 30 },
 *   people: [{ id: 'u1', schedule: { timeZone: 'America/New_York', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } }] })
 * toLeadSquaredSlotsResponse(result, { request: { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['ana@example.com'] },
 *   users: [{ ID: 'u1', EmailAddress: 'ana@example.com' }] }).value.List[0].UserSlots[0].AvailableSlots
 * // [{ StartTime: '09:00:00', EndTime: '17:00:00' }]
 */
export function toLeadSquaredSlotsResponse(
  result: AvailabilityResult,
  options: ToLeadSquaredSlotsResponseOptions = {},
): Mapped<LeadSquaredSlotsResponse> {
  const warnings = new Warnings()
  if (typeof result !== 'object' || result === null || !Array.isArray(result.people))
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'result',
      details: { expected: 'an AvailabilityResult' },
    })
  if (typeof options !== 'object' || options === null)
    throw new SlotwiseError('INVALID_ARGUMENT', { path: 'options', details: { expected: 'an object' } })
  const records = readArray(options.users, 'options.users', true).map((item, i) =>
    readUser(item, `options.users[${i}]`),
  )
  let dates: number[]
  let paging: { pageIndex: number; pageSize: number } | null = null
  if (options.request === undefined) {
    const all = new Set<string>()
    for (const person of result.people) for (const day of person.days) all.add(day.date)
    dates = [...all].sort().map((date) => parsePlainDate(date))
  } else {
    const query = nested('options.request', () => fromLeadSquaredSlotsRequest(options.request), warnings.list)
    dates = query.dates.map((date) => parsePlainDate(date))
    paging = query.paging
  }
  const response = writeSlotsResponse(
    result.people,
    matchRecords(result.people, records),
    dates,
    paging,
    options,
    warnings,
  )
  return { value: response, warnings: warnings.list }
}
