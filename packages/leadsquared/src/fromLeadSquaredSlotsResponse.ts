import {
  type BusyEvent,
  type DateHours,
  formatPlainDate,
  type Interval,
  type NoSlotsReason,
  normalizeIntervals,
  type Schedule,
  subtractIntervals,
  type TimeRange,
  timeZoneTransitions,
  toInstantFromWallMilliseconds,
  totalLength,
  unionIntervals,
  validateTimeZone,
  type ZoneChange,
} from '@slotwise/core'
import { mergeRanges, type SecondsRange, toTimeRanges } from './ranges.js'
import {
  at,
  fail,
  field,
  readArray,
  readDate,
  readDateTime,
  readInteger,
  readObject,
  readOptionalString,
  readOptionalZone,
  readString,
  runSafely,
  Warnings,
} from './read.js'
import { readTimeSlots } from './readTimeSlots.js'
import type {
  LeadSquaredSlotsAnswer,
  LeadSquaredUserAnswer,
  LeadSquaredUserDay,
  Mapped,
  SafeMapped,
  VendorWarningCode,
} from './types.js'
import { clipSet, clockOf, dayStart, SECONDS_PER_DAY } from './wallClock.js'

/** Options of {@link fromLeadSquaredSlotsResponse}; the same choices as the writer's. */
export interface FromLeadSquaredSlotsResponseOptions {
  /** Read `AvailableSlots`/`Breaks` in the template's zone (default; the user's as fallback) or the user's. */
  readonly slotsTimeZone?: 'template' | 'user'
  /** The zone of `BusySlots`: `'UTC'` (default), `'template'`, `'user'` or an IANA id. */
  readonly busySlotsTimeZone?: string
  /** Breaks inside `AvailableSlots` are expected (no warning); they are subtracted either way. */
  readonly availableSlotsIncludeBreaks?: boolean
}

const REASONS: readonly NoSlotsReason[] = ['Holiday', 'Leave', 'NotScheduled', 'WorkDayTemplateNotDefined']

interface UserDayRead extends LeadSquaredUserDay {
  readonly path: string
  readonly day: number
  readonly start: number
  readonly end: number
}

interface UserState {
  readonly userId: string
  readonly emailAddress: string | null
  readonly userTimeZone: string | null
  readonly path: string
  readonly days: Map<number, UserDayRead>
}

function readBusySlots(value: unknown, path: string, zone: string, warnings: Warnings): Interval[] {
  const intervals: Interval[] = []
  const toInstant = (wall: number) => (zone === 'UTC' ? wall : toInstantFromWallMilliseconds(wall, zone))
  readArray(value, path, true).forEach((item, i) => {
    const itemPath = at(path, i)
    const slot = readObject(item, itemPath)
    const start = toInstant(readDateTime(field(slot, 'StartTime'), at(itemPath, 'StartTime')))
    const end = toInstant(readDateTime(field(slot, 'EndTime'), at(itemPath, 'EndTime')))
    if (end < start)
      warnings.add('BUSY_SLOT_REVERSED', itemPath, 'a busy slot that ends before it starts was left out')
    else intervals.push({ start, end })
  })
  return intervals
}

function sumLengths(list: readonly Interval[]): number {
  let sum = 0
  for (const interval of list) sum += interval.end - interval.start
  return sum
}

/**
 * The wall-clock ranges of a set inside one local date, as the core's `{ from, to }`. A part
 * whose wall end is not after its wall start (it spans the repeated hour of a DST fold)
 * cannot be a range of that date: it is left out, with the fold already reported.
 */
function wallRanges(
  set: readonly Interval[],
  read: UserDayRead,
  warnings: Warnings,
  path: string,
): TimeRange[] {
  const report = (code: VendorWarningCode, message: string) => warnings.add(code, path, message)
  const ranges: SecondsRange[] = []
  for (const part of clipSet(set, read.start, read.end)) {
    const from = clockOf(part.start, read.day, read.timeZone, report)
    const to = part.end === read.end ? SECONDS_PER_DAY : clockOf(part.end, read.day, read.timeZone, report)
    if (to > from) ranges.push([from, to])
  }
  return toTimeRanges(mergeRanges(ranges, path, warnings))
}

/** True when `instant` is a whole second that its wall time on the date names unambiguously. */
function isWallExact(instant: number, read: UserDayRead): boolean {
  let exact = true
  clockOf(instant, read.day, read.timeZone, () => {
    exact = false
  })
  return exact
}

