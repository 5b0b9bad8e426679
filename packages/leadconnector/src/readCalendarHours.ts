// A calendar's `openHours`, `availabilities` and `availabilityType` → core weekly hours and
// date overrides. Shared by fromLeadConnectorCalendar and the round-trip tests.
import type { DateHours, WeekdayName, WeeklyHours } from '@slotwise/core'
import {
  type MinuteRange,
  MONDAY_FIRST,
  mergeRanges,
  readHourObject,
  SUNDAY_FIRST,
  toTimeRanges,
} from './hours.js'
import {
  at,
  fail,
  type JsonObject,
  own,
  readArray,
  readDate,
  readFlag,
  readInteger,
  readObject,
} from './read.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** How `daysOfTheWeek` numbers weekdays: `0` is Sunday (JavaScript `getDay`, the default) or Monday. */
export type DayZero = 'sunday' | 'monday'

/** What an availability with `hours: []` means: the date is closed (default) or the entry is ignored. */
export type EmptyAvailability = 'closed' | 'ignore'

/** The hours part of a calendar, read; internal. */
export interface CalendarHours {
  readonly weekly: WeeklyHours
  readonly overrides: DateHours[]
}

function readHoursList(value: unknown, path: string, warnings: VendorWarning[]): MinuteRange[] {
  return readArray(value, path).map((hour, i) => readHourObject(hour, at(path, i), warnings))
}

function readOpenHours(
  value: unknown,
  path: string,
  dayZero: DayZero,
  warnings: VendorWarning[],
): WeeklyHours {
  const perDay = new Map<WeekdayName, { ranges: MinuteRange[]; path: string }>()
  readArray(value, path).forEach((item, i) => {
    const itemPath = at(path, i)
    const entry = readObject(item, itemPath)
    const ranges = readHoursList(own(entry, 'hours'), at(itemPath, 'hours'), warnings)
    const days = readArray(own(entry, 'daysOfTheWeek'), at(itemPath, 'daysOfTheWeek'), false)
    // A set of weekdays: each repeat copied the hours again, and a million repeats took seconds.
    if (days.length > 7) fail(at(itemPath, 'daysOfTheWeek'), days, 'at most 7 weekdays')
    days.forEach((day, j) => {
      const number = readInteger(day, at(at(itemPath, 'daysOfTheWeek'), j), 0, 6)
      const name = SUNDAY_FIRST[dayZero === 'sunday' ? number : (number + 1) % 7]!
      const seen = perDay.get(name)
      if (seen === undefined) perDay.set(name, { ranges: [...ranges], path: itemPath })
      else seen.ranges.push(...ranges)
    })
  })
  const weekly: Partial<Record<WeekdayName, ReturnType<typeof toTimeRanges>>> = {}
  for (const name of MONDAY_FIRST) {
    const day = perDay.get(name)
    if (day !== undefined) weekly[name] = toTimeRanges(mergeRanges(day.ranges, day.path, warnings))
  }
  return weekly
}

function readAvailabilities(
  value: unknown,
  path: string,
  empty: EmptyAvailability,
  warnings: VendorWarning[],
): DateHours[] {
  const perDate = new Map<string, { ranges: MinuteRange[]; path: string }>()
  readArray(value, path).forEach((item, i) => {
    const itemPath = at(path, i)
    const entry: JsonObject = readObject(item, itemPath)
    if (readFlag(own(entry, 'deleted'), at(itemPath, 'deleted'), false)) return
    const raw = own(entry, 'date')
    // `<local YYYY-MM-DD>T00:00:00.000Z`: the Z is not UTC, so the date part is taken as written.
    if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}(T.{0,40})?$/.test(raw)) {
      fail(at(itemPath, 'date'), raw, 'YYYY-MM-DDT00:00:00.000Z (the local date)')
    }
    const text = raw
    const date = readDate(text.slice(0, 10), at(itemPath, 'date'))
    if (text.length > 10 && !/^T00:00(:00(\.0+)?)?Z?$/i.test(text.slice(10))) {
      warn(
        warnings,
        'OVERRIDE_DATE_NOT_MIDNIGHT',
        at(itemPath, 'date'),
        'not local midnight: the date part was used as written',
      )
    }
    const ranges = readHoursList(own(entry, 'hours'), at(itemPath, 'hours'), warnings)
    if (ranges.length === 0 && empty === 'ignore') return
    const seen = perDate.get(date)
    if (seen === undefined) perDate.set(date, { ranges, path: itemPath })
    else {
      warn(warnings, 'DUPLICATE_DATE', itemPath, `a second availability for ${date}: their hours were merged`)
      seen.ranges.push(...ranges)
    }
  })
  return [...perDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, { ranges, path: datePath }]) => ({
      date,
      hours: toTimeRanges(mergeRanges(ranges, datePath, warnings)),
    }))
}

/**
 * Reads the calendar's hours: `availabilityType` 1 uses only the date availabilities, 0
 * only the open hours, and null (or absent) both, an availability replacing that date's
 * weekly hours.
 */
export function readCalendarHours(
  calendar: JsonObject,
  path: string,
  options: { dayZero: DayZero; emptyAvailability: EmptyAvailability },
  warnings: VendorWarning[],
): CalendarHours {
  const typePath = at(path, 'availabilityType')
  const availabilityType = readInteger(own(calendar, 'availabilityType'), typePath, 0, 1, -1)
  const openPath = at(path, 'openHours')
  const datesPath = at(path, 'availabilities')
  const weekly = readOpenHours(own(calendar, 'openHours'), openPath, options.dayZero, warnings)
  const overrides = readAvailabilities(
    own(calendar, 'availabilities'),
    datesPath,
    options.emptyAvailability,
    warnings,
  )
  if (availabilityType === 1) {
    if (Object.keys(weekly).length > 0)
      warn(warnings, 'OPEN_HOURS_IGNORED', openPath, 'availabilityType 1 uses date availabilities only')
    return { weekly: {}, overrides }
  }
  if (availabilityType === 0) {
    if (overrides.length > 0)
      warn(warnings, 'AVAILABILITIES_IGNORED', datesPath, 'availabilityType 0 uses open hours only')
    return { weekly, overrides: [] }
  }
  return { weekly, overrides }
}
