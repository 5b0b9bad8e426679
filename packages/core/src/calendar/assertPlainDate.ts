import { fail, isIntegerIn } from '../internal/read.js'
import { MAX_DAYS, MIN_DAYS } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'

/** Throws `INVALID_DATE` unless `days` is an integer day number between 0001-01-01 and 9999-12-31. */
export function assertPlainDate(days: unknown, path: string): asserts days is PlainDate {
  if (!isIntegerIn(days, MIN_DAYS, MAX_DAYS)) {
    fail('INVALID_DATE', path, days, 'an integer day number for 0001-01-01…9999-12-31')
  }
}
