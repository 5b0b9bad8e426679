import { isSlotwiseError, type SlotwiseError } from '@slotwise/core'
import { expect, test } from 'vitest'
import seedErrors from './__fixtures__/seed-errors.json' with { type: 'json' }
import {
  FREE_SLOTS_MAX_RANGE_DAYS,
  fromLeadConnectorFreeSlotsRequest,
  safeFromLeadConnectorFreeSlotsRequest,
} from './index.js'

const DAY = 86_400_000
const now = Date.UTC(2025, 2, 1, 12)

function caught(run: () => unknown): SlotwiseError {
  try {
    run()
  } catch (error) {
    if (isSlotwiseError(error)) return error
    throw error
  }
  throw new Error('expected a SlotwiseError')
}

test('reads query strings, the zone, and userId with userIds', () => {
  const read = fromLeadConnectorFreeSlotsRequest(
    {
      startDate: String(Date.UTC(2025, 2, 10, 4)),
      endDate: Date.UTC(2025, 2, 15, 4) - 1,
      timezone: 'America/New_York',
      userId: 'a',
      userIds: ['b', 'a'],
    },
    { now },
  )
  expect(read).toEqual({
    window: { start: Date.UTC(2025, 2, 10, 4), end: Date.UTC(2025, 2, 15, 4) },
    timeZone: 'America/New_York',
    userIds: ['a', 'b'],
    warnings: [],
  })
  expect(
    fromLeadConnectorFreeSlotsRequest(
      { startDate: now, endDate: now + DAY, userIds: 'c' },
      { now, timeZone: 'UTC' },
    ).userIds,
  ).toEqual(['c'])
})

test(`${FREE_SLOTS_MAX_RANGE_DAYS} days of wall time pass, across a DST change too; one millisecond more is refused with LeadConnector's 400 body`, () => {
  // 2025-10-06 to 2025-11-06 in New York: 31 wall days, 31 days and 1 hour of real time.
  const start = Date.UTC(2025, 9, 6, 4)
  const end = Date.UTC(2025, 10, 6, 5)
  expect(
    fromLeadConnectorFreeSlotsRequest(
      { startDate: start, endDate: end, timezone: 'America/New_York' },
      { now },
    ).window.end,
  ).toBe(end + 1)
  const error = caught(() =>
    fromLeadConnectorFreeSlotsRequest(
      { startDate: start, endDate: end + 1, timezone: 'America/New_York' },
      { now },
    ),
  )
  expect([error.code, error.path, error.details.limit]).toEqual(['VENDOR_LIMIT', 'endDate', 31])
  expect(error.details.vendorError).toEqual({
    statusCode: 400,
    message: 'Date range cannot be more than 31 days',
    error: 'Bad Request',
  })
  // The same keys, in the same order, as LeadConnector's own error bodies.
  expect(Object.keys(error.details.vendorError as object)).toEqual(Object.keys(seedErrors['401']))
  expect(typeof (error.details.vendorError as { message: unknown }).message).toBe(
    typeof seedErrors['400'].message,
  )
})

test('future only: a range that ended is refused; a start in the past moves to now unless refused', () => {
  const past = caught(() =>
    fromLeadConnectorFreeSlotsRequest(
      { startDate: now - 2 * DAY, endDate: now - DAY, timezone: 'UTC' },
      { now },
    ),
  )
  expect([past.code, past.path, (past.details.vendorError as { statusCode: number }).statusCode]).toEqual([
    'VENDOR_LIMIT',
    'endDate',
    400,
  ])
  const query = { startDate: now - DAY, endDate: now + DAY, timezone: 'UTC' }
  expect(fromLeadConnectorFreeSlotsRequest(query, { now }).window.start).toBe(now)
  expect(caught(() => fromLeadConnectorFreeSlotsRequest(query, { now, rejectPastStart: true })).path).toBe(
    'startDate',
  )
  expect(safeFromLeadConnectorFreeSlotsRequest(query, { now, rejectPastStart: true })).toMatchObject({
    success: false,
    issues: [{ code: 'VENDOR_LIMIT', path: 'startDate' }],
  })
})

test('the safe form keeps the vendor error body of a limit error', () => {
  const query = { startDate: now + DAY, endDate: now + 40 * DAY, timezone: 'UTC' }
  const result = safeFromLeadConnectorFreeSlotsRequest(query, { now })
  expect(result.success).toBe(false)
  if (result.success) return
  expect(result.issues[0]?.details?.vendorError).toEqual(
    caught(() => fromLeadConnectorFreeSlotsRequest(query, { now })).details.vendorError,
  )
  expect(result.issues[0]?.details?.limit).toBe(FREE_SLOTS_MAX_RANGE_DAYS)
})

test('bad queries fail with INVALID_VENDOR_PAYLOAD and the field', () => {
  const path = (query: unknown) => {
    const error = caught(() => fromLeadConnectorFreeSlotsRequest(query, { now }))
    return [error.code, error.path]
  }
  expect(path({ endDate: now, timezone: 'UTC' })).toEqual(['INVALID_VENDOR_PAYLOAD', 'startDate'])
  expect(path({ startDate: '12abc', endDate: now, timezone: 'UTC' })).toEqual([
    'INVALID_VENDOR_PAYLOAD',
    'startDate',
  ])
  expect(path({ startDate: now + DAY, endDate: now, timezone: 'UTC' })).toEqual([
    'INVALID_VENDOR_PAYLOAD',
    'endDate',
  ])
  expect(path({ startDate: now, endDate: now + DAY })).toEqual(['INVALID_VENDOR_PAYLOAD', 'timezone'])
  expect(path({ startDate: now, endDate: now + DAY, timezone: 'Moon/Base' })).toEqual([
    'INVALID_VENDOR_PAYLOAD',
    'timezone',
  ])
  expect(path({ startDate: now, endDate: now + DAY, timezone: 'UTC', userIds: [''] })).toEqual([
    'INVALID_VENDOR_PAYLOAD',
    'userIds[0]',
  ])
})