/**
 * The parts of busy time that the date's wall clock can name as hours. In a DST fold a wall
 * time reads back as its first pass, so no range can start or end in the second: a part
 * starting there starts where the fold ends, a part ending there ends a second before the
 * clocks went back, and a part wholly inside it is left out.
 */
function nameableParts(parts: readonly Interval[], read: UserDayRead): Interval[] {
  const exact = (part: Interval) =>
    isWallExact(part.start, read) && (part.end === read.end || isWallExact(part.end, read))
  if (parts.every(exact)) return parts as Interval[]
  let trimmed = parts as Interval[]
  for (const change of timeZoneTransitions(read.timeZone, { start: read.start, end: read.end })) {
    const secondPassEnd = change.instant + (change.offsetSecondsBefore - change.offsetSecondsAfter) * 1000
    if (secondPassEnd <= change.instant) continue
    const inSecondPass = (instant: number) => instant >= change.instant && instant < secondPassEnd
    trimmed = trimmed.flatMap((part) => {
      const start = inSecondPass(part.start) ? secondPassEnd : part.start
      const end = inSecondPass(part.end) ? change.instant - 1000 : part.end
      return end > start ? [{ start, end }] : []
    })
  }
  return trimmed.filter(exact)
}

/** Rebuilds a core person from the dates of one user. */
function toPerson(
  state: UserState,
  days: readonly UserDayRead[],
  warnings: Warnings,
): LeadSquaredUserAnswer['person'] {
  const first = days[0]
  const timeZone = first?.timeZone ?? state.userTimeZone ?? 'UTC'
  const zoneChanges: ZoneChange[] = []
  let zone = timeZone
  const overrides: DateHours[] = []
  const dateBreaks: DateHours[] = []
  const holidays: string[] = []
  const leave: string[] = []
  // A WorkDayTemplateNotDefined date means no weekly hours at all; every other date then
  // says what it has through an override (`[]` for NotScheduled).
  const noTemplate = days.some((read) => read.noSlotsReason === 'WorkDayTemplateNotDefined')
  // Busy slots: an event listed under two dates (it crosses midnight) is one event; the same
  // times listed twice under one date are two events (two tasks at once).
  const counts = new Map<string, { interval: Interval; count: number }>()
  for (const read of days) {
    if (read.timeZone !== zone) {
      zoneChanges.push({ from: read.date, timeZone: read.timeZone })
      zone = read.timeZone
    }
    const here = new Map<string, number>()
    for (const interval of read.busy) {
      const key = `${interval.start}/${interval.end}`
      const count = (here.get(key) ?? 0) + 1
      here.set(key, count)
      const known = counts.get(key)
      if (known === undefined) counts.set(key, { interval, count })
      else known.count = Math.max(known.count, count)
    }
    // The date's hours: windows plus breaks, plus busy time between them (a task inside the
    // working day), so the rebuilt day starts where the template's did and a slot grid
    // anchored there is the same. A working date that is busy throughout keeps its busy time,
    // trimmed to what a wall clock can name (not the second pass of a fold).
    let hours = unionIntervals(read.available, read.breaks)
    const busySet = normalizeIntervals(read.busy)
    const fill =
      hours.length > 0
        ? clipSet(busySet, hours[0]!.start, hours[hours.length - 1]!.end)
        : read.noSlotsReason === null
          ? clipSet(busySet, read.start, read.end)
          : []
    hours = unionIntervals(hours, nameableParts(fill, read))
    const path = read.path
    if (read.noSlotsReason === 'Holiday' || read.noSlotsReason === 'Leave') {
      ;(read.noSlotsReason === 'Holiday' ? holidays : leave).push(read.date)
      if (hours.length > 0)
        warnings.add('WINDOWS_ON_CLOSED_DATE', path, `windows on a ${read.noSlotsReason} date were left out`)
      continue
    }
    if (hours.length > 0) overrides.push({ date: read.date, hours: wallRanges(hours, read, warnings, path) })
    else if (noTemplate && read.noSlotsReason === 'NotScheduled')
      overrides.push({ date: read.date, hours: [] })
    if (read.breaks.length > 0)
      dateBreaks.push({ date: read.date, hours: wallRanges(read.breaks, read, warnings, path) })
  }
  const busy: BusyEvent[] = []
  for (const { interval, count } of counts.values()) {
    for (let i = 0; i < count; i++)
      busy.push({ id: `busy-${busy.length + 1}`, start: interval.start, end: interval.end })
  }
  const schedule: Schedule = {
    timeZone,
    ...(noTemplate ? {} : { weekly: {} }),
    overrides,
    holidays,
    leave,
    breaks: { dates: dateBreaks },
    zoneChanges,
  }
  return { id: state.userId, schedule, busy }
}

