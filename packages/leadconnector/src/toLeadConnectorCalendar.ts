import type { Schedule } from '@slotwise/core'
import { MINUTES_PER_DAY, type MinuteRange, MONDAY_FIRST, SUNDAY_FIRST } from './hours.js'
import { planScheduleHours } from './planScheduleHours.js'
import { checkArgument, checkOptions } from './read.js'
import type { DayZero } from './readCalendarHours.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** One `{ openHour, openMinute, closeHour, closeMinute }` of LeadConnector. */
export interface LeadConnectorHour {
  readonly openHour: number
  readonly openMinute: number
  readonly closeHour: number
  readonly closeMinute: number
}

/** One `openHours` entry: the same hours on several weekdays. */
export interface LeadConnectorOpenHours {
  readonly daysOfTheWeek: number[]
  readonly hours: LeadConnectorHour[]
}

/** One date availability; `date` is `<local YYYY-MM-DD>T00:00:00.000Z`. */
export interface LeadConnectorAvailability {
  readonly id?: string
  readonly date: string
  readonly hours: LeadConnectorHour[]
  readonly deleted: boolean
  readonly [unowned: string]: unknown
}

/** Options of {@link toLeadConnectorCalendar}. */
export interface ToLeadConnectorCalendarOptions {
  /** The location's zone: hours are written as wall clock, so a schedule in another zone gets a warning. */
  readonly timeZone?: string
  /** How `daysOfTheWeek` numbers weekdays; default `'sunday'` (0 = Sunday). */
  readonly dayZero?: DayZero
}

/** The calendar to send (`PUT /calendars/{id}` body), and what could not be written. */
export interface LeadConnectorCalendarUpdate {
  /** The existing calendar with `openHours` and `availabilities` replaced; every other field kept. */
  readonly calendar: Readonly<Record<string, unknown>> & {
    readonly openHours: LeadConnectorOpenHours[]
    readonly availabilities: LeadConnectorAvailability[]
  }
  readonly warnings: VendorWarning[]
}

/** Minute ranges → LeadConnector hours: the end of the day is written 23:59, a range past midnight closes before it opens. */
export function writeHours(
  ranges: readonly MinuteRange[],
  path: string,
  warnings: VendorWarning[],
): LeadConnectorHour[] {
  return ranges.map(([from, to]) => {
    if (to > MINUTES_PER_DAY) {
      warn(
        warnings,
        'HOURS_CROSS_MIDNIGHT',
        path,
        'hours past midnight are written closing before they open; LeadConnector may not accept them',
      )
    }
    if (to % MINUTES_PER_DAY === MINUTES_PER_DAY - 1) {
      warn(
        warnings,
        'END_OF_DAY_AMBIGUOUS',
        path,
        'a close at 23:59 reads back as the end of the day (24:00)',
      )
    }
    const close = to === MINUTES_PER_DAY ? MINUTES_PER_DAY - 1 : to % MINUTES_PER_DAY
    return {
      openHour: Math.floor(from / 60),
      openMinute: from % 60,
      closeHour: Math.floor(close / 60),
      closeMinute: close % 60,
    }
  })
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Writes a core schedule into a calendar's `openHours` (weekdays with equal hours grouped)
 * and `availabilities` (one per date whose hours differ from its weekday: overrides,
 * holidays and whole-day leave as `hours: []`, dates near a dated break), keeping every field
 * of `existing` it does not own, the `id` and unknown fields of an availability it rewrites,
 * and turning an existing availability it no longer needs into a `deleted: true` tombstone
 * (LeadConnector deletes by id). Breaks are cut out of the hours.
 * @throws SlotwiseError `INVALID_ARGUMENT`, `INVALID_TIME`, `INVALID_DATE` for a malformed schedule.
 * @example
 * toLeadConnectorCalendar({ timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '24:00' }] } }, { calendar: { id: 'c1', name: 'Demo' } }).calendar
 * // { id: 'c1', name: 'Demo', openHours: [{ daysOfTheWeek: [1], hours: [{ openHour: 9, openMinute: 0, closeHour: 23, closeMinute: 59 }] }], availabilities: [] }
 */
