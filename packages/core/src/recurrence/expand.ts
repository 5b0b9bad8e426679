import {
  daysFromCivil,
  daysInMonth,
  MAX_DAYS,
  MIN_DAYS,
  MS_PER_DAY,
  packedCivilFromDays,
} from '../calendar/civil.js'
import { weekdayOfDays } from '../calendar/weekday.js'
import { checkTextLength, fail, readArray, readBoolean, readInteger, readObject } from '../internal/read.js'
import { readInterval } from '../interval/internal.js'
import type { Instant, Interval } from '../interval/types.js'
import { wallToInstant } from '../zone/wallToInstant.js'
import { getZone, wallOf, type ZoneRecord } from '../zone/zoneRecord.js'
import {
  formatRRule,
  type ParseRRuleOptions,
  parseRRule,
  type RRule,
  readRRuleLimit,
  WEEKDAY_CODES,
} from './parseRRule.js'
import { type DateValue, readDateValue, readRecurrenceText } from './readRecurrenceText.js'

/** What to expand: a rule anchored on a first occurrence in a zone. */
export interface Recurrence {
  /**
   * The first occurrence: a wall time in `timeZone` (`2024-03-04T09:00`, `20240304T090000`)
   * or an instant (`2024-03-04T14:00:00Z`, a number). Optional when `rrule` has a DTSTART line.
   */
  readonly dtstart?: string | Instant
  /** The zone the rule repeats in; defaults to a DTSTART line's TZID, else UTC. */
  readonly timeZone?: string
  /** `FREQ=…`, `RRULE:FREQ=…`, several iCalendar lines (DTSTART/RRULE/EXDATE/RDATE), or a parsed rule. */
  readonly rrule: string | RRule
  /** Occurrences to leave out: wall times in `timeZone`, instants, or whole local dates. */
  readonly exdates?: readonly (string | Instant)[]
  /** Extra occurrences: wall times, instants, or dates (at DTSTART's time of day). */
  readonly rdates?: readonly (string | Instant)[]
}

/** Options of {@link expand}. */
export interface ExpandOptions extends ParseRRuleOptions {
  /**
   * Most instances returned before `TOO_MANY_INSTANCES` (default 10 000). The candidates built
   * before BYSETPOS picks are capped too, at the larger of 5 000 000 and twice this limit.
   */
  limit?: number
  /** Skip occurrences that fall in a DST gap instead of moving them forward (RFC 5545 3.3.10's reading). */
  skipNonexistent?: boolean
  /** Most periods (days, weeks, months, years) scanned before `TOO_MANY_PERIODS` (default 1 000 000). */
  maxPeriods?: number
  /** Longest window in days before `RANGE_TOO_LARGE` (default 3660). */
  maxWindowDays?: number
  /**
   * Count DTSTART as the first occurrence even when the rule does not yield it (RFC 5545
   * 3.8.5.3's reading). Default false, as rrule.js and python-dateutil do; recurring busy
   * events always include their own first instance.
   */
  includeStart?: boolean
}

/**
 * A full Gregorian cycle (400 years) is 4800 months and 146 097 days, a whole number of
 * weeks: a rule that matched nothing for that long repeats the same nothing forever
 * (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30`).
 */
const CYCLE_MONTHS = 4800
const CYCLE_DAYS = 146_097
/** Months since January of year 0 of January 10000, where the civil-date arithmetic ends. */
const MONTH_AFTER_9999 = 10_000 * 12
/**
 * Most candidate occurrences (matching days x times of day, before BYSETPOS) one expansion
 * builds, unless `limit` is larger: BYHOUR x BYMINUTE x BYSECOND can make 86 400 a day and
 * BYSETPOS keep one, so the output limit alone let a 550-character rule scan a 10-year window
 * for 40 seconds. Five million candidates take under a second.
 */