/**
 * Reads a `RetrieveAvailableSlots` response into instants, per user (pivoted from LeadSquared's
 * dates-then-users order), and rebuilds each user as a core person. `AvailableSlots` and
 * `Breaks` are `HH:mm:ss` of `List[].Date` in `WorkDayTemplateTimeZone` (falling back to
 * `UserTimeZone`; `slotsTimeZone: 'user'` swaps them); an `EndTime` of `00:00:00`, `23:59:59`
 * or not after the `StartTime` is the end of that date. `BusySlots` are UTC by default.
 * Windows are netted defensively: `AvailableSlots` minus `Breaks` minus `BusySlots`, each
 * overlap reported. `null` and `[]` lists both read as empty (`nullLists` remembers which).
 * The rebuilt person has, per date, the free windows plus breaks (and busy time between
 * them) as hours, the breaks, the busy slots as hard events, and holidays and leave where `NoSlotsReason` says so, so
 * `availability()` gives the same free windows again.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`List[0].UserSlots[1].AvailableSlots[0].StartTime`).
 * @example
 * const answer = fromLeadSquaredSlotsResponse({ RecordCount: 1, List: [{ Date: '2026-03-09', UserSlots: [{
 *   UserId: 'u1', EmailAddress: 'ana@example.com', UserTimeZone: 'America/New_York',
 *   AvailableSlots: [{ StartTime: '09:00:00', EndTime: '00:00:00' }], Breaks: [], BusySlots: [],
 *   WorkDayTemplateTimeZone: 'America/New_York', NoSlotsReason: null }] }] }).value
 * answer.users[0].days[0].available // [{ start: Date.UTC(2026, 2, 9, 13), end: Date.UTC(2026, 2, 10, 4) }]
 */
