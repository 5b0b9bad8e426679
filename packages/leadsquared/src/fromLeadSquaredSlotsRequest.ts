import { formatPlainDate, type Interval, parsePlainDate } from '@slotwise/core'
import { leadSquaredLimits, rangeLimitError } from './limits.js'
import {
  at,
  fail,
  field,
  readArray,
  readBoolean,
  readDate,
  readInteger,
  readObject,
  readString,
  runSafely,
  Warnings,
} from './read.js'
import type { Mapped, SafeMapped } from './types.js'
import { MS_PER_DAY } from './wallClock.js'

const FIRST_ZONED_DAY = parsePlainDate('0001-01-02')
const LAST_ZONED_DAY = parsePlainDate('9999-12-30')

/** A `RetrieveAvailableSlots` request, read. */
export interface LeadSquaredSlotsQuery {
  /** `FromDate` and `ToDate`, both inclusive, local to each user. */
  readonly fromDate: string
  readonly toDate: string
  /** `Users`: email addresses, in request order. */
  readonly users: string[]
  readonly includeAllowedConflictSlots: boolean
  /** The core policy flag: soft (allow-conflict) tasks block unless `IncludeAllowedConflictSlots` is true. */
  readonly softEventsBlock: boolean
  /** `Paging`, 1-based; `null` when the request had none (every date on one page). */
  readonly paging: { readonly pageIndex: number; readonly pageSize: number } | null
  /** Every requested date, `FromDate` to `ToDate`. */
  readonly dates: string[]
  /**
   * A window for `availability()` that holds every requested date in any zone, plus one
   * date either side (a night shift of the day before runs into `FromDate`).
   */
  readonly window: Interval
}

/**
 * Reads a `RetrieveAvailableSlots` request body. `FromDate` and `ToDate` are inclusive;
 * `ToDate − FromDate` may be at most 100 days; `PageIndex` is 1-based; a missing
 * `IncludeAllowedConflictSlots` reads as `false`.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the field's path; `VENDOR_LIMIT` (path
 *   `ToDate`) past 100 days, with LeadSquared's own error body in `details.vendorError`.
 * @example
 * fromLeadSquaredSlotsRequest({ FromDate: '2026-03-09', ToDate: '2026-03-10', Users: ['a@example.com'] }).value.dates
 * // ['2026-03-09', '2026-03-10']
 * @example
 * fromLeadSquaredSlotsRequest({ FromDate: '2026-01-01', ToDate: '2026-04-12', Users: ['a@example.com'] })
 * // throws VENDOR_LIMIT: 101 days
 * @see https://apidocs.leadsquared.com/get-available-slots-of-users-by-email-address/
 */
export function fromLeadSquaredSlotsRequest(payload: unknown): Mapped<LeadSquaredSlotsQuery> {
  const warnings = new Warnings()
  const body = readObject(payload, '')
  const from = readDate(field(body, 'FromDate'), 'FromDate')
  const to = readDate(field(body, 'ToDate'), 'ToDate')
  if (to < from) fail('ToDate', field(body, 'ToDate'), 'a date not before FromDate')
  // The window reaches two dates before FromDate and three after ToDate, and the core places
  // local dates in a zone from 0001-01-02 to 9999-12-30 only: 9999-12-31 cannot be answered.
  if (from - 2 < FIRST_ZONED_DAY) fail('FromDate', field(body, 'FromDate'), 'a date from 0001-01-04')
  if (to + 3 > LAST_ZONED_DAY) fail('ToDate', field(body, 'ToDate'), 'a date up to 9999-12-27')
  if (to - from > leadSquaredLimits.maxRangeDays) throw rangeLimitError(to - from, 'ToDate')
  const list = readArray(field(body, 'Users'), 'Users')
  if (list.length === 0) fail('Users', list, 'at least one email address')
  // Array.from, not map: a hole in a sparse array is read (and refused) like `undefined`.
  const users = Array.from(list, (email, i) => readString(email, at('Users', i)))
  const include = readBoolean(
    field(body, 'IncludeAllowedConflictSlots'),
    'IncludeAllowedConflictSlots',
    false,
  )
  const rawPaging = field(body, 'Paging')
  let paging: LeadSquaredSlotsQuery['paging'] = null
  if (rawPaging !== undefined && rawPaging !== null) {
    const object = readObject(rawPaging, 'Paging')
    paging = {
      pageIndex: readInteger(field(object, 'PageIndex'), 'Paging.PageIndex', 1, 1_000_000),
      pageSize: readInteger(field(object, 'PageSize'), 'Paging.PageSize', 1, 1_000_000),
    }
  }
  const dates: string[] = []
  for (let day = from; day <= to; day++) dates.push(formatPlainDate(day))
  return {
    value: {
      fromDate: dates[0]!,
      toDate: dates[dates.length - 1]!,
      users,
      includeAllowedConflictSlots: include,
      softEventsBlock: !include,
      paging,
      dates,
      window: { start: (from - 2) * MS_PER_DAY, end: (to + 3) * MS_PER_DAY },
    },
    warnings: warnings.list,
  }
}

/**
 * {@link fromLeadSquaredSlotsRequest} without throwing: `{ success, value, warnings }` or `{ success: false, issues }`.
 *
 * @example
 * safeFromLeadSquaredSlotsRequest({ FromDate: '2026-03-09' }).success // false (ToDate missing)
 */
export function safeFromLeadSquaredSlotsRequest(payload: unknown): SafeMapped<LeadSquaredSlotsQuery> {
  return runSafely(() => fromLeadSquaredSlotsRequest(payload))
}
