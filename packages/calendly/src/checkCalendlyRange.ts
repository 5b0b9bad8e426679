// The range rules both of Calendly's windowed endpoints share: start not in the past, end
// after start, at most N days. A refusal throws VENDOR_LIMIT carrying the body Calendly
// itself answers with (400 Invalid Argument), so a service can return it as is.
import { type Instant, SlotwiseError } from '@slotwise/core'
import type { CalendlyErrorBody } from './types.js'

const DAY = 86_400_000

/** Calendly's `400 Invalid Argument` body for one parameter. */
export function invalidArgument(parameter: string, message: string): CalendlyErrorBody {
  return {
    title: 'Invalid Argument',
    message: 'The supplied parameters are invalid.',
    details: [{ parameter, message }],
  }
}

function refuse(parameter: string, message: string, limit: number, actual: number): never {
  throw new SlotwiseError('VENDOR_LIMIT', {
    path: parameter,
    details: { vendorError: invalidArgument(parameter, message), limit, actual },
  })
}

/** Calendly's wording of a range cap: "1 week (7 days)" for 7, "31 days" otherwise. */
function rangeMessage(maxDays: number): string {
  return `date range can be no greater than ${maxDays === 7 ? '1 week (7 days)' : `${maxDays} days`}`
}

/** Checks `[start, end)` against Calendly's rules at `now`; throws VENDOR_LIMIT. */
export function checkCalendlyRange(start: Instant, end: Instant, now: Instant, maxDays: number): void {
  if (start < now) refuse('start_time', 'must be in the future', now, start)
  if (end <= start) refuse('end_time', 'must be after start_time', start, end)
  if (end - start > maxDays * DAY) refuse('end_time', rangeMessage(maxDays), maxDays, (end - start) / DAY)
}