const MAX_CANDIDATES = 5_000_000
/**
 * Longest vendor recurrence text (DTSTART, RRULE, EXDATE and RDATE lines together): room for
 * about 3,000 EXDATE values, while a megabyte of text is refused before it is split.
 */
export const MAX_RECURRENCE_TEXT_LENGTH = 65_536

/** A lookup of BYxxx values: `n` (1…size) at index `n`, a negative `n` at `size + 1 - n`. */
function flags(values: readonly number[] | undefined, size: number): boolean[] | undefined {
  if (values === undefined) return undefined
  const result = new Array<boolean>(2 * size + 2).fill(false)
  for (const value of values) result[value > 0 ? value : size + 1 - value] = true
  return result
}

function has(set: boolean[], position: number, length: number, size: number): boolean {
  return set[position] === true || set[size + 1 + (length - position + 1)] === true
}

/** Monday of week 1 of `year` for weeks starting on `wkst` (week 1 holds at least 4 days of the year). */
function weekOneStart(year: number, wkst: number): number {
  const january1 = daysFromCivil(year, 1, 1)
  const offset = (weekdayOfDays(january1) - wkst + 7) % 7
  return january1 - offset + (offset >= 4 ? 7 : 0)
}

/**
 * The test of one day against the rule's BYxxx parts. Without BYWEEKNO, BYYEARDAY,
 * BYMONTHDAY and BYDAY the rule repeats DTSTART's weekday (WEEKLY), day of the month
 * (MONTHLY) or date (YEARLY; any month of BYMONTH).
 */
function dayMatcher(rule: RRule, startDay: number, wkst: number): (day: number) => boolean {
  const startPacked = packedCivilFromDays(startDay)
  const startMonth = Math.floor(startPacked / 100) % 100
  const startDayOfMonth = startPacked % 100
  const startWeekday = weekdayOfDays(startDay)
  const freq = rule.freq
  const months = flags(rule.byMonth, 12)
  const monthDays = flags(rule.byMonthDay, 31)
  const yearDays = flags(rule.byYearDay, 366)
  const weekNumbers = flags(rule.byWeekNo, 53)
  let weekdays: boolean[] | undefined
  const ordinals: Array<readonly [number, number]> = []
  if (rule.byDay !== undefined) {
    weekdays = new Array<boolean>(8).fill(false)
    for (const { weekday, ordinal } of rule.byDay) {
      const index = WEEKDAY_CODES.indexOf(weekday) + 1
      if (ordinal === undefined) weekdays[index] = true
      else ordinals.push([index, ordinal])
    }
  }
  const defaults =
    weekNumbers === undefined && yearDays === undefined && monthDays === undefined && weekdays === undefined
  return (day) => {
    const packed = packedCivilFromDays(day)
    const year = Math.floor(packed / 10_000)
    const month = Math.floor(packed / 100) % 100
    const dayOfMonth = packed % 100
    const weekday = weekdayOfDays(day)
    if (months !== undefined && !months[month]) return false
    if (defaults) {
      if (freq === 'WEEKLY') return weekday === startWeekday
      if (freq === 'MONTHLY') return dayOfMonth === startDayOfMonth
      if (freq === 'YEARLY')
        return dayOfMonth === startDayOfMonth && (months !== undefined || month === startMonth)
      return true
    }
    const january1 = daysFromCivil(year, 1, 1)
    const yearLength = daysFromCivil(year + 1, 1, 1) - january1
    if (weekNumbers !== undefined) {
      let start = weekOneStart(year, wkst)
      let next = weekOneStart(year + 1, wkst)
      if (day < start) {
        next = start
        start = weekOneStart(year - 1, wkst)
      } else if (day >= next) {
        start = next
        next = weekOneStart(year + 2, wkst)
      }
      if (!has(weekNumbers, Math.floor((day - start) / 7) + 1, (next - start) / 7, 53)) return false
    }
    if (yearDays !== undefined && !has(yearDays, day - january1 + 1, yearLength, 366)) return false
    const monthLength = daysInMonth(year, month)
    if (monthDays !== undefined && !has(monthDays, dayOfMonth, monthLength, 31)) return false
    if (weekdays !== undefined && !weekdays[weekday]) {
      // Ordinals count within the month (MONTHLY, or YEARLY with BYMONTH) or else the year.
      const inMonth = freq === 'MONTHLY' || months !== undefined
      const position = inMonth ? dayOfMonth : day - january1 + 1
      const length = inMonth ? monthLength : yearLength
      const fromStart = Math.floor((position - 1) / 7) + 1
      const fromEnd = -(Math.floor((length - position) / 7) + 1)
      if (!ordinals.some(([wd, n]) => wd === weekday && (n === fromStart || n === fromEnd))) return false
    }
    return true
  }
}

