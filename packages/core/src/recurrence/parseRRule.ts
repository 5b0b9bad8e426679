import { scanPlainDate } from '../calendar/parsePlainDate.js'
import { scanPlainDateTime } from '../calendar/parsePlainDateTime.js'
import { checkTextLength, fail, readInteger, readObject } from '../internal/read.js'
import { runSafely, type SafeParseResult } from '../SafeParseResult.js'
import { isoOfCompact } from './readRecurrenceText.js'

/** Day-level frequencies; sub-daily ones (HOURLY, MINUTELY, SECONDLY) are refused. */
export type Frequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY'

/** Two-letter weekday codes of RFC 5545. */
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

/** A BYDAY entry: a weekday, optionally the nth (`1FR`) or nth-from-last (`-1FR`) of the period. */
export interface ByDay {
  readonly weekday: WeekdayCode
  readonly ordinal?: number
}

/** A parsed RRULE (RFC 5545 section 3.3.10). Absent parts are left out, never `[]`. */
export interface RRule {
  readonly freq: Frequency
  readonly interval: number
  readonly count?: number
  /** As written, normalised: `YYYYMMDDTHHMMSSZ` (UTC), `YYYYMMDDTHHMMSS` (rule zone) or `YYYYMMDD`. */
  readonly until?: string
  readonly bySecond?: readonly number[]
  readonly byMinute?: readonly number[]
  readonly byHour?: readonly number[]
  readonly byDay?: readonly ByDay[]
  readonly byMonthDay?: readonly number[]
  readonly byYearDay?: readonly number[]
  readonly byWeekNo?: readonly number[]
  readonly byMonth?: readonly number[]
  readonly bySetPos?: readonly number[]
  readonly wkst: WeekdayCode
}

/** Options of {@link parseRRule}. */
export interface ParseRRuleOptions {
  /** Largest COUNT accepted (default 10 000). */
  maxCount?: number
  /** Largest INTERVAL accepted (default 1000). */
  maxInterval?: number
  /** Longest rule text, in UTF-16 units, before `TEXT_TOO_LONG` (default 2048). */
  maxLength?: number
}

export const WEEKDAY_CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
/** Longest rule text accepted: a real rule is well under 300 characters. */
export const MAX_RRULE_LENGTH = 2048