export function toLeadConnectorCalendar(
  schedule: Schedule,
  existing?: unknown,
  options: ToLeadConnectorCalendarOptions = {},
): LeadConnectorCalendarUpdate {
  checkOptions(options)
  // A template literal of a 100,000-deep array overflows the stack: only a string is a zone.
  checkArgument(
    options.timeZone === undefined || typeof options.timeZone === 'string',
    'options.timeZone',
    'a time zone id',
  )
  const warnings: VendorWarning[] = []
  const plan = planScheduleHours(schedule, 'schedule', warnings)
  const wrapped = isObject(existing) && isObject(existing.calendar) ? existing.calendar : existing
  const base = isObject(wrapped) ? wrapped : {}
  if (!plan.hasTemplate)
    warn(warnings, 'NO_TEMPLATE', 'schedule.weekly', 'no weekly template: written as no open hours')
  if (options.timeZone !== undefined && options.timeZone !== schedule.timeZone) {
    warn(
      warnings,
      'TIME_ZONE_MISMATCH',
      'schedule.timeZone',
      `hours of ${schedule.timeZone} written as wall clock of ${options.timeZone}`,
    )
  }

  const dayNumber = (day: (typeof MONDAY_FIRST)[number]) =>
    (SUNDAY_FIRST.indexOf(day) + (options.dayZero === 'monday' ? 6 : 0)) % 7
  const groups = new Map<string, { days: number[]; hours: LeadConnectorHour[] }>()
  for (const day of MONDAY_FIRST) {
    const ranges = plan.weekly.get(day)
    if (ranges === undefined) continue
    const key = JSON.stringify(ranges)
    const group = groups.get(key)
    if (group === undefined)
      groups.set(key, {
        days: [dayNumber(day)],
        hours: writeHours(ranges, `schedule.weekly.${day}`, warnings),
      })
    else group.days.push(dayNumber(day))
  }
  const openHours = [...groups.values()].map(({ days, hours }) => ({
    daysOfTheWeek: days.sort((a, b) => a - b),
    hours,
  }))

  const previous = Array.isArray(base.availabilities)
    ? (base.availabilities as unknown[]).filter(isObject)
    : []
  const live = new Map<string, Readonly<Record<string, unknown>>>()
  for (const entry of previous) {
    const date = typeof entry.date === 'string' ? entry.date.slice(0, 10) : ''
    if (entry.deleted !== true && !live.has(date)) live.set(date, entry)
  }
  const written = new Set<string>()
  const availabilities: LeadConnectorAvailability[] = plan.dates.map(([date, ranges]) => {
    written.add(date)
    return {
      ...live.get(date),
      date: `${date}T00:00:00.000Z`,
      hours: writeHours(ranges, `schedule.overrides.${date}`, warnings),
      deleted: false,
    }
  })
  for (const entry of previous) {
    const date = typeof entry.date === 'string' ? entry.date.slice(0, 10) : ''
    const reused = written.has(date) && live.get(date) === entry
    // Tombstones stay (they delete by id); an entry not reused is deleted when it has an id to delete by.
    if (entry.deleted === true) availabilities.push(entry as LeadConnectorAvailability)
    else if (!reused && typeof entry.id === 'string')
      availabilities.push({ ...(entry as LeadConnectorAvailability), deleted: true })
  }
  const availabilityType = base.availabilityType
  if (availabilityType === 0 && plan.dates.length > 0) {
    warn(
      warnings,
      'OVERRIDES_IGNORED_BY_VENDOR',
      'schedule.overrides',
      'the calendar has availabilityType 0: LeadConnector ignores date availabilities',
    )
  }
  if (availabilityType === 1 && openHours.length > 0) {
    warn(
      warnings,
      'OVERRIDES_IGNORED_BY_VENDOR',
      'schedule.weekly',
      'the calendar has availabilityType 1: LeadConnector ignores open hours',
    )
  }
  return { calendar: { ...base, openHours, availabilities }, warnings }
}
