import { SlotwiseError } from '@slotwise/core'
import type { LeadSquaredSlotsQuery } from './fromLeadSquaredSlotsRequest.js'
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
} from './read.js'
import type { LeadSquaredSlotsRequest, Mapped } from './types.js'

/** What {@link toLeadSquaredSlotsRequest} needs: dates, users, the conflict flag, paging. */
export type LeadSquaredSlotsQueryInput = Pick<LeadSquaredSlotsQuery, 'fromDate' | 'toDate' | 'users'> &
  Partial<Pick<LeadSquaredSlotsQuery, 'includeAllowedConflictSlots' | 'paging'>>

/**
 * Writes a `RetrieveAvailableSlots` request body (field order as LeadSquared documents it);
 * `Paging` only when given. Dates are inclusive.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` for a bad date, user or paging (what
 *   `fromLeadSquaredSlotsRequest` would refuse); `VENDOR_LIMIT` past 100 days;
 *   `INVALID_ARGUMENT` (path `query`) when `query` is not an object.
 * @example
 * toLeadSquaredSlotsRequest({ fromDate: '2026-03-09', toDate: '2026-03-13', users: ['a@example.com'] }).value
 * // { FromDate: '2026-03-09', ToDate: '2026-03-13', Users: ['a@example.com'], IncludeAllowedConflictSlots: false }
 */
export function toLeadSquaredSlotsRequest(
  query: LeadSquaredSlotsQueryInput,
): Mapped<LeadSquaredSlotsRequest> {
  if (typeof query !== 'object' || query === null)
    throw new SlotwiseError('INVALID_ARGUMENT', { path: 'query', details: { expected: 'an object' } })
  const from = readDate(query.fromDate, 'fromDate')
  const to = readDate(query.toDate, 'toDate')
  if (to < from) fail('toDate', query.toDate, 'a date not before fromDate')
  if (to - from > leadSquaredLimits.maxRangeDays) throw rangeLimitError(to - from, 'toDate')
  // Each field is checked as fromLeadSquaredSlotsRequest checks it, so the body is one it reads.
  const list = readArray(query.users, 'users')
  if (list.length === 0) fail('users', list, 'at least one email address')
  const body: LeadSquaredSlotsRequest = {
    FromDate: query.fromDate,
    ToDate: query.toDate,
    Users: Array.from(list, (email, i) => readString(email, at('users', i))),
    IncludeAllowedConflictSlots: readBoolean(
      query.includeAllowedConflictSlots,
      'includeAllowedConflictSlots',
      false,
    ),
  }
  const paging = query.paging
  if (paging === undefined || paging === null) return { value: body, warnings: [] }
  const page = readObject(paging, 'paging')
  const Paging = {
    PageIndex: readInteger(field(page, 'pageIndex'), 'paging.pageIndex', 1, 1_000_000),
    PageSize: readInteger(field(page, 'pageSize'), 'paging.pageSize', 1, 1_000_000),
  }
  return { value: { ...body, Paging }, warnings: [] }
}