const FREQUENCIES: readonly string[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY']
const FREQUENCY_EXPECTED = 'YEARLY, MONTHLY, WEEKLY or DAILY'

type ByPartKey =
  | 'bySecond'
  | 'byMinute'
  | 'byHour'
  | 'byDay'
  | 'byMonthDay'
  | 'byYearDay'
  | 'byWeekNo'
  | 'byMonth'
  | 'bySetPos'
/**
 * The BYxxx parts, in the order {@link formatRRule} writes them: part name -> [key in
 * {@link RRule}, min, max]. For BYDAY the range is the ordinal's. A range from a negative
 * number counts from the end (-1 is the last), so only a range from 0 takes 0.
 */
const BY_PARTS: Record<string, readonly [ByPartKey, number, number]> = {
  BYSECOND: ['bySecond', 0, 60],
  BYMINUTE: ['byMinute', 0, 59],
  BYHOUR: ['byHour', 0, 23],
  BYDAY: ['byDay', -53, 53],
  BYMONTHDAY: ['byMonthDay', -31, 31],
  BYYEARDAY: ['byYearDay', -366, 366],
  BYWEEKNO: ['byWeekNo', -53, 53],
  BYMONTH: ['byMonth', 1, 12],
  BYSETPOS: ['bySetPos', -366, 366],
}

/** The largest limits a caller may set: {@link formatRRule} checks its text against them. */
const LARGEST_LIMITS: Required<ParseRRuleOptions> = { maxCount: 1e7, maxInterval: 1e6, maxLength: 65_536 }
const DEFAULT_LIMITS: Required<ParseRRuleOptions> = {
  maxCount: 10_000,
  maxInterval: 1000,
  maxLength: MAX_RRULE_LENGTH,
}

/** Reads one of the {@link ParseRRuleOptions} limits, or its default; internal, shared with `expand`. */
export function readRRuleLimit(options: Record<string, unknown>, name: keyof ParseRRuleOptions): number {
  return readInteger(
    options[name],
    'INVALID_ARGUMENT',
    `options.${name}`,
    1,
    LARGEST_LIMITS[name],
    DEFAULT_LIMITS[name],
  )
}

function invalid(path: string, value: unknown, expected: string): never {
  return fail('INVALID_RRULE', path, value, expected)
}

function readWeekday(value: unknown, path: string): WeekdayCode {
  if (!WEEKDAY_CODES.includes(value as WeekdayCode)) invalid(path, value, 'MO…SU')
  return value as WeekdayCode
}

/** A number field of a rule object must be an integer; the parser checks its range. */
function checkInteger(value: unknown, path: string): void {
  if (!Number.isInteger(value)) invalid(path, value, 'an integer')
}

function readInt(text: string, path: string, min: number, max: number): number {
  const expected = `an integer ${min}…${max}`
  // Up to 8 digits: expand() lets callers raise maxCount to 1e7 and maxInterval to 1e6, which
  // a 6-digit pattern could never read (COUNT=10000000 was refused with maxCount 1e7).
  if (!/^[+-]?\d{1,8}$/.test(text)) invalid(path, text, expected)
  const value = Number(text)
  // Only a range from 0 takes 0; the others say so (BYMONTHDAY=0, BYSETPOS=0, COUNT=0).
  if (value < min || value > max || (value === 0 && min !== 0))
    invalid(path, text, min === 0 ? expected : `${expected}, not 0`)
  return value
}

/** Checks UNTIL is `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `…Z` and names a real date and time. */
function readUntil(text: string): string {
  const iso = isoOfCompact(text)
  if (iso === undefined) invalid('UNTIL', text, 'YYYYMMDD or YYYYMMDDTHHMMSS[Z]')
  if (scanPlainDate(iso, 0) === Number.NEGATIVE_INFINITY) invalid('UNTIL', text, 'a real date')
  // The date is real, so only the time can fail here (`T240000`, `T235960`).
  if (iso.length > 10 && Number.isNaN(scanPlainDateTime(iso.slice(0, 19))))
    invalid('UNTIL', text, 'a real time')
  return text
}

/**
 * Parses an RRULE value (`FREQ=WEEKLY;BYDAY=MO,WE`, with or without the `RRULE:` prefix)
 * into an {@link RRule}. Strict: unknown parts, repeated parts, COUNT with UNTIL, BYSETPOS
 * 0 or alone, ordinals with WEEKLY or DAILY, BYMONTHDAY with WEEKLY, BYYEARDAY with
 * DAILY/WEEKLY/MONTHLY and BYWEEKNO outside YEARLY are refused, as are the sub-daily
 * frequencies (HOURLY, MINUTELY, SECONDLY): availability is computed per day.
 * @throws SlotwiseError `INVALID_RRULE` with the part's name as `path`.
 * @see RFC 5545 section 3.3.10
 * @example
 * parseRRule('RRULE:FREQ=MONTHLY;BYDAY=-1FR') // { freq: 'MONTHLY', interval: 1, byDay: [{ weekday: 'FR', ordinal: -1 }], wkst: 'MO' }
 * parseRRule('FREQ=SECONDLY;INTERVAL=1') // throws INVALID_RRULE at 'FREQ'
 */
export function parseRRule(text: unknown, options: ParseRRuleOptions = {}): RRule {
  if (typeof text !== 'string') invalid('', text, 'a string')
  const opts = readObject(options ?? {}, 'INVALID_ARGUMENT', 'options')
  checkTextLength(text, readRRuleLimit(opts, 'maxLength'), '')
  const maxCount = readRRuleLimit(opts, 'maxCount')
  const maxInterval = readRRuleLimit(opts, 'maxInterval')
  const body = text.trim().replace(/^RRULE:/i, '')
  const seen = new Set<string>()
  const rule: { -readonly [K in keyof RRule]?: RRule[K] } = { interval: 1, wkst: 'MO' }
  for (const part of body.split(';')) {
    const equals = part.indexOf('=')
    const name = (equals < 0 ? part : part.slice(0, equals)).toUpperCase()
    const value = equals < 0 ? '' : part.slice(equals + 1).toUpperCase()
    if (equals < 0 || value === '') invalid(name, part, 'NAME=VALUE')
    if (seen.has(name)) invalid(name, part, 'each part once')
    seen.add(name)
    const byPart = BY_PARTS[name]
    if (byPart !== undefined) {
      const [key, min, max] = byPart
      const items = value.split(',')
      if (key === 'byDay') {
        const days: ByDay[] = []
        for (const item of items) {
          const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item)
          if (match === null) invalid(name, item, '[±n]MO…SU')
          const ordinal = match[1] === undefined ? undefined : readInt(match[1], name, min, max)
          const weekday = match[2] as WeekdayCode
          if (!days.some((day) => day.weekday === weekday && day.ordinal === ordinal)) {
            days.push(ordinal === undefined ? { weekday } : { weekday, ordinal })
          }
        }
        rule.byDay = days
      } else rule[key] = [...new Set(items.map((item) => readInt(item, name, min, max)))]
    } else if (name === 'FREQ') {
      if (!FREQUENCIES.includes(value)) {
        const subDaily = /^(HOUR|MINUTE|SECOND)LY$/.test(value)
        invalid(
          name,
          value,
          subDaily ? `${FREQUENCY_EXPECTED} (sub-daily rules are not supported)` : FREQUENCY_EXPECTED,
        )
      }
      rule.freq = value as Frequency
    } else if (name === 'INTERVAL') {
      rule.interval = readInt(value, name, 1, maxInterval)
    } else if (name === 'COUNT') {
      rule.count = readInt(value, name, 1, maxCount)
    } else if (name === 'UNTIL') {
      rule.until = readUntil(value)
    } else if (name === 'WKST') {
      rule.wkst = readWeekday(value, name)
    } else {
      invalid(name, part, 'a part of RFC 5545 3.3.10')
    }
  }
  const freq = rule.freq
  if (freq === undefined) invalid('FREQ', body, 'a FREQ part')
  if (rule.count !== undefined && rule.until !== undefined) invalid('UNTIL', body, 'COUNT or UNTIL, not both')
  const ordinals = rule.byDay?.some((day) => day.ordinal !== undefined) ?? false
  if (ordinals && (freq === 'WEEKLY' || freq === 'DAILY'))
    invalid('BYDAY', body, 'no ordinals with WEEKLY or DAILY')
  if (ordinals && freq === 'YEARLY' && seen.has('BYWEEKNO'))
    invalid('BYDAY', body, 'no ordinals with BYWEEKNO')
  if (seen.has('BYMONTHDAY') && freq === 'WEEKLY') invalid('BYMONTHDAY', body, 'not with WEEKLY')
  for (const name of ['BYYEARDAY', 'BYWEEKNO'])
    if (seen.has(name) && freq !== 'YEARLY') invalid(name, body, 'only with YEARLY')
  if (seen.has('BYSETPOS') && ![...seen].some((part) => part.startsWith('BY') && part !== 'BYSETPOS'))
    invalid('BYSETPOS', body, 'another BYxxx part beside BYSETPOS')
  return rule as RRule
}

