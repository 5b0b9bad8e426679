import {
  availability,
  formatPlainDate,
  formatPlainTime,
  type Instant,
  parsePlainDate,
  type Schedule,
  SlotwiseError,
  type WeekdayName,
  weekdayOf,
} from '@slotwise/core'
import { MAX_DATE_RULES } from './limits.js'
import { failArgument, isObject, rethrowAt, warn } from './read.js'
import type {
  CalendlyAvailabilityRule,
  CalendlyInterval,
  CalendlyRule,
  CalendlyWeekday,
  VendorWarning,
} from './types.js'
import {
  DAY,
  leaveOnDates,
  localDay,
  normalise,
  ownPart,
  type Pairs,
  readRanges,
  same,
  spill,
  subtract,
} from './wallClock.js'

/** Options of {@link toCalendlyAvailabilitySchedule}. */
export interface ToCalendlyAvailabilityScheduleOptions {
  /**
   * The Calendly object being updated (a user availability schedule, or an event type's
   * `availability_rule`): every field but `timezone` and `rules` is kept, in its order.
   */
  readonly existing?: Readonly<Record<string, unknown>>
  /** Leave out `date` rules before today in the schedule's zone: Calendly refuses them (400). */
  readonly now?: Instant
  /** How to write a midnight end: `'24:00'` (default) or `'00:00'`. Both read back the same. */
  readonly endOfDay?: '24:00' | '00:00'
}

/** A core schedule as Calendly `{ timezone, rules }`. */
export interface CalendlyScheduleWrite {
  /** `existing` with `timezone` and `rules` replaced: send it as the body. */
  readonly payload: CalendlyAvailabilityRule
  readonly warnings: VendorWarning[]
}

