import { describeValue } from '../errorMessages.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { MAX_DAYS, MIN_DAYS } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'

/** Throws `INVALID_DATE` unless `days` is an integer day number between 0001-01-01 and 9999-12-31. */
export function assertPlainDate(days: unknown, path: string): asserts days is PlainDate {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
    throw new SlotwiseError('INVALID_DATE', {
      path,
      details: { value: describeValue(days), expected: 'an integer day number for 0001-01-01…9999-12-31' },
    })
  }
}