/** Days since 1970-01-01 of the first day of month `index` (months since January of year 0). */
function firstDayOfMonth(index: number): number {
  return daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1)
}

/** Months since January of year 0 of a packed civil date. */
function monthIndexOf(packed: number): number {
  return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1
}

/** Reads any accepted form of the rule input; internal, shared with recurring busy events. */
export function readRecurrence(
  value: unknown,
  path: string,
  options: ParseRRuleOptions | undefined,
): { rule: RRule; zone: ZoneRecord; start: number; exdates: DateValue[]; rdates: DateValue[] } {
  const input = readObject(value, 'INVALID_RRULE', path)
  const rrulePath = `${path}.rrule`
  const dtstartPath = `${path}.dtstart`
  let rule: RRule
  let text: ReturnType<typeof readRecurrenceText> | undefined
  if (typeof input.rrule === 'object' && input.rrule !== null)
    rule = parseRRule(formatRRuleSafe(input.rrule, rrulePath), options)
  else {
    if (typeof input.rrule !== 'string') fail('INVALID_RRULE', rrulePath, input.rrule, 'a string')
    checkTextLength(input.rrule, MAX_RECURRENCE_TEXT_LENGTH, rrulePath)
    text = readRecurrenceText(input.rrule, rrulePath)
    rule = parseRRule(text.rule, options)
  }
  const zone = getZone(input.timeZone ?? text?.timeZone ?? 'UTC', `${path}.timeZone`)
  const dtstart = input.dtstart === undefined ? text?.dtstart : readDateValue(input.dtstart, dtstartPath)
  if (dtstart === undefined || dtstart.kind === 'date')
    fail('INVALID_RRULE', dtstartPath, input.dtstart, 'a wall time or an instant')
  const start = dtstart.kind === 'instant' ? wallOf(zone, dtstart.instant) : dtstart.wall
  // The civil-date arithmetic holds for 0001…9999 only: an instant before year 1 gave
  // nonsense (FREQ=MONTHLY from -271821-04-20 repeated January 20ths yearly).
  if (start < MIN_DAYS * MS_PER_DAY || start >= (MAX_DAYS + 1) * MS_PER_DAY) {
    const expected = 'a first occurrence in 0001-01-01…9999-12-31'
    fail('INVALID_RRULE', dtstartPath, input.dtstart ?? 'DTSTART', expected)
  }
  // Array.from, not map: map skips the holes of a sparse array (`[, ]`), which then reached
  // the exceptions as undefined and threw a TypeError.
  const list = (key: 'exdates' | 'rdates') => [
    ...Array.from(readArray(input[key], 'INVALID_RRULE', `${path}.${key}`), (item, i) =>
      readDateValue(item, `${path}.${key}[${i}]`),
    ),
    ...(text?.[key] ?? []),
  ]
  return { rule, zone, start, exdates: list('exdates'), rdates: list('rdates') }
}

/** A parsed rule given as an object goes back through the parser, so it is checked like text. */
function formatRRuleSafe(rule: unknown, path: string): string {
  try {
    return formatRRule(rule as RRule)
  } catch {
    return fail('INVALID_RRULE', path, rule, 'an RRule from parseRRule')
  }
}

