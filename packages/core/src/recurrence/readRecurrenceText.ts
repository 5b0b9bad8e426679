import { scanPlainDate } from '../calendar/parsePlainDate.js'
import { scanPlainDateTime } from '../calendar/parsePlainDateTime.js'
import { fail } from '../internal/read.js'
import { isInstant } from '../interval/internal.js'
import { parseFixedOffset } from '../zone/fixedOffset.js'

/** A date-time value as RFC 5545 text and vendors write it; internal. */
export type DateValue =
  | { readonly kind: 'wall'; readonly wall: number; readonly timeZone?: string }
  | { readonly kind: 'instant'; readonly instant: number }
  | { readonly kind: 'date'; readonly day: number }

/** `YYYYMMDD[THHMMSS[Z]]` (iCalendar) written as ISO `YYYY-MM-DD[THH:MM:SS[Z]]`, or undefined. */
export function isoOfCompact(text: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(text)
  if (match === null) return undefined
  const [, year, month, day, hour, minute, second, z] = match
  return `${year}-${month}-${day}${hour === undefined ? '' : `T${hour}:${minute}:${second}${z}`}`
}

/**
 * Reads an instant (number), an ISO wall time `YYYY-MM-DDTHH:MM[:SS]` or iCalendar
 * `YYYYMMDDTHHMMSS` (in the rule's zone), the same with `Z` or an offset (an instant), or a
 * date `YYYY-MM-DD` / `YYYYMMDD`.
 */
export function readDateValue(value: unknown, path: string, timeZone?: string): DateValue {
  if (typeof value === 'number') {
    if (!isInstant(value)) fail('INVALID_INSTANT', path, value)
    return { kind: 'instant', instant: value + 0 }
  }
  if (typeof value !== 'string' || value.length > 40)
    fail('INVALID_RRULE', path, value, 'a date, wall time or instant')
  const text = isoOfCompact(value) ?? value
  if (text.length === 10) {
    const day = scanPlainDate(text, 0)
    if (day === Number.NEGATIVE_INFINITY) fail('INVALID_RRULE', path, value, 'a real date')
    return { kind: 'date', day }
  }
  const zoned = /^(.{16,23}?)(Z|[+-]\d{2}:?\d{2})$/i.exec(text)
  const wall = scanPlainDateTime(zoned === null ? text : zoned[1]!)
  if (Number.isNaN(wall))
    fail('INVALID_RRULE', path, value, 'YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] or YYYYMMDDTHHMMSS[Z]')
  if (zoned === null)
    return timeZone === undefined ? { kind: 'wall', wall } : { kind: 'wall', wall, timeZone }
  const offset = zoned[2]!.toUpperCase() === 'Z' ? 0 : parseFixedOffset(zoned[2]!)
  if (offset === undefined) fail('INVALID_RRULE', path, value, 'an offset ±HH:MM')
  return { kind: 'instant', instant: wall - offset * 1000 }
}

/** The parts of a recurrence written as iCalendar lines. */
export interface RecurrenceText {
  rule: string
  dtstart?: DateValue
  timeZone?: string
  exdates: DateValue[]
  rdates: DateValue[]
}

/**
 * Splits vendor text into its lines: `DTSTART;TZID=…:…`, `RRULE:…`, `EXDATE[;TZID=…]:a,b`,
 * `RDATE…`; a bare rule (`FREQ=…`) is the whole text. Folded lines (RFC 5545 3.1) are joined.
 */
export function readRecurrenceText(text: string, path: string): RecurrenceText {
  const result: RecurrenceText = { rule: '', exdates: [], rdates: [] }
  if (!/[\r\n]|^\s*(DTSTART|EXDATE|RDATE)/i.test(text)) {
    result.rule = text
    return result
  }
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    const colon = line.indexOf(':')
    if (colon < 0) {
      if (/^FREQ=/i.test(line)) result.rule = line
      else fail('INVALID_RRULE', path, line, 'NAME[;TZID=zone]:value')
      continue
    }
    const [first = '', ...params] = line.slice(0, colon).split(';')
    const name = first.toUpperCase()
    // The parameter name is case-insensitive, the zone id is kept as written.
    const timeZone = params.find((param) => /^TZID=/i.test(param))?.slice(5)
    const value = line.slice(colon + 1)
    if (name === 'RRULE') result.rule = value
    else if (name === 'DTSTART') {
      result.dtstart = readDateValue(value, `${path}.DTSTART`, timeZone)
      if (timeZone !== undefined) result.timeZone = timeZone
    } else if (name === 'EXDATE' || name === 'RDATE') {
      const target = name === 'EXDATE' ? result.exdates : result.rdates
      for (const item of value.split(','))
        target.push(readDateValue(item.trim(), `${path}.${name}`, timeZone))
    } else fail('INVALID_RRULE', path, name, 'DTSTART, RRULE, EXDATE or RDATE')
  }
  return result
}
