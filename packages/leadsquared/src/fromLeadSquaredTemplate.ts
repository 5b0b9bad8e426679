import type { DateHours, WeekdayName, WeeklyHours } from '@slotwise/core'
import { formatPlainDate } from '@slotwise/core'
import { readTemplateRanges, type SecondsRange, toTimeRanges } from './ranges.js'
import { at, fail, field, readArray, readDate, readObject, readZone, runSafely, Warnings } from './read.js'
import type { Mapped, SafeMapped } from './types.js'

/** LeadSquared's weekday names, in ISO order, and the core's. */
export const WEEKDAYS: readonly (readonly [string, WeekdayName])[] = [
  ['Monday', 'monday'],
  ['Tuesday', 'tuesday'],
  ['Wednesday', 'wednesday'],
  ['Thursday', 'thursday'],
  ['Friday', 'friday'],
  ['Saturday', 'saturday'],
  ['Sunday', 'sunday'],
]

/** `"Monday"` (any case) → `'monday'`. */
function readWeekday(value: unknown, path: string): WeekdayName {
  if (typeof value === 'string') {
    const lower = value.toLowerCase()
    for (const [, name] of WEEKDAYS) if (name === lower) return name
  }
  return fail(path, value, 'a weekday name (Monday … Sunday)')
}

/** The schedule part of a template: zone, weekly hours and breaks, date overrides (a core `Schedule`). */
export interface LeadSquaredTemplateSchedule {
  readonly timeZone: string
  readonly weekly: WeeklyHours
  readonly overrides: DateHours[]
  readonly breaks: { readonly weekly: WeeklyHours; readonly dates: DateHours[] }
}

/**
 * Reads a work-day template into the core's schedule parts. Every working day gets the
 * template's `WorkingHours` and `Breaks` unless a `Days` entry gives that weekday its own
 * (day-wise hours); a `Days` entry for a day off may still carry breaks (for a night shift
 * running into it). `DateOverrides[].WorkingHours` replaces a date's hours (`[]` closes it;
 * absent keeps the weekly hours) and `DateOverrides[].Breaks` adds breaks that date. Hours
 * are `HH:mm:ss` in the template's zone; an end not after its start crosses midnight and
 * belongs to the start's date; `00:00:00`, `23:59:59` and `24:00` as an end mean midnight.
 * Overlapping blocks are merged (`OVERLAPPING_HOURS_MERGED`).
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`WorkingHours[1].EndTime`).
 * @example
 * fromLeadSquaredTemplate({ TimeZone: 'Asia/Kolkata', WorkingDays: ['Monday'],
 *   WorkingHours: [{ StartTime: '22:00:00', EndTime: '06:00:00' }] }).value.weekly
 * // { monday: [{ from: '22:00:00', to: '06:00:00' }] } (crosses midnight)
 */
export function fromLeadSquaredTemplate(payload: unknown): Mapped<LeadSquaredTemplateSchedule> {
  const warnings = new Warnings()
  const template = readObject(payload, '')
  const timeZone = readZone(field(template, 'TimeZone'), 'TimeZone')
  const working = new Set<WeekdayName>()
  readArray(field(template, 'WorkingDays'), 'WorkingDays', true).forEach((day, i) => {
    working.add(readWeekday(day, at('WorkingDays', i)))
  })
  const hours = readTemplateRanges(field(template, 'WorkingHours'), 'WorkingHours', warnings)
  const breaks = readTemplateRanges(field(template, 'Breaks'), 'Breaks', warnings)
  const ownHours = new Map<WeekdayName, SecondsRange[]>()
  const ownBreaks = new Map<WeekdayName, SecondsRange[]>()
  readArray(field(template, 'Days'), 'Days', true).forEach((item, i) => {
    const path = at('Days', i)
    const entry = readObject(item, path)
    const name = readWeekday(field(entry, 'Day'), at(path, 'Day'))
    const entryHours = field(entry, 'WorkingHours')
    if (entryHours !== undefined && entryHours !== null) {
      const ranges = readTemplateRanges(entryHours, at(path, 'WorkingHours'), warnings)
      if (working.has(name)) ownHours.set(name, ranges)
      else if (ranges.length > 0) {
        warnings.add(
          'DAY_NOT_WORKING',
          at(path, 'WorkingHours'),
          `${name} is not in WorkingDays: its hours were ignored`,
        )
      }
    }
    const entryBreaks = field(entry, 'Breaks')
    if (entryBreaks !== undefined && entryBreaks !== null) {
      ownBreaks.set(name, readTemplateRanges(entryBreaks, at(path, 'Breaks'), warnings))
    }
  })
  const weekly: Partial<Record<WeekdayName, ReturnType<typeof toTimeRanges>>> = {}
  const weeklyBreaks: Partial<Record<WeekdayName, ReturnType<typeof toTimeRanges>>> = {}
  for (const [, name] of WEEKDAYS) {
    const isWorking = working.has(name)
    const dayHours = isWorking ? (ownHours.get(name) ?? hours) : []
    const dayBreaks = ownBreaks.get(name) ?? (isWorking ? breaks : [])
    if (dayHours.length > 0) weekly[name] = toTimeRanges(dayHours)
    if (dayBreaks.length > 0) weeklyBreaks[name] = toTimeRanges(dayBreaks)
  }
  const overrides: DateHours[] = []
  const dateBreaks: DateHours[] = []
  const seen = new Set<number>()
  readArray(field(template, 'DateOverrides'), 'DateOverrides', true).forEach((item, i) => {
    const path = at('DateOverrides', i)
    const entry = readObject(item, path)
    const day = readDate(field(entry, 'Date'), at(path, 'Date'))
    if (seen.has(day)) fail(at(path, 'Date'), field(entry, 'Date'), 'one entry per date')
    seen.add(day)
    const date = formatPlainDate(day)
    const entryHours = field(entry, 'WorkingHours')
    if (entryHours !== undefined && entryHours !== null) {
      overrides.push({
        date,
        hours: toTimeRanges(readTemplateRanges(entryHours, at(path, 'WorkingHours'), warnings)),
      })
    }
    const entryBreaks = readTemplateRanges(field(entry, 'Breaks'), at(path, 'Breaks'), warnings)
    if (entryBreaks.length > 0) dateBreaks.push({ date, hours: toTimeRanges(entryBreaks) })
  })
  return {
    value: {
      timeZone,
      weekly: weekly as WeeklyHours,
      overrides,
      breaks: { weekly: weeklyBreaks as WeeklyHours, dates: dateBreaks },
    },
    warnings: warnings.list,
  }
}

/**
 * {@link fromLeadSquaredTemplate} without throwing.
 *
 * @example
 * safeFromLeadSquaredTemplate({ TimeZone: 'Mars/Olympus' }).success // false
 */
export function safeFromLeadSquaredTemplate(payload: unknown): SafeMapped<LeadSquaredTemplateSchedule> {
  return runSafely(() => fromLeadSquaredTemplate(payload))
}
