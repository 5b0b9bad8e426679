import type { Instant, SafeParseResult } from '@slotwise/core'
import {
  at,
  checkOptions,
  fail,
  own,
  readArray,
  readDateTime,
  readObject,
  readTimeZone,
  safely,
} from './read.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** Options of {@link fromLeadConnectorFreeSlots}. */
export interface FromLeadConnectorFreeSlotsOptions {
  /** Zone for slots written without an offset (LeadConnector always sends one). */
  readonly timeZone?: string
}

/** A free-slots answer read back: instants per date key, and all of them. */
export interface LeadConnectorFreeSlots {
  /** Each date key with its slot starts, dates ascending, starts ascending. */
  readonly days: { readonly date: string; readonly starts: Instant[] }[]
  /** Every start once, ascending (compare instants, not strings: offsets may differ). */
  readonly starts: Instant[]
  readonly traceId: string | undefined
  readonly warnings: VendorWarning[]
}

const MINUTES_PER_DAY = 1440
const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Reads a free-slots answer (`GET /calendars/{id}/free-slots`): keys `YYYY-MM-DD` holding
 * `{ slots: [ISO 8601 with offset] }`. The stray `traceId` key is kept aside; any other key,
 * or a date key without a `slots` array, is skipped with a warning.
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of a bad slot.
 * @example
 * fromLeadConnectorFreeSlots({ '2025-03-10': { slots: ['2025-03-10T09:00:00-04:00'] }, traceId: 't1' }).starts
 * // [Date.UTC(2025, 2, 10, 13)]
 */
export function fromLeadConnectorFreeSlots(
  payload: unknown,
  options: FromLeadConnectorFreeSlotsOptions = {},
): LeadConnectorFreeSlots {
  checkOptions(options)
  const root = readObject(payload, '')
  const timeZone =
    options.timeZone === undefined ? undefined : readTimeZone(options.timeZone, 'options.timeZone')
  const warnings: VendorWarning[] = []
  const days: { date: string; starts: Instant[] }[] = []
  const all = new Set<number>()
  let traceId: string | undefined
  for (const key of Object.keys(root)) {
    const value = own(root, key)
    if (key === 'traceId' && typeof value === 'string') {
      traceId = value
      continue
    }
    const day =
      DATE_KEY.test(key) && typeof value === 'object' && value !== null
        ? own(readObject(value, key), 'slots')
        : undefined
    if (!Array.isArray(day)) {
      warn(warnings, 'UNKNOWN_KEY', key, 'not a date with a slots array: skipped')
      continue
    }
    const starts: Instant[] = []
    // Starts are whole minutes: a date lists at most 1440. A million took seconds (a warning each).
    if (day.length > MINUTES_PER_DAY) fail(at(key, 'slots'), day, `at most ${MINUTES_PER_DAY} slots a date`)
    readArray(day, at(key, 'slots')).forEach((slot, i) => {
      const path = at(at(key, 'slots'), i)
      const { instant } = readDateTime(slot, path, timeZone)
      if (typeof slot === 'string' && slot.slice(0, 10) !== key) {
        warn(warnings, 'SLOT_DATE_MISMATCH', path, `a slot of ${slot.slice(0, 10)} under ${key}`)
      }
      if (all.has(instant))
        warn(warnings, 'DUPLICATE_SLOT', path, 'the same instant is listed twice: kept once')
      else starts.push(instant)
      all.add(instant)
    })
    days.push({ date: key, starts: starts.sort((a, b) => a - b) })
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { days, starts: [...all].sort((a, b) => a - b), traceId, warnings }
}

/**
 * {@link fromLeadConnectorFreeSlots} without throwing.
 * @example
 * safeFromLeadConnectorFreeSlots({ '2025-03-10': { slots: ['9am'] } }).success // false
 */
export function safeFromLeadConnectorFreeSlots(
  payload: unknown,
  options: FromLeadConnectorFreeSlotsOptions = {},
): SafeParseResult<LeadConnectorFreeSlots> {
  return safely(() => fromLeadConnectorFreeSlots(payload, options))
}
