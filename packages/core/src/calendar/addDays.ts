import { fail } from '../internal/read.js'
import { assertPlainDate } from './assertPlainDate.js'
import type { PlainDate } from './parsePlainDate.js'

/**
 * The date `count` days after `days` (before, when negative). Calendar days, not 24-hour steps.
 * @throws SlotwiseError `INVALID_DATE` when either the input or the result is outside 0001…9999;
 *   `INVALID_ARGUMENT` for a non-integer count.
 * @example
 * formatPlainDate(addDays(parsePlainDate('2024-02-28'), 2)) // '2024-03-01'
 */
export function addDays(days: PlainDate, count: number): PlainDate {
  assertPlainDate(days, 'days')
  if (!Number.isInteger(count)) fail('INVALID_ARGUMENT', 'count', count, 'an integer')
  const result = days + count
  assertPlainDate(result, 'count')
  return result
}
