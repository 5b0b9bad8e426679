// Reads the query of one of Calendly's windowed endpoints (`start_time`, `end_time` and the
// resource parameter), shared by the busy-times and available-times query mappers.
import type { Instant } from '@slotwise/core'
import { checkCalendlyRange } from './checkCalendlyRange.js'
import { failArgument, field, readObject, readString, readTimestamp } from './read.js'
import type { VendorWarning } from './types.js'

/** A checked query: the resource, the window, the warnings. */
export interface ReadQuery {
  readonly resource: string
  readonly window: { readonly start: Instant; readonly end: Instant }
  readonly warnings: VendorWarning[]
}

/** Reads `{ [resource], start_time, end_time }` and applies Calendly's range rules at `now`. */
export function readQuery(
  query: unknown,
  resource: string,
  now: unknown,
  maxDays: (now: Instant) => number,
): ReadQuery {
  if (typeof now !== 'number' || !Number.isInteger(now))
    failArgument('options.now', now, 'an integer instant')
  const warnings: VendorWarning[] = []
  const object = readObject(query, '')
  const name = readString(field(object, resource), resource)
  const start = readTimestamp(field(object, 'start_time'), 'start_time', warnings)
  const end = readTimestamp(field(object, 'end_time'), 'end_time', warnings)
  checkCalendlyRange(start, end, now, maxDays(now))
  return { resource: name, window: { start, end }, warnings }
}
