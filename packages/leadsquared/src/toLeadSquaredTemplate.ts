import { parsePlainDate, type Schedule, validateTimeZone } from '@slotwise/core'
import { WEEKDAYS } from './fromLeadSquaredTemplate.js'
import { fromTimeRanges, mergeRanges, type SecondsRange, writeTemplateSlots } from './ranges.js'
import { readObject, Warnings } from './read.js'
import type {
  LeadSquaredDateOverride,
  LeadSquaredTemplateDay,
  LeadSquaredWorkDayTemplate,
  Mapped,
} from './types.js'

/** The template fields this mapping owns; every other field of an existing template is kept. */
const OWNED = [
  'TimeZone',
  'WorkingDays',
  'DayWise',
  'WorkingHours',
  'Breaks',
  'Days',
  'DateOverrides',
] as const

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** Reads one weekday (or date) list of the schedule, merging overlaps with a warning. */
function rangesOf(value: unknown, path: string, warnings: Warnings): SecondsRange[] {
  return mergeRanges(fromTimeRanges(value, path), path, warnings)
}

/**
 * Writes a core schedule as a work-day template: `TimeZone`, `WorkingDays`, the most common
 * day's `WorkingHours`/`Breaks`, a `Days` entry (day-wise) for every weekday that differs,
 * and `DateOverrides` for overrides and date breaks. Given an `existing` template, every
 * field it does not own (`Id`, `Name`, anything unknown) is kept as it was, in place.
 * Holidays, leave and zone changes have no place in a template: each is reported as
 * `NOT_IN_TEMPLATE` (they belong to the holiday calendar, the Leave Tracker and the user).
 *
 * @throws SlotwiseError `INVALID_TIME_ZONE`, `INVALID_TIME`, `INVALID_DATE`, `INVALID_SCHEDULE` for a bad schedule;
 *   `INVALID_VENDOR_PAYLOAD` (path `existing`) when `existing` is not an object.
 * @example
 * toLeadSquaredTemplate({ timeZone: 'Europe/London', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
 *   { Id: 'wdt-1', Name: 'London' }).value
 * // { Id: 'wdt-1', Name: 'London', TimeZone: 'Europe/London', WorkingDays: ['Monday'], DayWise: false,
 * //   WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }], Breaks: [], Days: [], DateOverrides: [] }
 */
export function toLeadSquaredTemplate(
  schedule: Schedule,
  existing?: unknown,
): Mapped<LeadSquaredWorkDayTemplate> {
  const warnings = new Warnings()
  const input = recordOf(schedule)
  const timeZone = validateTimeZone(own(input, 'timeZone'), 'timeZone')
  const weekly = recordOf(own(input, 'weekly'))
  const weeklyBreaks = recordOf(own(recordOf(own(input, 'breaks')), 'weekly'))
  if (own(input, 'weekly') === undefined || own(input, 'weekly') === null) {
    warnings.add(
      'NOT_IN_TEMPLATE',
      'weekly',
      'a schedule without weekly hours has no template: WorkingDays is empty',
    )
  }
  const days = WEEKDAYS.map(([vendorName, name]) => ({
    vendorName,
    hours: rangesOf(own(weekly, name), `weekly.${name}`, warnings),
    breaks: rangesOf(own(weeklyBreaks, name), `breaks.weekly.${name}`, warnings),
  }))
  const keyOf = (day: (typeof days)[number]) => JSON.stringify([day.hours, day.breaks])
  const workingDays = days.filter((day) => day.hours.length > 0)
  // The most common working day's hours become the template's; ties go to the earlier weekday.
  const counts = new Map<string, number>()
  for (const day of workingDays) counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + 1)
  let main = workingDays[0]
  for (const day of workingDays)
    if ((counts.get(keyOf(day)) ?? 0) > (counts.get(keyOf(main!)) ?? 0)) main = day
  const dayWise: LeadSquaredTemplateDay[] = []
  for (const day of days) {
    const differs = day.hours.length > 0 ? keyOf(day) !== keyOf(main!) : day.breaks.length > 0
    if (differs) {
      dayWise.push({
        Day: day.vendorName,
        WorkingHours: writeTemplateSlots(day.hours),
        Breaks: writeTemplateSlots(day.breaks),
      })
    }
  }
  const dateOverrides = new Map<number, LeadSquaredDateOverride>()
  const entryOf = (date: string, path: string): LeadSquaredDateOverride => {
    const day = parsePlainDate(date, path)
    const entry = dateOverrides.get(day) ?? { Date: date }
    dateOverrides.set(day, entry)
    return entry
  }
  const overrides = own(input, 'overrides')
  if (Array.isArray(overrides)) {
    overrides.forEach((item: unknown, i) => {
      const override = recordOf(item)
      entryOf(override.date as string, `overrides[${i}].date`).WorkingHours = writeTemplateSlots(
        rangesOf(own(override, 'hours'), `overrides[${i}].hours`, warnings),
      )
    })
  }
  const dateBreaks = own(recordOf(own(input, 'breaks')), 'dates')
  if (Array.isArray(dateBreaks)) {
    dateBreaks.forEach((item: unknown, i) => {
      const entry = recordOf(item)
      entryOf(entry.date as string, `breaks.dates[${i}].date`).Breaks = writeTemplateSlots(
        rangesOf(own(entry, 'hours'), `breaks.dates[${i}].hours`, warnings),
      )
    })
  }
  for (const key of ['holidays', 'leave', 'zoneChanges'] as const) {
    const list = own(input, key)
    if (Array.isArray(list) && list.length > 0) {
      warnings.add('NOT_IN_TEMPLATE', key, `a work-day template has no ${key}: they were left out`)
    }
  }
  const owned: Record<(typeof OWNED)[number], unknown> = {
    TimeZone: timeZone,
    WorkingDays: workingDays.map((day) => day.vendorName),
    DayWise: dayWise.length > 0,
    WorkingHours: writeTemplateSlots(main?.hours ?? []),
    Breaks: writeTemplateSlots(main?.breaks ?? []),
    Days: dayWise,
    DateOverrides: [...dateOverrides.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry),
  }
  // Build from a literal, keeping the existing template's fields (and their order) with
  // defineProperty, so a `__proto__` key stays a plain own field.
  const template: Record<string, unknown> = {}
  const put = (key: string, value: unknown) =>
    Object.defineProperty(template, key, { value, enumerable: true, writable: true, configurable: true })
  const isOwned = (key: string): key is (typeof OWNED)[number] => (OWNED as readonly string[]).includes(key)
  if (existing !== undefined) {
    const previous = readObject(existing, 'existing')
    for (const key of Object.keys(previous)) put(key, isOwned(key) ? owned[key] : previous[key])
  }
  for (const key of OWNED) if (!Object.hasOwn(template, key)) put(key, owned[key])
  return { value: template as LeadSquaredWorkDayTemplate, warnings: warnings.list }
}
