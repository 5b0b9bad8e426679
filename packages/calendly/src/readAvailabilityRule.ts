// Reads Calendly's `{ timezone, rules }` (a user availability schedule, or an event type's
// `availability_rule`) into a core Schedule. Shared by the two schedule mappers.
import {
  formatPlainDate,
  formatPlainTime,
  type Schedule,
  type TimeRange,
  type WeekdayName,
} from '@slotwise/core'
import {
  at,
  describe,
  fail,
  field,
  readArray,
  readDate,
  readObject,
  readString,
  readTimeOfDay,
  readTimeZone,
  warn,
} from './read.js'
import type { VendorWarning } from './types.js'

const DAY = 86_400
/** The core's weekday keys, Monday first; Calendly uses the same lower-case names. */
const WEEKDAYS: readonly WeekdayName[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/** `[from, to)` seconds from the rule's midnight; `to` may pass 86 400 (crosses midnight). */
type Pair = [number, number]

interface Collected {
  pairs: Pair[]
  path: string
}

/** Reads one rule's intervals into pairs, with the reinterpretations Calendly's data needs. */
function readIntervals(value: unknown, path: string, warnings: VendorWarning[], lateEnds: boolean): Pair[] {
  const list = readArray(value, path)
  const pairs: Pair[] = []
  for (let i = 0; i < list.length; i++) {
    const itemPath = `${path}[${i}]`
    const item = readObject(list[i], itemPath)
    const fromText = field(item, 'from')
    const toText = field(item, 'to')
    const from = readTimeOfDay(fromText, at(itemPath, 'from'))
    let to = readTimeOfDay(toText, at(itemPath, 'to'))
    if (from === DAY) fail(at(itemPath, 'from'), fromText, 'a start before 24:00')
    // `to: "00:00"` is the end of the day (also `00:00`–`00:00`: the whole day).
    if (to === 0) to = DAY
    else if (lateEnds && (to === DAY - 60 || to === DAY - 1)) {
      warn(
        warnings,
        'END_OF_DAY_NORMALISED',
        at(itemPath, 'to'),
        `read ${JSON.stringify(toText)} as 24:00, the end of the day`,
      )
      to = DAY
    }
    if (to === from) {
      warn(warnings, 'EMPTY_INTERVAL_DROPPED', itemPath, `dropped the empty interval ${fromText}–${toText}`)
      continue
    }
    if (to < from) {
      warn(
        warnings,
        'INTERVAL_CROSSES_MIDNIGHT',
        itemPath,
        `read ${fromText}–${toText} as running into the next day`,
      )
      to += DAY
    }
    pairs.push([from, to])
  }
  return pairs
}

/** Sorts pairs and merges overlapping ones (touching ones stay apart: the core joins them). */
function mergeOverlapping(entry: Collected, warnings: VendorWarning[]): Pair[] {
  const sorted = [...entry.pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Pair[] = []
  for (const pair of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && pair[0] < last[1]) {
      last[1] = Math.min(Math.max(last[1], pair[1]), last[0] + DAY)
      continue
    }
    merged.push([pair[0], pair[1]])
  }
  if (merged.length < sorted.length) {
    warn(warnings, 'INTERVALS_MERGED', entry.path, 'merged overlapping intervals into one')
  }
  return merged
}

function formatTime(seconds: number): string {
  return formatPlainTime(seconds, { precision: seconds % 60 === 0 ? 'minute' : 'second' })
}

/** Writes pairs as core ranges: `24:00` for the end of the day, a crossing end as the next day's time. */
function toRanges(pairs: readonly Pair[]): TimeRange[] {
  return pairs.map(([from, to]) => ({
    from: formatTime(from),
    to: to === DAY ? '24:00' : formatTime(to % DAY),
  }))
}

/** How Calendly rules are read. */
export interface CalendlyRulesOptions {
  /**
   * Read a `to` of `23:59` (or `23:59:59`) as `24:00`, the end of the day, with a warning
   * (default `true`: UIs write "until 11:59 pm" for "until midnight"). `false` reads it literally.
   */
  readonly treat2359AsMidnight?: boolean
}

/** Reads `{ timezone, rules }` at `path` into a core Schedule. */
export function readAvailabilityRule(
  value: Record<string, unknown>,
  path: string,
  warnings: VendorWarning[],
  options: CalendlyRulesOptions = {},
): Schedule {
  const lateEnds = options.treat2359AsMidnight !== false
  const timeZone = readTimeZone(field(value, 'timezone'), at(path, 'timezone'), warnings)
  const rulesPath = at(path, 'rules')
  const rules = readArray(field(value, 'rules'), rulesPath)
  const weekly = new Map<WeekdayName, Collected>()
  const dates = new Map<number, Collected>()
  for (let i = 0; i < rules.length; i++) {
    const rulePath = `${rulesPath}[${i}]`
    const rule = readObject(rules[i], rulePath)
    const type = field(rule, 'type')
    let target: Map<WeekdayName | number, Collected>
    let key: WeekdayName | number
    if (type === 'wday') {
      const wday = readString(field(rule, 'wday'), at(rulePath, 'wday'))
      key = wday.toLowerCase() as WeekdayName
      if (!WEEKDAYS.includes(key)) fail(at(rulePath, 'wday'), wday, 'sunday | monday | … | saturday')
      target = weekly as Map<WeekdayName | number, Collected>
    } else if (type === 'date') {
      key = readDate(field(rule, 'date'), at(rulePath, 'date'))
      target = dates as Map<WeekdayName | number, Collected>
    } else {
      readString(type, at(rulePath, 'type'))
      warn(warnings, 'UNKNOWN_RULE_TYPE', at(rulePath, 'type'), `skipped a rule of type ${describe(type)}`)
      continue
    }
    const pairs = readIntervals(field(rule, 'intervals'), at(rulePath, 'intervals'), warnings, lateEnds)
    const existing = target.get(key)
    if (existing === undefined) {
      target.set(key, { pairs, path: rulePath })
    } else {
      const name = typeof key === 'number' ? formatPlainDate(key) : key
      warn(warnings, 'DUPLICATE_RULE', rulePath, `joined a second rule for ${name} with the first`)
      existing.pairs.push(...pairs)
    }
  }
  const weeklyHours: Partial<Record<WeekdayName, TimeRange[]>> = {}
  for (const name of WEEKDAYS) {
    const entry = weekly.get(name)
    weeklyHours[name] = entry === undefined ? [] : toRanges(mergeOverlapping(entry, warnings))
  }
  const overrides = [...dates.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, entry]) => ({
      date: formatPlainDate(day),
      hours: toRanges(mergeOverlapping(entry, warnings)),
    }))
  return { timeZone, weekly: weeklyHours, overrides }
}