export function fromLeadSquaredSlotsResponse(
  payload: unknown,
  options: FromLeadSquaredSlotsResponseOptions = {},
): Mapped<LeadSquaredSlotsAnswer> {
  const warnings = new Warnings()
  const response = readObject(payload, '')
  const list = readArray(field(response, 'List'), 'List', true)
  const countValue = field(response, 'RecordCount')
  const recordCount =
    countValue === undefined || countValue === null
      ? list.length
      : readInteger(countValue, 'RecordCount', 0, 2 ** 31)
  const busyOption = options?.busySlotsTimeZone ?? 'UTC'
  const fixedBusyZone =
    busyOption === 'template' || busyOption === 'user'
      ? null
      : validateTimeZone(busyOption, 'options.busySlotsTimeZone')
  const byUser = new Map<string, UserState>()
  const dates: string[] = []
  const seenDates = new Set<number>()
  list.forEach((item, i) => {
    const entryPath = at('List', i)
    const entry = readObject(item, entryPath)
    const day = readDate(field(entry, 'Date'), at(entryPath, 'Date'))
    const date = formatPlainDate(day)
    if (seenDates.has(day))
      warnings.add('DUPLICATE_DATE', at(entryPath, 'Date'), `${date} is listed twice: its users were merged`)
    else dates.push(date)
    seenDates.add(day)
    readArray(field(entry, 'UserSlots'), at(entryPath, 'UserSlots'), true).forEach((userItem, j) => {
      const path = at(at(entryPath, 'UserSlots'), j)
      const slots = readObject(userItem, path)
      const userId = readString(field(slots, 'UserId'), at(path, 'UserId'))
      const emailAddress = readOptionalString(field(slots, 'EmailAddress'), at(path, 'EmailAddress'))
      const userTimeZone = readOptionalZone(field(slots, 'UserTimeZone'), at(path, 'UserTimeZone'))
      const templateZone = readOptionalZone(
        field(slots, 'WorkDayTemplateTimeZone'),
        at(path, 'WorkDayTemplateTimeZone'),
      )
      const reasonValue = field(slots, 'NoSlotsReason')
      let reason: NoSlotsReason | null = null
      if (reasonValue !== undefined && reasonValue !== null && reasonValue !== '') {
        if (typeof reasonValue !== 'string') fail(at(path, 'NoSlotsReason'), reasonValue, 'null or a reason')
        if (REASONS.includes(reasonValue as NoSlotsReason)) reason = reasonValue as NoSlotsReason
        else
          warnings.add(
            'UNKNOWN_NO_SLOTS_REASON',
            at(path, 'NoSlotsReason'),
            `unknown reason ${JSON.stringify(reasonValue)} read as null`,
          )
      }
      let state = byUser.get(userId)
      if (state === undefined) {
        state = { userId, emailAddress, userTimeZone, path, days: new Map() }
        byUser.set(userId, state)
      }
      if (state.days.has(day)) {
        warnings.add('DUPLICATE_USER', path, `${userId} is listed twice on ${date}: the repeat was left out`)
        return
      }
      let zone =
        options?.slotsTimeZone === 'user' ? (userTimeZone ?? templateZone) : (templateZone ?? userTimeZone)
      if (zone === null) {
        warnings.add('TIME_ZONE_MISSING', path, 'no WorkDayTemplateTimeZone nor UserTimeZone: UTC was used')
        zone = 'UTC'
      }
      const start = dayStart(day, zone)
      const end = dayStart(day + 1, zone)
      const availableValue = field(slots, 'AvailableSlots')
      const breaksValue = field(slots, 'Breaks')
      const busyValue = field(slots, 'BusySlots')
      const rawAvailable = readTimeSlots(
        availableValue,
        at(path, 'AvailableSlots'),
        day,
        zone,
        start,
        end,
        warnings,
      )
      const breaks = normalizeIntervals(
        readTimeSlots(breaksValue, at(path, 'Breaks'), day, zone, start, end, warnings),
      )
      const busyZone = fixedBusyZone ?? (busyOption === 'user' ? (userTimeZone ?? zone) : zone)
      const busy = readBusySlots(busyValue, at(path, 'BusySlots'), busyZone, warnings)
      let available = normalizeIntervals(rawAvailable)
      if (totalLength(available) < sumLengths(rawAvailable)) {
        warnings.add(
          'OVERLAPPING_SLOTS_MERGED',
          at(path, 'AvailableSlots'),
          'overlapping available slots were merged',
        )
      }
      const withoutBreaks = subtractIntervals(available, breaks)
      if (
        totalLength(withoutBreaks) < totalLength(available) &&
        options?.availableSlotsIncludeBreaks !== true
      ) {
        warnings.add(
          'AVAILABLE_SLOT_OVERLAPS_BREAK',
          at(path, 'AvailableSlots'),
          'available slots overlapping breaks were cut',
        )
      }
      available = subtractIntervals(withoutBreaks, normalizeIntervals(busy))
      if (totalLength(available) < totalLength(withoutBreaks)) {
        warnings.add(
          'AVAILABLE_SLOT_OVERLAPS_BUSY',
          at(path, 'AvailableSlots'),
          'available slots overlapping busy slots were cut',
        )
      }
      const nullLists: LeadSquaredUserDay['nullLists'] = []
      if (availableValue === null) nullLists.push('AvailableSlots')
      if (breaksValue === null) nullLists.push('Breaks')
      if (busyValue === null) nullLists.push('BusySlots')
      state.days.set(day, {
        path,
        date,
        day,
        start,
        end,
        timeZone: zone,
        workDayTemplateTimeZone: templateZone,
        available,
        breaks,
        busy,
        noSlotsReason: reason,
        nullLists,
      })
    })
  })
  const users: LeadSquaredUserAnswer[] = [...byUser.values()].map((state) => {
    const days = [...state.days.values()].sort((a, b) => a.day - b.day)
    const person = toPerson(state, days, warnings)
    return {
      user: { ID: state.userId, EmailAddress: state.emailAddress, TimeZone: state.userTimeZone },
      days: days.map(({ path: _path, day: _day, start: _start, end: _end, ...read }) => read),
      person,
    }
  })
  return { value: { recordCount, dates, users }, warnings: warnings.list }
}

/**
 * {@link fromLeadSquaredSlotsResponse} without throwing.
 *
 * @example
 * safeFromLeadSquaredSlotsResponse({ List: [{ Date: '2026-03-09', UserSlots: [{}] }] }).success // false (no UserId)
 */
export function safeFromLeadSquaredSlotsResponse(
  payload: unknown,
  options: FromLeadSquaredSlotsResponseOptions = {},
): SafeMapped<LeadSquaredSlotsAnswer> {
  return runSafely(() => fromLeadSquaredSlotsResponse(payload, options))
}
