// A core schedule → the hours LeadConnector can hold: one list of ranges per weekday and
// explicit ranges for some dates, with breaks cut out, holidays and whole-day leave as closed
// dates, and warnings for what has no place (partial leave, zone changes). Internal.
import {
  formatPlainDate,
  parsePlainDate,
  parsePlainTime,
  type Schedule,
  SlotwiseError,
  type WeekdayName,
  weekdayOf,
} from '@slotwise/core'
import { MINUTES_PER_DAY, type MinuteRange, MONDAY_FIRST, shiftRanges, subtractRanges } from './hours.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** The plan; internal. */
export interface HoursPlan {
  /** Ranges per weekday; absent weekdays have none. */
  readonly weekly: ReadonlyMap<WeekdayName, MinuteRange[]>
  /** Dates (ascending) whose hours differ from their weekday's: overrides, closed dates, dates near date breaks. */
  readonly dates: readonly (readonly [string, MinuteRange[]])[]
  readonly hasTemplate: boolean
}

const CODE = 'INVALID_ARGUMENT'
const MAX_SPAN_DAYS = 3660

function fail(path: string, expected: string): never {
  throw new SlotwiseError(CODE, { path, details: { expected } })
}

function list(value: unknown, path: string): readonly unknown[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(path, 'an array')
  return value
}

function readRanges(value: unknown, path: string, warnings: VendorWarning[]): MinuteRange[] {
  // Array.from, not map: a hole in a sparse array is refused like `undefined`, not kept as a hole.
  return Array.from(list(value, path), (item, i) => {
    const range = item as { from?: unknown; to?: unknown } | null
    if (typeof range !== 'object' || range === null) fail(`${path}[${i}]`, '{ from, to }')
    const from = parsePlainTime(range.from, `${path}[${i}].from`)
    let to = parsePlainTime(range.to, `${path}[${i}].to`)
    if (from % 60 !== 0 || to % 60 !== 0) {
      warn(
        warnings,
        'SECONDS_TRUNCATED',
        `${path}[${i}]`,
        'LeadConnector hours have no seconds: cut to the minute',
      )
    }
    if (to <= from && to !== 86_400) to += 86_400
    return [Math.floor(from / 60), Math.floor(to / 60)] as MinuteRange
  })
}

function readWeekly(
  value: unknown,
  path: string,
  warnings: VendorWarning[],
): Map<WeekdayName, MinuteRange[]> {
  const weekly = new Map<WeekdayName, MinuteRange[]>()
  if (value === undefined || value === null) return weekly
  if (typeof value !== 'object' || Array.isArray(value)) fail(path, 'weekday → ranges')
  for (const day of MONDAY_FIRST) {
    const ranges = Object.hasOwn(value, day)
      ? readRanges((value as Record<string, unknown>)[day], `${path}.${day}`, warnings)
      : []
    if (ranges.length > 0) weekly.set(day, ranges)
  }
  return weekly
}

function readDated(value: unknown, path: string, warnings: VendorWarning[]): Map<number, MinuteRange[]> {
  const dated = new Map<number, MinuteRange[]>()
  list(value, path).forEach((item, i) => {
    const entry = item as { date?: unknown; hours?: unknown } | null
    if (typeof entry !== 'object' || entry === null) fail(`${path}[${i}]`, '{ date, hours }')
    const date = parsePlainDate(entry.date, `${path}[${i}].date`)
    const ranges = readRanges(entry.hours, `${path}[${i}].hours`, warnings)
    dated.set(date, [...(dated.get(date) ?? []), ...ranges])
  })
  return dated
}

function addSpan(closed: Set<number>, value: unknown, path: string): void {
  if (typeof value === 'string') {
    closed.add(parsePlainDate(value, path))
    return
  }
  if (typeof value !== 'object' || value === null) fail(path, 'a date or { from, to }')
  const span = value as { from?: unknown; to?: unknown }
  const from = parsePlainDate(span.from, `${path}.from`)
  const to = parsePlainDate(span.to, `${path}.to`)
  if (to - from >= MAX_SPAN_DAYS)
    throw new SlotwiseError('RANGE_TOO_LARGE', { path, details: { limit: MAX_SPAN_DAYS } })
  for (let day = from; day <= to; day++) closed.add(day)
}

function weekdayName(day: number): WeekdayName {
  return MONDAY_FIRST[weekdayOf(day) - 1]!
}

function same(a: readonly MinuteRange[], b: readonly MinuteRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range[0] === b[i]![0] && range[1] === b[i]![1])
}

/**
 * Plans the vendor hours of `schedule`. Breaks are cut out of the hours they fall in (a
 * break crossing midnight cuts the next day's early hours too); holidays and whole-day
 * leave close their dates, and, as in the core, a closed date's breaks vanish.
 * @throws SlotwiseError `INVALID_ARGUMENT`, `INVALID_TIME`, `INVALID_DATE`, `RANGE_TOO_LARGE` for a malformed schedule.
 */