/**
 * Internal: instances of a read recurrence in `[from, to)`, before EXDATE and RDATE, as
 * instants. DTSTART is an occurrence when the rule yields it, or always with
 * `includeStart` (a busy event's own first instance); COUNT counts from it; UNTIL is
 * inclusive and compared as an instant.
 */
export function expandInstances(
  rule: RRule,
  zone: ZoneRecord,
  start: number,
  from: number,
  to: number,
  skipNonexistent: boolean,
  maxPeriods: number,
  limit: number,
  includeStart: boolean,
): number[] {
  const { freq, interval, count, bySetPos } = rule
  // Every occurrence is a wall time of `zone`; a gap moves it forward, a fold takes the earlier.
  const toInstant = (wall: number) => wallToInstant(zone, wall, 'compatible')
  const startDay = Math.floor(start / MS_PER_DAY)
  const startTime = start - startDay * MS_PER_DAY
  const wkst = WEEKDAY_CODES.indexOf(rule.wkst) + 1
  const matchesDay = dayMatcher(rule, startDay, wkst)
  // Times of day: BYHOUR x BYMINUTE x BYSECOND, each defaulting to DTSTART's.
  const milliseconds = startTime % 1000
  const times: number[] = []
  for (const hour of rule.byHour ?? [Math.floor(startTime / 3_600_000)]) {
    for (const minute of rule.byMinute ?? [Math.floor(startTime / 60_000) % 60]) {
      for (const second of rule.bySecond ?? [Math.floor(startTime / 1000) % 60]) {
        // A leap second (60) names no wall time we can hold: skipped like Feb 30.
        if (second < 60) times.push(((hour * 60 + minute) * 60 + second) * 1000 + milliseconds)
      }
    }
  }
  times.sort((a, b) => a - b)
  const firstInstant = toInstant(start)
  let until = Number.POSITIVE_INFINITY
  if (rule.until !== undefined) {
    const value = readDateValue(rule.until, 'UNTIL')
    // A date UNTIL runs through that local date: up to the next midnight, exclusive.
    until = value.kind === 'date' ? instantOf(value, zone, MS_PER_DAY) - 1 : instantOf(value, zone, 0)
  }
  const result: number[] = []
  let emitted = 0
  if (includeStart) {
    emitted = 1
    if (firstInstant >= from && firstInstant < to && firstInstant <= until) result.push(firstInstant)
  }
  // A period is a run of days (DAILY, WEEKLY) or of months (MONTHLY, YEARLY), counted from
  // the one that holds DTSTART: its day, its week (from WKST), its month or its year.
  const inMonths = freq === 'MONTHLY' || freq === 'YEARLY'
  const size = freq === 'WEEKLY' ? 7 : freq === 'YEARLY' ? 12 : 1
  const periodsPerCycle = (inMonths ? CYCLE_MONTHS : CYCLE_DAYS) / size
  const startMonthIndex = monthIndexOf(packedCivilFromDays(startDay))
  const origin =
    freq === 'DAILY'
      ? startDay
      : freq === 'WEEKLY'
        ? startDay - ((weekdayOfDays(startDay) - wkst + 7) % 7)
        : freq === 'MONTHLY'
          ? startMonthIndex
          : startMonthIndex - (startMonthIndex % 12)
  // Without COUNT nothing before the window matters: start at the period holding it.
  let period = 0
  const windowDay = Math.floor(wallOf(zone, from) / MS_PER_DAY) - 2
  if (count === undefined && windowDay > startDay) {
    const distance = (inMonths ? monthIndexOf(packedCivilFromDays(windowDay)) : windowDay) - origin
    period = Math.max(0, Math.floor(distance / (size * interval)))
  }
  const toDay = Math.floor(wallOf(zone, to) / MS_PER_DAY) + 1
  let scanned = 0
  let barren = 0
  let candidates = 0
  const maxCandidates = Math.max(MAX_CANDIDATES, 2 * limit)
  const occurrences: number[] = []
  for (; ; period++) {
    const unit = origin + period * size * interval
    if (inMonths && unit >= MONTH_AFTER_9999) break
    const first = inMonths ? firstDayOfMonth(unit) : unit
    const end = inMonths ? firstDayOfMonth(unit + size) : unit + size
    if (first > toDay || first > MAX_DAYS || barren >= periodsPerCycle) break
    if (++scanned > maxPeriods) fail('TOO_MANY_PERIODS', 'rrule', scanned, `at most ${maxPeriods} periods`)
    occurrences.length = 0
    for (let day = first; day < end; day++) {
      if (matchesDay(day)) for (const time of times) occurrences.push(day * MS_PER_DAY + time)
      // Cap the work, not only the output (MAX_CANDIDATES); checked per day, as one YEARLY
      // period can hold millions.
      if (candidates + occurrences.length > maxCandidates) {
        const built = candidates + occurrences.length
        fail('TOO_MANY_INSTANCES', 'rrule', built, `at most ${maxCandidates} candidate occurrences`)
      }
    }
    candidates += occurrences.length
    const selected = bySetPos === undefined ? occurrences : selectPositions(occurrences, bySetPos)
    barren = selected.length === 0 ? barren + 1 : 0
    let past = true
    for (const wall of selected) {
      const instant = toInstant(wall)
      if (instant <= until) past = false
      if (instant < firstInstant || (includeStart && instant === firstInstant) || instant > until) continue
      if (skipNonexistent && wallOf(zone, instant) !== wall) continue
      if (count !== undefined && emitted >= count) return finish(result)
      emitted++
      if (instant >= from && instant < to) {
        result.push(instant)
        if (result.length > limit)
          fail('TOO_MANY_INSTANCES', 'rrule', result.length, `at most ${limit} instances`)
      }
    }
    if (past && selected.length > 0 && toInstant(selected[0]!) > until) break
  }
  return finish(result)
}

