import { SlotwiseError } from '@slotwise/core'
import type { LeadSquaredError } from './types.js'

/**
 * LeadSquared's published numbers, in one place so they can change.
 *
 * @example
 * leadSquaredLimits.maxRangeDays // 100
 * @see https://apidocs.leadsquared.com/get-available-slots-of-users-by-email-address/
 */
export const leadSquaredLimits = {
  /** `ToDate − FromDate` may be at most this many days (slots, appointments, to-dos). */
  maxRangeDays: 100,
  /** Tasks per `Task.svc/Bulk/Create` call. */
  maxBulkTasks: 50,
  /** Calls per 5 seconds on the Enterprise plan (the seed's 429 message); other plans allow fewer. */
  callsPer5Seconds: 25,
} as const

/**
 * The error body LeadSquared sends for a `FromDate`–`ToDate` range over the cap, and the
 * SlotwiseError that carries it.
 */
export function rangeLimitError(days: number, path: string): SlotwiseError {
  const vendorError: LeadSquaredError = {
    Status: 'Error',
    ExceptionType: 'MXInvalidInputException',
    ExceptionMessage: `The difference between FromDate and ToDate cannot be more than ${leadSquaredLimits.maxRangeDays} days.`,
  }
  return new SlotwiseError('VENDOR_LIMIT', {
    path,
    details: { vendorError, limit: leadSquaredLimits.maxRangeDays, actual: days },
  })
}