const MS_PER_DAY = 86_400_000
/** Calendly's weekday order: sunday first (sunday = 0). */
const CALENDLY_WEEKDAYS: readonly CalendlyWeekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]
/** Core weekday names by ISO number (1 = monday … 7 = sunday; index 0 unused). */
const ISO_WEEKDAYS: readonly WeekdayName[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/** A source of breaks, with the input path a warning names. */
interface BreakSource {
  readonly pairs: Pairs
  readonly path: string
}

/** A date span or a whole date as an inclusive day range; undefined for an instant range. */
function daySpan(value: unknown): [number, number] | undefined {
  if (typeof value === 'string') {
    const day = parsePlainDate(value)
    return [day, day]
  }
  if (isObject(value) && typeof value.from === 'string' && typeof value.to === 'string') {
    return [parsePlainDate(value.from), parsePlainDate(value.to)]
  }
  return undefined
}

/** Checks the schedule with the core itself, so the same input fails the same way, at its own path. */
function checkSchedule(schedule: Schedule): void {
  try {
    availability({
      window: { start: 0, end: MS_PER_DAY },
      now: 0,
      people: [{ id: 'schedule', schedule }],
      policy: { durationMinutes: 1440 },
    })
  } catch (error) {
    rethrowAt(error, 'people[0].schedule.', '')
  }
}

/**
 * Writes a core {@link Schedule} as Calendly's `{ timezone, rules }` (`POST
 * /user_availability_schedules`, or `availability_rule` of `PATCH
 * /event_type_availability_schedules`), keeping every other field of `existing`.
 *
 * Seven `wday` rules (sunday first) carry the weekly hours; `date` rules (ascending) carry
 * overrides, holidays and full-day leave (no intervals), partial leave and date breaks.
 * Calendly has no breaks, holidays, leave, night shifts or zone changes, so the rules give
 * the same open time instead: breaks and leave are cut out of the intervals, hours that
 * cross midnight are split at it (`22:00–24:00` + `00:00–06:00` the next day), times are
 * whole minutes (rounded inward), and each of these says so in `warnings`. Zone changes are
 * dropped (warning). `fromCalendlyAvailabilitySchedule(payload)` gives back a schedule with
 * the same slots.
 *
 * @throws SlotwiseError the core's codes for an invalid schedule (`INVALID_SCHEDULE`, `INVALID_TIME`, … at the field's path), `RANGE_TOO_LARGE` over {@link MAX_DATE_RULES} date rules, `INVALID_ARGUMENT` for a bad option.
 * @example
 * const { payload, warnings } = toCalendlyAvailabilitySchedule(
 *   { timeZone: 'Europe/Berlin', weekly: { monday: [{ from: '09:00', to: '17:00' }] },
 *     breaks: { weekly: { monday: [{ from: '12:00', to: '13:00' }] } }, holidays: ['2026-12-25'] },
 *   { existing: { uri: 'https://api.calendly.com/user_availability_schedules/S1', name: 'Work', timezone: 'UTC', rules: [] } })
 * payload.rules[1] // { type: 'wday', wday: 'monday', intervals: [{ from: '09:00', to: '12:00' }, { from: '13:00', to: '17:00' }] }
 * payload.rules[7] // { type: 'date', date: '2026-12-25', intervals: [] }
 * warnings.map((w) => w.code) // ['HOLIDAYS_AS_DATE_RULES', 'BREAKS_SPLIT']
 */
export function toCalendlyAvailabilitySchedule(
  schedule: Schedule,
  options: ToCalendlyAvailabilityScheduleOptions = {},
): CalendlyScheduleWrite {
  const settings = options ?? {}
  const endOfDay = settings.endOfDay ?? '24:00'
  if (endOfDay !== '24:00' && endOfDay !== '00:00')
    failArgument('options.endOfDay', endOfDay, "'24:00' | '00:00'")
  if (settings.existing !== undefined && !isObject(settings.existing))
    failArgument('options.existing', settings.existing, 'an object')
  if (settings.now !== undefined && (typeof settings.now !== 'number' || !Number.isInteger(settings.now))) {
    failArgument('options.now', settings.now, 'an integer instant')
  }
  checkSchedule(schedule)
  const warnings: VendorWarning[] = []
  const zone = schedule.timeZone
  if (/^([+-]|Z$)/.test(zone))
    warn(
      warnings,
      'FIXED_OFFSET_TIME_ZONE',
      'timeZone',
      `Calendly needs an IANA zone; wrote ${zone} as given`,
    )
  ;(schedule.zoneChanges ?? []).forEach((change, i) => {
    warn(
      warnings,
      'ZONE_CHANGES_DROPPED',
      `zoneChanges[${i}]`,
      `Calendly has one zone per schedule: dropped the change to ${change.timeZone} from ${change.from}`,
    )
  })
  if (schedule.weekly === undefined || schedule.weekly === null) {
    warn(warnings, 'NO_TEMPLATE', 'weekly', 'no weekly hours: wrote seven empty wday rules')
  }
  const today = settings.now === undefined ? undefined : localDay(settings.now, zone)

  // Weekly hours and breaks by ISO weekday (1 = monday … 7 = sunday).
  const weekly: Pairs[] = [[]]
  const weeklyBreaks: Pairs[] = [[]]
  for (let w = 1; w <= 7; w++) {
    const name = ISO_WEEKDAYS[w]!
    weekly.push(readRanges(schedule.weekly?.[name]))
    weeklyBreaks.push(readRanges(schedule.breaks?.weekly?.[name]))
  }
  const overrides = new Map<number, { pairs: Pairs; index: number }>()
  ;(schedule.overrides ?? []).forEach((entry, index) => {
    overrides.set(parsePlainDate(entry.date), { pairs: readRanges(entry.hours), index })
  })
  const dateBreaks = new Map<number, BreakSource>()
  ;(schedule.breaks?.dates ?? []).forEach((entry, index) => {
    dateBreaks.set(parsePlainDate(entry.date), {
      pairs: readRanges(entry.hours),
      path: `breaks.dates[${index}]`,
    })
  })

  // Closed dates (holidays and whole-day leave) and instant leave, counted before expanding.
  const closed = new Set<number>()
  const spans: Array<{
    span: [number, number]
    path: string
    code: 'HOLIDAYS_AS_DATE_RULES' | 'LEAVE_AS_DATE_RULES'
  }> = []
  const instantLeave: Array<{ start: number; end: number; path: string }> = []
  ;(schedule.holidays ?? []).forEach((value, i) => {
    spans.push({ span: daySpan(value)!, path: `holidays[${i}]`, code: 'HOLIDAYS_AS_DATE_RULES' })
  })
  ;(schedule.leave ?? []).forEach((value, i) => {
    const span = daySpan(value)
    if (span !== undefined) spans.push({ span, path: `leave[${i}]`, code: 'LEAVE_AS_DATE_RULES' })
    else {
      const { start, end } = value as { start: number; end: number }
      if (end > start) instantLeave.push({ start, end, path: `leave[${i}]` })
    }
  })
  // A closed yesterday still matters today: its night shift no longer runs into today.
  const firstDay = today === undefined ? undefined : today - 1
  let count = overrides.size + dateBreaks.size
  for (const { span } of spans) count += Math.max(0, span[1] - Math.max(span[0], firstDay ?? span[0]) + 1)
  for (const { start, end } of instantLeave) count += localDay(end - 1, zone) - localDay(start, zone) + 1
  if (count > MAX_DATE_RULES) {
    throw new SlotwiseError('RANGE_TOO_LARGE', {
      path: '',
      details: { limit: MAX_DATE_RULES, actual: count },
    })
  }

  const explicit = new Set<number>(overrides.keys())
  for (const { span, path, code } of spans) {
    const first = Math.max(span[0], firstDay ?? span[0])
    for (let day = first; day <= span[1]; day++) {
      closed.add(day)
      explicit.add(day)
    }
    if (Math.max(span[0], today ?? span[0]) <= span[1]) {
      const what = code === 'HOLIDAYS_AS_DATE_RULES' ? 'holiday' : 'leave'
      warn(warnings, code, path, `Calendly has no ${what}: wrote closed date rules`)
    }
  }

  // Partial leave as wall-clock seconds per local date.
  const leaveByDay = new Map<number, Pairs>()
  for (const { start, end, path } of instantLeave) {
    const { byDay, folded } = leaveOnDates(start, end, zone)
    for (const [day, pairs] of byDay) leaveByDay.set(day, [...(leaveByDay.get(day) ?? []), ...pairs])
    warn(warnings, 'LEAVE_AS_DATE_RULES', path, 'Calendly has no leave: cut it out of date rules')
    if (folded) {
      warn(
        warnings,
        'LEAVE_IN_DST_FOLD',
        path,
        'the leave starts or ends in a repeated (DST) hour: wall-clock rules cannot say which one',
      )
    }
  }

  // Each date's own hours and breaks, the way the core reads them.
  const ownHours = (day: number): Pairs =>
    closed.has(day) ? [] : (overrides.get(day)?.pairs ?? weekly[weekdayOf(day)]!)
  const breakSources = (day: number): BreakSource[] => {
    if (closed.has(day)) return []
    const name = ISO_WEEKDAYS[weekdayOf(day)]
    const sources: BreakSource[] = [{ pairs: weeklyBreaks[weekdayOf(day)]!, path: `breaks.weekly.${name}` }]
    const dated = dateBreaks.get(day)
    if (dated !== undefined) sources.push(dated)
    return sources
  }

  /** Open time on a date from its hours, the previous date's, their breaks; warns for breaks that cut it. */
  const openTime = (
    own: Pairs,
    previous: Pairs,
    ownBreaks: BreakSource[],
    previousBreaks: BreakSource[],
    cuts: Set<string>,
  ) => {
    const work = normalise([...ownPart(own), ...spill(previous)])
    const sources = [
      ...ownBreaks.map((source) => ({ pairs: ownPart(source.pairs), path: source.path })),
      ...previousBreaks.map((source) => ({ pairs: spill(source.pairs), path: source.path })),
    ]
    for (const source of sources) if (!same(subtract(work, source.pairs), work)) cuts.add(source.path)
    return subtract(
      work,
      sources.flatMap((source) => source.pairs),
    )
  }

  /** Whole-minute intervals (rounded inward), and whether rounding changed anything. */
  const toIntervals = (pairs: Pairs): { intervals: CalendlyInterval[]; rounded: boolean } => {
    const intervals: CalendlyInterval[] = []
    let rounded = false
    for (const [a, b] of pairs) {
      const from = Math.ceil(a / 60) * 60
      const to = b === DAY ? DAY : Math.floor(b / 60) * 60
      if (from !== a || to !== b) rounded = true
      if (to <= from) continue
      intervals.push({
        from: formatPlainTime(from, { precision: 'minute' }),
        to: to === DAY ? endOfDay : formatPlainTime(to, { precision: 'minute' }),
      })
    }
    return { intervals, rounded }
  }
  const rounded: Array<{ key: string; path: string }> = []

  const cuts = new Set<string>()
  const rules: CalendlyRule[] = []
  const weeklyIntervals: CalendlyInterval[][] = [[]]
  for (let w = 1; w <= 7; w++) {
    const previous = w === 1 ? 7 : w - 1
    const open = openTime(
      weekly[w]!,
      weekly[previous]!,
      [{ pairs: weeklyBreaks[w]!, path: `breaks.weekly.${ISO_WEEKDAYS[w]}` }],
      [{ pairs: weeklyBreaks[previous]!, path: `breaks.weekly.${ISO_WEEKDAYS[previous]}` }],
      cuts,
    )
    const written = toIntervals(open)
    if (written.rounded) rounded.push({ key: ISO_WEEKDAYS[w]!, path: `weekly.${ISO_WEEKDAYS[w]}` })
    weeklyIntervals.push(written.intervals)
  }
  CALENDLY_WEEKDAYS.forEach((wday, index) => {
    // Calendly counts sunday = 0, ISO sunday = 7.
    rules.push({ type: 'wday', wday, intervals: weeklyIntervals[index === 0 ? 7 : index]! })
  })

  // Dates whose open time may differ from their weekday's: explicit ones are always written.
  const candidates = new Set<number>(explicit)
  for (const day of [...explicit, ...dateBreaks.keys()]) candidates.add(day).add(day + 1)
  for (const day of leaveByDay.keys()) candidates.add(day)
  let past = 0
  for (const day of [...candidates].sort((a, b) => a - b)) {
    const dateCuts = new Set<string>()
    let open = openTime(ownHours(day), ownHours(day - 1), breakSources(day), breakSources(day - 1), dateCuts)
    open = subtract(open, leaveByDay.get(day) ?? [])
    const override = overrides.get(day)
    const date = formatPlainDate(day)
    const { intervals, rounded: changed } = toIntervals(open)
    if (!explicit.has(day) && JSON.stringify(intervals) === JSON.stringify(weeklyIntervals[weekdayOf(day)]))
      continue
    if (today !== undefined && day < today) {
      past++
      continue
    }
    for (const cut of dateCuts) cuts.add(cut)
    if (changed)
      rounded.push({ key: date, path: override === undefined ? '' : `overrides[${override.index}]` })
    rules.push({ type: 'date', date, intervals })
  }
  for (const path of cuts) {
    warn(warnings, 'BREAKS_SPLIT', path, 'Calendly has no breaks: cut them out of the intervals')
  }
  for (const { key, path } of rounded) {
    warn(
      warnings,
      'SECONDS_ROUNDED',
      path,
      `Calendly rules are whole minutes: rounded the hours of ${key} inward`,
    )
  }
  if (past > 0) {
    warn(
      warnings,
      'PAST_DATE_RULES_DROPPED',
      '',
      `left out ${past} date rule(s) before today: Calendly refuses them`,
    )
  }

  const payload = {} as CalendlyAvailabilityRule
  const owned: Record<string, unknown> = { timezone: zone, rules }
  const existing = settings.existing ?? {}
  for (const key of Object.keys(existing)) {
    const value = Object.hasOwn(owned, key) ? owned[key] : existing[key]
    Object.defineProperty(payload, key, { value, enumerable: true, writable: true, configurable: true })
  }
  if (!Object.hasOwn(payload, 'timezone')) payload.timezone = zone
  if (!Object.hasOwn(payload, 'rules')) payload.rules = rules
  return { payload, warnings }
}
