import type { LeadSquaredSlotsQuery } from './fromLeadSquaredSlotsRequest.js'
import { leadSquaredLimits, rangeLimitError } from './limits.js'
import { readDate } from './read.js'
import type { LeadSquaredSlotsRequest, Mapped } from './types.js'

/** What {@link toLeadSquaredSlotsRequest} needs: dates, users, the conflict flag, paging. */
export type LeadSquaredSlotsQueryInput = Pick<LeadSquaredSlotsQuery, 'fromDate' | 'toDate' | 'users'> &
  Partial<Pick<LeadSquaredSlotsQuery, 'includeAllowedConflictSlots' | 'paging'>>

/**
 * Writes a `RetrieveAvailableSlots` request body (field order as LeadSquared documents it);
 * `Paging` only when given. Dates are inclusive.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` for a bad date; `VENDOR_LIMIT` past 100 days.
 * @example
 * toLeadSquaredSlotsRequest({ fromDate: '2026-03-09', toDate: '2026-03-13', users: ['a@example.com'] }).value
 * // { FromDate: '2026-03-09', ToDate: '2026-03-13', Users: ['a@example.com'], IncludeAllowedConflictSlots: false }
 */
export function toLeadSquaredSlotsRequest(
  query: LeadSquaredSlotsQueryInput,
): Mapped<LeadSquaredSlotsRequest> {
  const from = readDate(query.fromDate, 'fromDate')
  const to = readDate(query.toDate, 'toDate')
  if (to - from > leadSquaredLimits.maxRangeDays) throw rangeLimitError(to - from, 'toDate')
  const body: LeadSquaredSlotsRequest = {
    FromDate: query.fromDate,
    ToDate: query.toDate,
    Users: [...query.users],
    IncludeAllowedConflictSlots: query.includeAllowedConflictSlots ?? false,
  }
  const paging = query.paging
  return {
    value:
      paging === undefined || paging === null
        ? body
        : { ...body, Paging: { PageIndex: paging.pageIndex, PageSize: paging.pageSize } },
    warnings: [],
  }
}
