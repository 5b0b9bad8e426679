import { describe, expect, test } from 'vitest'
import leaves from './__fixtures__/team/leaves.json' with { type: 'json' }
import { fromLeadSquaredLeaves, safeFromLeadSquaredLeaves } from './fromLeadSquaredLeaves.js'

describe('fromLeadSquaredLeaves', () => {
  test('maps the fixture (snapshot): full days as dates, partial leave as instants, rejected leave left out', () => {
    const { value, warnings } = fromLeadSquaredLeaves(leaves, { timeZone: 'America/New_York' })
    expect(value).toMatchSnapshot()
    expect(value).toEqual([
      '2026-03-05',
      { start: Date.UTC(2026, 2, 10, 17), end: Date.UTC(2026, 2, 10, 19) }, // 13:00–15:00 EDT
      '2026-03-27',
    ])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['LEAVE_NOT_APPROVED', '[3].Status'],
    ])
  })

  test('a partial leave across dates runs from StartTime on FromDate to EndTime on ToDate; 00:00:00 ends at midnight', () => {
    const { value } = fromLeadSquaredLeaves(
      [
        { FromDate: '2026-03-06', ToDate: '2026-03-09', StartTime: '14:00:00', EndTime: '12:00:00' },
        { FromDate: '2026-03-11', StartTime: '15:00:00', EndTime: '00:00:00' },
        { FromDate: '2026-03-12', EndTime: '10:00:00' },
      ],
      { timeZone: 'UTC' },
    )
    expect(value).toEqual([
      { start: Date.UTC(2026, 2, 6, 14), end: Date.UTC(2026, 2, 9, 12) },
      { start: Date.UTC(2026, 2, 11, 15), end: Date.UTC(2026, 2, 12) },
      { start: Date.UTC(2026, 2, 12), end: Date.UTC(2026, 2, 12, 10) },
    ])
  })

  test('a partial leave that ends before it starts is left out and reported', () => {
    const { value, warnings } = fromLeadSquaredLeaves(
      [{ FromDate: '2026-03-06', StartTime: '14:00:00', EndTime: '09:00:00' }],
      { timeZone: 'UTC' },
    )
    expect(value).toEqual([])
    expect(warnings.map((warning) => warning.code)).toEqual(['LEAVE_EMPTY'])
  })

  test.each([
    [[{ FromDate: 'tomorrow' }], '[0].FromDate'],
    [[{ FromDate: '2026-03-06', ToDate: '2026-03-05' }], '[0].ToDate'],
    [[{ FromDate: '2026-03-06', StartTime: '14h' }], '[0].StartTime'],
    [{}, ''],
  ])('a malformed leave fails at its path (%j)', (payload, path) => {
    const result = safeFromLeadSquaredLeaves(payload, { timeZone: 'UTC' })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })
})
