/**
 * Proleptic Gregorian arithmetic on integers (days since 1970-01-01), after Howard
 * Hinnant's `days_from_civil`/`civil_from_days`. Internal: no validation here.
 */

/** Days since 1970-01-01 of a (year, month 1–12, day 1–31). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const monthIndex = month > 2 ? month - 3 : month + 9
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * Year, month and day of a day number, packed as `year * 10_000 + month * 100 + day`
 * so that hot loops need no object per call.
 */
export function packedCivilFromDays(days: number): number {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return year * 10_000 + month * 100 + day
}

/** True for leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0)
}

/** Milliseconds in a day of 24 hours; only for wall-clock arithmetic, never for instants. */
export const MS_PER_DAY = 86_400_000
/** Seconds in a day of 24 hours (a wall clock day). */
export const SECONDS_PER_DAY = 86_400

/** First and last supported plain dates: 0001-01-01 and 9999-12-31. */
export const MIN_DAYS = daysFromCivil(1, 1, 1)
export const MAX_DAYS = daysFromCivil(9999, 12, 31)