/**
 * Like {@link parseRRule}, but returns `{ success, value | issues }` instead of throwing.
 * @example
 * safeParseRRule('FREQ=WEEKLY;BYDAY=1MO').success // false
 */
export function safeParseRRule(text: unknown, options?: ParseRRuleOptions): SafeParseResult<RRule> {
  return runSafely(() => parseRRule(text, options))
}

/** A list part of a rule object: absent, or an array of integers (the parser checks ranges). */
function readListPart(value: unknown, name: string): readonly number[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) invalid(name, value, 'an array of integers')
  for (const item of value) checkInteger(item, name)
  // Written as a set, as the parser reads it: `[-0, 0, 3]` wrote `0,0,3`, which parses to
  // `[0, 3]` and so formats to other text.
  return [...new Set(value)]
}

/**
 * Writes an {@link RRule} back as RFC 5545 text (no `RRULE:` prefix), in a fixed part
 * order; `parseRRule(formatRRule(rule))` gives the same rule. Lists are sets: a value
 * given twice (or `-0` beside `0`) is written once. An absent `interval` or
 * `wkst` is the default (1, `MO`). The text is parsed again before it is returned, so a
 * rule object the parser would refuse (COUNT with UNTIL, BYHOUR 24) is refused here too.
 * @throws SlotwiseError `INVALID_RRULE` with the part's name as `path` (`BYHOUR`), or
 *   `TEXT_TOO_LONG` for lists longer than any rule can hold.
 * @example
 * formatRRule(parseRRule('BYDAY=MO,WE;FREQ=WEEKLY;INTERVAL=2')) // 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'
 * formatRRule({ freq: 'DAILY', interval: 1, byHour: ['9;COUNT=2'], wkst: 'MO' }) // throws INVALID_RRULE at 'BYHOUR'
 */
export function formatRRule(rule: RRule): string {
  // A caller's object, not only the parser's: a string in a list (`'9;COUNT=2'`) would be
  // written into the text as another part, and a non-array list threw a TypeError.
  const input = readObject(rule, 'INVALID_RRULE', '')
  const freq = input.freq
  if (!FREQUENCIES.includes(freq as string)) invalid('FREQ', freq, FREQUENCY_EXPECTED)
  const interval = input.interval ?? 1
  checkInteger(interval, 'INTERVAL')
  if (input.count !== undefined) checkInteger(input.count, 'COUNT')
  if (input.until !== undefined && (typeof input.until !== 'string' || input.until.length > 16))
    invalid('UNTIL', input.until, 'YYYYMMDD or YYYYMMDDTHHMMSS[Z]')
  const wkst = readWeekday(input.wkst ?? 'MO', 'WKST')
  let byDay: string[] | undefined
  if (input.byDay !== undefined) {
    if (!Array.isArray(input.byDay)) invalid('BYDAY', input.byDay, 'an array of { weekday, ordinal }')
    byDay = input.byDay.map((day: unknown) => {
      const { weekday, ordinal } = readObject(day, 'INVALID_RRULE', 'BYDAY')
      readWeekday(weekday, 'BYDAY')
      if (ordinal !== undefined) checkInteger(ordinal, 'BYDAY')
      return `${ordinal ?? ''}${weekday as string}`
    })
    byDay = [...new Set(byDay)]
  }
  const parts = [`FREQ=${freq as string}`]
  if (interval !== 1) parts.push(`INTERVAL=${interval as number}`)
  if (input.count !== undefined) parts.push(`COUNT=${input.count as number}`)
  if (input.until !== undefined) parts.push(`UNTIL=${readUntil(input.until)}`)
  for (const [name, [key]] of Object.entries(BY_PARTS)) {
    const values = key === 'byDay' ? byDay : readListPart(input[key], name)
    if (values !== undefined) parts.push(`${name}=${values.join(',')}`)
  }
  if (wkst !== 'MO') parts.push(`WKST=${wkst}`)
  const text = parts.join(';')
  parseRRule(text, LARGEST_LIMITS)
  return text
}