/** BYSETPOS: positions (1-based, negative from the end) in the period's sorted occurrences. */
function selectPositions(occurrences: readonly number[], positions: readonly number[]): number[] {
  const picked = positions.map((position) => occurrences.at(position > 0 ? position - 1 : position))
  return finish(picked.filter((value) => value !== undefined))
}

/** Sorted, without duplicates (a gap can move two wall times onto one instant). */
function finish(instants: number[]): number[] {
  instants.sort((a, b) => a - b)
  return instants.filter((value, i) => i === 0 || value !== instants[i - 1])
}

/** Applies EXDATE (instants, wall times, whole local dates) and RDATE to sorted instances. */
export function applyExceptions(
  instances: number[],
  zone: ZoneRecord,
  start: number,
  exdates: readonly DateValue[],
  rdates: readonly DateValue[],
  from: number,
  to: number,
): number[] {
  // A date is at DTSTART's time of day; floor, not %, which is negative for a DTSTART before 1970.
  const timeOfDay = start - Math.floor(start / MS_PER_DAY) * MS_PER_DAY
  const excludedInstants = new Set<number>()
  const excludedDays = new Set<number>()
  for (const value of exdates) {
    if (value.kind === 'date') excludedDays.add(value.day)
    else excludedInstants.add(instantOf(value, zone, timeOfDay))
  }
  const all = instances.slice()
  for (const value of rdates) {
    const instant = instantOf(value, zone, timeOfDay)
    if (instant >= from && instant < to) all.push(instant)
  }
  return finish(all).filter(
    (instant) =>
      !excludedInstants.has(instant) &&
      (excludedDays.size === 0 || !excludedDays.has(Math.floor(wallOf(zone, instant) / MS_PER_DAY))),
  )
}

