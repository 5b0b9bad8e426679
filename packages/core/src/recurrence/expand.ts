import { daysFromCivil, daysInMonth, MS_PER_DAY, packedCivilFromDays } from '../calendar/civil.js'
import { weekdayOfDays } from '../calendar/weekday.js'
import { fail, readArray, readBoolean, readInteger, readObject } from '../internal/read.js'
import { readInterval } from '../interval/internal.js'
import type { Instant, Interval } from '../interval/types.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { wallToInstant } from '../zone/wallToInstant.js'
import { getZone, offsetSecondsAt, type ZoneRecord } from '../zone/zoneRecord.js'
import { formatRRule, type ParseRRuleOptions, parseRRule, type RRule, WEEKDAY_CODES } from './parseRRule.js'
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
 * A full Gregorian cycle (400 years) in periods of each frequency: a rule that matched
 * nothing for that long repeats the same nothing forever (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30`).
 */
const CYCLE = { YEARLY: 400, MONTHLY: 4800, WEEKLY: 20_871, DAILY: 146_097 } as const
const LAST_DAY = daysFromCivil(9999, 12, 31)
const FIRST_DAY = daysFromCivil(1, 1, 1)
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

interface Matcher {
  readonly rule: RRule
  readonly months: boolean[] | undefined
  readonly monthDays: boolean[] | undefined
  readonly yearDays: boolean[] | undefined
  readonly weekNumbers: boolean[] | undefined
  readonly weekdays: boolean[] | undefined
  readonly ordinals: ReadonlyArray<readonly [number, number]>
  readonly wkst: number
  readonly defaults: boolean
  readonly start: { readonly month: number; readonly day: number; readonly weekday: number }
}

/** Index `n` (1…size) for positive values and `size + 1 + n`… no: negative `n` is stored at `size + 1 - n`. */
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

function matchesDay(m: Matcher, day: number): boolean {
  const packed = packedCivilFromDays(day)
  const year = Math.floor(packed / 10_000)
  const month = Math.floor(packed / 100) % 100
  const dayOfMonth = packed % 100
  const weekday = weekdayOfDays(day)
  const rule = m.rule
  if (m.months !== undefined && !m.months[month]) return false
  if (m.defaults) {
    if (rule.freq === 'WEEKLY') return weekday === m.start.weekday
    if (rule.freq === 'MONTHLY') return dayOfMonth === m.start.day
    if (rule.freq === 'YEARLY')
      return dayOfMonth === m.start.day && (m.months !== undefined || month === m.start.month)
    return true
  }
  const january1 = daysFromCivil(year, 1, 1)
  const yearLength = daysFromCivil(year + 1, 1, 1) - january1
  if (m.weekNumbers !== undefined) {
    let start = weekOneStart(year, m.wkst)
    let next = weekOneStart(year + 1, m.wkst)
    if (day < start) {
      next = start
      start = weekOneStart(year - 1, m.wkst)
    } else if (day >= next) {
      start = next
      next = weekOneStart(year + 2, m.wkst)
    }
    if (!has(m.weekNumbers, Math.floor((day - start) / 7) + 1, (next - start) / 7, 53)) return false
  }
  if (m.yearDays !== undefined && !has(m.yearDays, day - january1 + 1, yearLength, 366)) return false
  const monthLength = daysInMonth(year, month)
  if (m.monthDays !== undefined && !has(m.monthDays, dayOfMonth, monthLength, 31)) return false
  if (m.weekdays !== undefined && !m.weekdays[weekday]) {
    // Ordinals count within the month (MONTHLY, or YEARLY with BYMONTH) or else the year.
    const inMonth = rule.freq === 'MONTHLY' || m.months !== undefined
    const position = inMonth ? dayOfMonth : day - january1 + 1
    const length = inMonth ? monthLength : yearLength
    const fromStart = Math.floor((position - 1) / 7) + 1
    const fromEnd = -(Math.floor((length - position) / 7) + 1)
    if (!m.ordinals.some(([wd, n]) => wd === weekday && (n === fromStart || n === fromEnd))) return false
  }
  return true
}

/** Reads any accepted form of the rule input; internal, shared with recurring busy events. */
export function readRecurrence(
  value: unknown,
  path: string,
  options: ParseRRuleOptions | undefined,
): { rule: RRule; zone: ZoneRecord; start: number; exdates: DateValue[]; rdates: DateValue[] } {
  const input = readObject(value, 'INVALID_RRULE', path)
  let rule: RRule
  let text: ReturnType<typeof readRecurrenceText> | undefined
  if (typeof input.rrule === 'object' && input.rrule !== null)
    rule = parseRRule(formatRRuleSafe(input.rrule, `${path}.rrule`), options)
  else {
    if (typeof input.rrule !== 'string') fail('INVALID_RRULE', `${path}.rrule`, input.rrule, 'a string')
    if (input.rrule.length > MAX_RECURRENCE_TEXT_LENGTH) {
      const details = { limit: MAX_RECURRENCE_TEXT_LENGTH, actual: input.rrule.length }
      throw new SlotwiseError('TEXT_TOO_LONG', { path: `${path}.rrule`, details })
    }
    text = readRecurrenceText(input.rrule, `${path}.rrule`)
    rule = parseRRule(text.rule, options)
  }
  const zone = getZone(input.timeZone ?? text?.timeZone ?? 'UTC', `${path}.timeZone`)
  const dtstart =
    input.dtstart === undefined ? text?.dtstart : readDateValue(input.dtstart, `${path}.dtstart`)
  if (dtstart === undefined || dtstart.kind === 'date')
    fail('INVALID_RRULE', `${path}.dtstart`, input.dtstart, 'a wall time or an instant')
  const start =
    dtstart.kind === 'instant'
      ? dtstart.instant + offsetSecondsAt(zone, dtstart.instant) * 1000
      : dtstart.wall
  // The civil-date arithmetic holds for 0001…9999 only: an instant before year 1 gave
  // nonsense (FREQ=MONTHLY from -271821-04-20 repeated January 20ths yearly).
  if (start < FIRST_DAY * MS_PER_DAY || start >= (LAST_DAY + 1) * MS_PER_DAY) {
    const expected = 'a first occurrence in 0001-01-01…9999-12-31'
    fail('INVALID_RRULE', `${path}.dtstart`, input.dtstart ?? 'DTSTART', expected)
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
  const startDay = Math.floor(start / MS_PER_DAY)
  const startTime = start - startDay * MS_PER_DAY
  const startPacked = packedCivilFromDays(startDay)
  const startYear = Math.floor(startPacked / 10_000)
  const startMonth = Math.floor(startPacked / 100) % 100
  const startWeekday = weekdayOfDays(startDay)
  const wkst = WEEKDAY_CODES.indexOf(rule.wkst) + 1
  const matcher: Matcher = {
    rule,
    months: flags(rule.byMonth, 12),
    monthDays: flags(rule.byMonthDay, 31),
    yearDays: flags(rule.byYearDay, 366),
    weekNumbers: flags(rule.byWeekNo, 53),
    weekdays: rule.byDay === undefined ? undefined : plainWeekdays(rule),
    ordinals: (rule.byDay ?? [])
      .filter((day) => day.ordinal !== undefined)
      .map((day) => [WEEKDAY_CODES.indexOf(day.weekday) + 1, day.ordinal!] as const),
    wkst,
    defaults:
      rule.byWeekNo === undefined &&
      rule.byYearDay === undefined &&
      rule.byMonthDay === undefined &&
      rule.byDay === undefined,
    start: { month: startMonth, day: startPacked % 100, weekday: startWeekday },
  }
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
  const firstInstant = wallToInstant(zone, start, 'compatible')
  let until = Number.POSITIVE_INFINITY
  if (rule.until !== undefined) {
    const value = readDateValue(rule.until, 'UNTIL')
    until =
      value.kind === 'instant'
        ? value.instant
        : value.kind === 'date'
          ? wallToInstant(zone, (value.day + 1) * MS_PER_DAY, 'compatible') - 1
          : wallToInstant(zone, value.wall, 'compatible')
  }
  const result: number[] = []
  let emitted = 0
  if (includeStart) {
    emitted = 1
    if (firstInstant >= from && firstInstant < to && firstInstant <= until) result.push(firstInstant)
  }
  // Without COUNT nothing before the window matters: start at the period holding it.
  let period = 0
  const windowDay = Math.floor((from + offsetSecondsAt(zone, from) * 1000) / MS_PER_DAY) - 2
  if (rule.count === undefined && windowDay > startDay) {
    const weekStart = startDay - ((startWeekday - wkst + 7) % 7)
    const packed = packedCivilFromDays(windowDay)
    const distance =
      rule.freq === 'DAILY'
        ? windowDay - startDay
        : rule.freq === 'WEEKLY'
          ? Math.floor((windowDay - weekStart) / 7)
          : rule.freq === 'MONTHLY'
            ? (Math.floor(packed / 10_000) - startYear) * 12 + (Math.floor(packed / 100) % 100) - startMonth
            : Math.floor(packed / 10_000) - startYear
    period = Math.max(0, Math.floor(distance / rule.interval))
  }
  const toDay = Math.floor((to + offsetSecondsAt(zone, to) * 1000) / MS_PER_DAY) + 1
  let scanned = 0
  let barren = 0
  let candidates = 0
  const maxCandidates = Math.max(MAX_CANDIDATES, 2 * limit)
  const occurrences: number[] = []
  for (; ; period++) {
    const step = period * rule.interval
    let first: number
    let length: number
    if (rule.freq === 'DAILY') {
      first = startDay + step
      length = 1
    } else if (rule.freq === 'WEEKLY') {
      first = startDay - ((startWeekday - wkst + 7) % 7) + 7 * step
      length = 7
    } else if (rule.freq === 'MONTHLY') {
      const index = startYear * 12 + startMonth - 1 + step
      const year = Math.floor(index / 12)
      if (year > 9999) break
      first = daysFromCivil(year, (index % 12) + 1, 1)
      length = daysInMonth(year, (index % 12) + 1)
    } else {
      if (startYear + step > 9999) break
      first = daysFromCivil(startYear + step, 1, 1)
      length = daysFromCivil(startYear + step + 1, 1, 1) - first
    }
    if (first > toDay || first > LAST_DAY || barren >= CYCLE[rule.freq]) break
    if (++scanned > maxPeriods) fail('TOO_MANY_PERIODS', 'rrule', scanned, `at most ${maxPeriods} periods`)
    occurrences.length = 0
    for (let day = first; day < first + length; day++) {
      if (matchesDay(matcher, day)) for (const time of times) occurrences.push(day * MS_PER_DAY + time)
      // Cap the work, not only the output (MAX_CANDIDATES); checked per day, as one YEARLY
      // period can hold millions.
      if (candidates + occurrences.length > maxCandidates) {
        const built = candidates + occurrences.length
        fail('TOO_MANY_INSTANCES', 'rrule', built, `at most ${maxCandidates} candidate occurrences`)
      }
    }
    candidates += occurrences.length
    const selected = rule.bySetPos === undefined ? occurrences : selectPositions(occurrences, rule.bySetPos)
    barren = selected.length === 0 ? barren + 1 : 0
    let past = true
    for (const wall of selected) {
      const instant = wallToInstant(zone, wall, 'compatible')
      if (instant <= until) past = false
      if (instant < firstInstant || (includeStart && instant === firstInstant) || instant > until) continue
      if (skipNonexistent && instant + offsetSecondsAt(zone, instant) * 1000 !== wall) continue
      if (rule.count !== undefined && emitted >= rule.count) return finish(result)
      emitted++
      if (instant >= from && instant < to) {
        result.push(instant)
        if (result.length > limit)
          fail('TOO_MANY_INSTANCES', 'rrule', result.length, `at most ${limit} instances`)
      }
    }
    if (past && selected.length > 0 && wallToInstant(zone, selected[0]!, 'compatible') > until) break
  }
  return finish(result)
}

function plainWeekdays(rule: RRule): boolean[] {
  const set = new Array<boolean>(8).fill(false)
  for (const day of rule.byDay!)
    if (day.ordinal === undefined) set[WEEKDAY_CODES.indexOf(day.weekday) + 1] = true
  return set
}

/** BYSETPOS: positions (1-based, negative from the end) in the period's sorted occurrences. */
function selectPositions(occurrences: readonly number[], positions: readonly number[]): number[] {
  const picked = new Set<number>()
  for (const position of positions) {
    const index = position > 0 ? position - 1 : occurrences.length + position
    const value = occurrences[index]
    if (value !== undefined) picked.add(value)
  }
  return [...picked].sort((a, b) => a - b)
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
  const timeOfDay = start - Math.floor(start / MS_PER_DAY) * MS_PER_DAY
  const toInstantOf = (value: DateValue): number =>
    value.kind === 'instant'
      ? value.instant
      : value.kind === 'wall'
        ? wallToInstant(
            value.timeZone === undefined ? zone : getZone(value.timeZone),
            value.wall,
            'compatible',
          )
        : // DTSTART's time of day; floor, not %, which is negative for a DTSTART before 1970.
          wallToInstant(zone, value.day * MS_PER_DAY + timeOfDay, 'compatible')
  const excludedInstants = new Set<number>()
  const excludedDays = new Set<number>()
  for (const value of exdates) {
    if (value.kind === 'date') excludedDays.add(value.day)
    else excludedInstants.add(toInstantOf(value))
  }
  const all = instances.slice()
  for (const value of rdates) {
    const instant = toInstantOf(value)
    if (instant >= from && instant < to) all.push(instant)
  }
  return finish(all).filter(
    (instant) =>
      !excludedInstants.has(instant) &&
      (excludedDays.size === 0 ||
        !excludedDays.has(Math.floor((instant + offsetSecondsAt(zone, instant) * 1000) / MS_PER_DAY))),
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
  const maxDays = readInteger(
    opts.maxWindowDays,
    'INVALID_ARGUMENT',
    'options.maxWindowDays',
    1,
    36_600,
    3660,
  )
  if (to - from > maxDays * MS_PER_DAY)
    fail('RANGE_TOO_LARGE', 'window', to - from, `at most ${maxDays} days`)
  const parseOptions: ParseRRuleOptions = {}
  if (opts.maxCount !== undefined)
    parseOptions.maxCount = readInteger(opts.maxCount, 'INVALID_ARGUMENT', 'options.maxCount', 1, 1e7)
  if (opts.maxInterval !== undefined) {
    parseOptions.maxInterval = readInteger(
      opts.maxInterval,
      'INVALID_ARGUMENT',
      'options.maxInterval',
      1,
      1e6,
    )
  }
  if (opts.maxLength !== undefined)
    parseOptions.maxLength = readInteger(opts.maxLength, 'INVALID_ARGUMENT', 'options.maxLength', 1, 65_536)
  const { rule, zone, start, exdates, rdates } = readRecurrence(recurrence, 'recurrence', parseOptions)
  const limit = readInteger(opts.limit, 'INVALID_ARGUMENT', 'options.limit', 0, 1e7, 10_000)
  const instances = expandInstances(
    rule,
    zone,
    start,
    from,
    to,
    readBoolean(opts.skipNonexistent, 'INVALID_ARGUMENT', 'options.skipNonexistent', false),
    readInteger(opts.maxPeriods, 'INVALID_ARGUMENT', 'options.maxPeriods', 1, 1e8, 1_000_000),
    limit,
    readBoolean(opts.includeStart, 'INVALID_ARGUMENT', 'options.includeStart', false),
  )
  const result = applyExceptions(instances, zone, start, exdates, rdates, from, to)
  // RDATEs come on top of the rule's instances: the limit holds for the answer, not only the rule.
  if (result.length > limit)
    fail('TOO_MANY_INSTANCES', 'recurrence.rdates', result.length, `at most ${limit} instances`)
  return result
}
