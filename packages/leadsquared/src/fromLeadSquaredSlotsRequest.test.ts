import { isSlotwiseError, type SlotwiseError } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import seedRequest from './__fixtures__/seed-request.json' with { type: 'json' }
import {
  fromLeadSquaredSlotsRequest,
  safeFromLeadSquaredSlotsRequest,
} from './fromLeadSquaredSlotsRequest.js'
import { leadSquaredLimits } from './limits.js'
import { toLeadSquaredSlotsRequest } from './toLeadSquaredSlotsRequest.js'

function caught(run: () => unknown): SlotwiseError {
  try {
    run()
  } catch (error) {
    if (isSlotwiseError(error)) return error
    throw error
  }
  throw new Error('expected a SlotwiseError')
}

describe('fromLeadSquaredSlotsRequest', () => {
  test('reads the seed request: inclusive dates, users in order, 1-based paging', () => {
    const { value, warnings } = fromLeadSquaredSlotsRequest(seedRequest)
    expect(warnings).toEqual([])
    expect(value.dates).toHaveLength(32) // 2018-08-25 … 2018-09-25, both ends included
    expect(value.dates[0]).toBe('2018-08-25')
    expect(value.dates.at(-1)).toBe('2018-09-25')
    expect(value.users).toEqual(['bobdoe@gmail.com', 'jackdoes@gmail.com'])
    expect(value.softEventsBlock).toBe(true)
    expect(value.paging).toEqual({ pageIndex: 1, pageSize: 100 })
    // Two days either side of the UTC dates: every zone's FromDate − 1 … ToDate + 1 fits.
    expect(value.window).toEqual({ start: Date.UTC(2018, 7, 23), end: Date.UTC(2018, 8, 28) })
  })

  test('IncludeAllowedConflictSlots true lets soft tasks through; absent reads as false', () => {
    const base = { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a@example.com'] }
    expect(
      fromLeadSquaredSlotsRequest({ ...base, IncludeAllowedConflictSlots: true }).value.softEventsBlock,
    ).toBe(false)
    expect(fromLeadSquaredSlotsRequest(base).value.softEventsBlock).toBe(true)
    expect(fromLeadSquaredSlotsRequest(base).value.paging).toBeNull()
  })

  test('100 days between FromDate and ToDate is allowed, 101 is VENDOR_LIMIT with LeadSquared’s error body', () => {
    const users = ['a@example.com']
    expect(
      fromLeadSquaredSlotsRequest({ FromDate: '2026-01-01', ToDate: '2026-04-11', Users: users }).value.dates,
    ).toHaveLength(101)
    const error = caught(() =>
      fromLeadSquaredSlotsRequest({ FromDate: '2026-01-01', ToDate: '2026-04-12', Users: users }),
    )
    expect(error.code).toBe('VENDOR_LIMIT')
    expect(error.path).toBe('ToDate')
    expect(error.details.limit).toBe(leadSquaredLimits.maxRangeDays)
    expect(error.details.actual).toBe(101)
    expect(error.details.vendorError).toEqual({
      Status: 'Error',
      ExceptionType: 'MXInvalidInputException',
      ExceptionMessage: 'The difference between FromDate and ToDate cannot be more than 100 days.',
    })
    // The safe form keeps the same details, so a service can answer with the vendor's body.
    const safe = safeFromLeadSquaredSlotsRequest({
      FromDate: '2026-01-01',
      ToDate: '2026-04-12',
      Users: users,
    })
    expect(safe.success === false && safe.issues[0]?.details?.vendorError).toEqual(error.details.vendorError)
  })

  test.each([
    [{}, 'FromDate'],
    [{ FromDate: '2026-03-09', ToDate: '2026-03-08', Users: ['a'] }, 'ToDate'],
    [{ FromDate: '2026-02-30', ToDate: '2026-03-08', Users: ['a'] }, 'FromDate'],
    [{ FromDate: '2026-03-09', ToDate: '2026-03-09', Users: [] }, 'Users'],
    [{ FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a', 7] }, 'Users[1]'],
    [
      { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a'], IncludeAllowedConflictSlots: 'yes' },
      'IncludeAllowedConflictSlots',
    ],
    [
      { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a'], Paging: { PageIndex: 0, PageSize: 10 } },
      'Paging.PageIndex',
    ],
    [
      { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a'], Paging: { PageIndex: 1 } },
      'Paging.PageSize',
    ],
  ])('a bad request fails with INVALID_VENDOR_PAYLOAD at its path (%j)', (payload, path) => {
    const result = safeFromLeadSquaredSlotsRequest(payload)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })

  test('to(from(request)) writes the seed request back byte for byte', () => {
    const { value } = toLeadSquaredSlotsRequest(fromLeadSquaredSlotsRequest(seedRequest).value)
    expect(JSON.stringify(value, null, 2)).toBe(JSON.stringify(seedRequest, null, 2))
  })
})
