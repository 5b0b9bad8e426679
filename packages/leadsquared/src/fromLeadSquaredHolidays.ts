import { type DateSpan, formatPlainDate } from '@slotwise/core'
import { at, fail, field, readArray, readDate, readObject, runSafely, Warnings } from './read.js'
import type { Mapped, SafeMapped } from './types.js'

/**
 * Reads a holiday calendar (`{ Holidays: [{ Date }] }`, or the bare list) into closed
 * dates: `Date` for one date, `FromDate`–`ToDate` (inclusive) for several. Holidays are
 * local dates of the user's template zone and win over date overrides.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`Holidays[2].Date`).
 * @example
 * fromLeadSquaredHolidays({ Holidays: [{ Name: 'Holi', Date: '2026-03-04' },
 *   { Name: 'Diwali', FromDate: '2026-11-08', ToDate: '2026-11-09' }] }).value
 * // ['2026-03-04', { from: '2026-11-08', to: '2026-11-09' }]
 */
export function fromLeadSquaredHolidays(payload: unknown): Mapped<DateSpan[]> {
  const warnings = new Warnings()
  const list = Array.isArray(payload)
    ? { items: readArray(payload, ''), path: '' }
    : { items: readArray(field(readObject(payload, ''), 'Holidays'), 'Holidays', true), path: 'Holidays' }
  const spans: DateSpan[] = list.items.map((item, i) => {
    const path = list.path === '' ? `[${i}]` : at(list.path, i)
    const holiday = readObject(item, path)
    const date = field(holiday, 'Date')
    if (date !== undefined && date !== null) return formatPlainDate(readDate(date, at(path, 'Date')))
    const from = readDate(field(holiday, 'FromDate'), at(path, 'FromDate'))
    const toValue = field(holiday, 'ToDate')
    const to = toValue === undefined || toValue === null ? from : readDate(toValue, at(path, 'ToDate'))
    if (to < from) fail(at(path, 'ToDate'), toValue, 'a date not before FromDate')
    return from === to ? formatPlainDate(from) : { from: formatPlainDate(from), to: formatPlainDate(to) }
  })
  return { value: spans, warnings: warnings.list }
}

/**
 * {@link fromLeadSquaredHolidays} without throwing.
 *
 * @example
 * safeFromLeadSquaredHolidays({ Holidays: [{ Date: '2026-02-30' }] }).success // false
 */
export function safeFromLeadSquaredHolidays(payload: unknown): SafeMapped<DateSpan[]> {
  return runSafely(() => fromLeadSquaredHolidays(payload))
}