export function planScheduleHours(schedule: Schedule, path: string, warnings: VendorWarning[]): HoursPlan {
  if (typeof schedule !== 'object' || schedule === null) fail(path, 'a schedule')
  if (typeof schedule.timeZone !== 'string') fail(`${path}.timeZone`, 'a time zone id')
  const breaksValue: unknown = schedule.breaks
  if (breaksValue !== undefined && (typeof breaksValue !== 'object' || breaksValue === null))
    fail(`${path}.breaks`, '{ weekly, dates }')
  const hasTemplate = schedule.weekly !== undefined && schedule.weekly !== null
  const weekly = readWeekly(schedule.weekly, `${path}.weekly`, warnings)
  const breaks = readWeekly(schedule.breaks?.weekly, `${path}.breaks.weekly`, warnings)
  const dateBreaks = readDated(schedule.breaks?.dates, `${path}.breaks.dates`, warnings)
  const overrides = new Map<number, MinuteRange[]>()
  list(schedule.overrides, `${path}.overrides`).forEach((item, i) => {
    const entry = item as { date?: unknown; hours?: unknown } | null
    if (typeof entry !== 'object' || entry === null) fail(`${path}.overrides[${i}]`, '{ date, hours }')
    const date = parsePlainDate(entry.date, `${path}.overrides[${i}].date`)
    if (!overrides.has(date))
      overrides.set(date, readRanges(entry.hours, `${path}.overrides[${i}].hours`, warnings))
  })
  const closed = new Set<number>()
  list(schedule.holidays, `${path}.holidays`).forEach((span, i) => {
    addSpan(closed, span, `${path}.holidays[${i}]`)
  })
  list(schedule.leave, `${path}.leave`).forEach((leave, i) => {
    if (typeof leave === 'object' && leave !== null && 'start' in leave) {
      warn(
        warnings,
        'LEAVE_NOT_REPRESENTABLE',
        `${path}.leave[${i}]`,
        'leave by the hour has no LeadConnector field: left out',
      )
    } else addSpan(closed, leave, `${path}.leave[${i}]`)
  })
  if (list(schedule.zoneChanges, `${path}.zoneChanges`).length > 0) {
    warn(
      warnings,
      'ZONE_CHANGES_NOT_REPRESENTABLE',
      `${path}.zoneChanges`,
      'LeadConnector hours have one zone: zone changes left out',
    )
  }

  // Breaks that cut a date's hours: its own and its neighbours', shifted onto its minutes.
  const cutOfWeekday = (index: number): MinuteRange[] =>
    [-1, 0, 1].flatMap((shift) =>
      shiftRanges(breaks.get(MONDAY_FIRST[(index + shift + 7) % 7]!) ?? [], shift * MINUTES_PER_DAY),
    )
  const cutOfDate = (day: number): MinuteRange[] =>
    [-1, 0, 1].flatMap((shift) =>
      closed.has(day + shift)
        ? []
        : shiftRanges(
            [...(breaks.get(weekdayName(day + shift)) ?? []), ...(dateBreaks.get(day + shift) ?? [])],
            shift * MINUTES_PER_DAY,
          ),
    )

  // A break can cut a night shift so that a piece starts after midnight: such a piece is
  // written on the next date (the open time is the same; a range cannot start at 24:01).
  const own = (ranges: readonly MinuteRange[]) => ranges.filter(([from]) => from < MINUTES_PER_DAY)
  const spill = (ranges: readonly MinuteRange[]) =>
    shiftRanges(
      ranges.filter(([from]) => from >= MINUTES_PER_DAY),
      -MINUTES_PER_DAY,
    )
  // Disjoint pieces, touching where they meet: a merged range could pass 24 hours, which no format holds.
  const join = (a: readonly MinuteRange[], b: readonly MinuteRange[]) =>
    b.length === 0 ? [...a] : [...a, ...subtractRanges(b, a)].sort((x, y) => x[0] - y[0])

  const weeklyActual = MONDAY_FIRST.map((day, index) =>
    subtractRanges(weekly.get(day) ?? [], cutOfWeekday(index)),
  )
  const weeklyWritten = weeklyActual.map((ranges, index) =>
    join(own(ranges), spill(weeklyActual[(index + 6) % 7]!)),
  )
  const plannedWeekly = new Map<WeekdayName, MinuteRange[]>()
  MONDAY_FIRST.forEach((day, index) => {
    if (weeklyWritten[index]!.length > 0) plannedWeekly.set(day, weeklyWritten[index]!)
  })
  const actualOfDate = (day: number): MinuteRange[] => {
    if (closed.has(day)) return []
    const base = overrides.get(day) ?? (hasTemplate ? (weekly.get(weekdayName(day)) ?? []) : [])
    return subtractRanges(base, cutOfDate(day))
  }
  const candidates = new Set<number>([...overrides.keys(), ...closed])
  for (const day of [...dateBreaks.keys(), ...closed])
    for (const near of [day - 1, day, day + 1]) candidates.add(near)
  for (const day of [...candidates]) candidates.add(day + 1)
  const dates: [string, MinuteRange[]][] = []
  for (const day of [...candidates].sort((a, b) => a - b)) {
    const ranges = join(own(actualOfDate(day)), spill(actualOfDate(day - 1)))
    const explicit = overrides.has(day) || closed.has(day)
    if (explicit || !same(ranges, plannedWeekly.get(weekdayName(day)) ?? []))
      dates.push([formatPlainDate(day), ranges])
  }
  return { weekly: plannedWeekly, dates, hasTemplate }
}