/** The instant of a date value; a wall time is in its own zone or else `zone`, a date at `timeOfDay`. */
function instantOf(value: DateValue, zone: ZoneRecord, timeOfDay: number): number {
  if (value.kind === 'instant') return value.instant
  if (value.kind === 'date') return wallToInstant(zone, value.day * MS_PER_DAY + timeOfDay, 'compatible')
  return wallToInstant(
    value.timeZone === undefined ? zone : getZone(value.timeZone),
    value.wall,
    'compatible',
  )
}

/**
 * The occurrences of a recurrence that start in `[window.start, window.end)`, sorted, as
 * instants. Expansion runs in wall time of the rule's zone, on whole days, and converts at
 * the end: a weekly 09:00 meeting in New York stays 09:00 local across DST. An occurrence
 * in a DST gap moves forward by the gap (`compatible`) unless `skipNonexistent`; a date
 * that does not exist (Feb 30, a fifth Friday) is skipped, never clamped. DTSTART is an
 * occurrence when the rule yields it (or always, with `includeStart`); COUNT counts from it
 * and before EXDATE; UNTIL is inclusive (a date
 * UNTIL means through that local date); BYSETPOS picks from each whole period. Without
 * COUNT the expansion starts at the period holding the window.
 * @throws SlotwiseError `INVALID_RRULE` (with the part as path), `INVALID_TIME_ZONE`,
 *   `INVALID_INTERVAL`, `RANGE_TOO_LARGE` (window over `maxWindowDays`), `TOO_MANY_PERIODS`,
 *   `TOO_MANY_INSTANCES`.
 * @see RFC 5545 sections 3.3.10 and 3.8.5.3
 * @example
 * expand({ dtstart: '2024-03-04T09:00', timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;COUNT=3' },
 *   { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) })
 * // [Date.UTC(2024, 2, 4, 14), Date.UTC(2024, 2, 11, 13), Date.UTC(2024, 2, 18, 13)]: 09:00 local each week
 */
export function expand(recurrence: Recurrence, window: Interval, options: ExpandOptions = {}): Instant[] {
  const opts = readObject(options ?? {}, 'INVALID_ARGUMENT', 'options')
  const { start: from, end: to } = readInterval(window, 'window')
  const readOption = (name: string, min: number, max: number, fallback: number) =>
    readInteger(opts[name], 'INVALID_ARGUMENT', `options.${name}`, min, max, fallback)
  const readFlag = (name: string) => readBoolean(opts[name], 'INVALID_ARGUMENT', `options.${name}`, false)
  const maxDays = readOption('maxWindowDays', 1, 36_600, 3660)
  if (to - from > maxDays * MS_PER_DAY)
    fail('RANGE_TOO_LARGE', 'window', to - from, `at most ${maxDays} days`)
  // Read here, before the rule, so a bad limit is named first; the parser reads them again.
  const parseOptions: ParseRRuleOptions = {
    maxCount: readRRuleLimit(opts, 'maxCount'),
    maxInterval: readRRuleLimit(opts, 'maxInterval'),
    maxLength: readRRuleLimit(opts, 'maxLength'),
  }
  const { rule, zone, start, exdates, rdates } = readRecurrence(recurrence, 'recurrence', parseOptions)
  const limit = readOption('limit', 0, 1e7, 10_000)
  const instances = expandInstances(
    rule,
    zone,
    start,
    from,
    to,
    readFlag('skipNonexistent'),
    readOption('maxPeriods', 1, 1e8, 1_000_000),
    limit,
    readFlag('includeStart'),
  )
  const result = applyExceptions(instances, zone, start, exdates, rdates, from, to)
  // RDATEs come on top of the rule's instances: the limit holds for the answer, not only the rule.
  if (result.length > limit)
    fail('TOO_MANY_INSTANCES', 'recurrence.rdates', result.length, `at most ${limit} instances`)
  return result
}
