import {
  type Instant,
  type Interval,
  type SafeParseResult,
  SlotwiseError,
  toWallMilliseconds,
} from '@slotwise/core'
import { FREE_SLOTS_MAX_RANGE_DAYS } from './limits.js'
import {
  adopt,
  at,
  checkArgument,
  checkOptions,
  fail,
  own,
  readArray,
  readObject,
  readOptionalString,
  readString,
  readTimeZone,
  safely,
} from './read.js'
import type { VendorWarning } from './VendorWarning.js'

/** Options of {@link fromLeadConnectorFreeSlotsRequest}. */
export interface FromLeadConnectorFreeSlotsRequestOptions {
  /** The current instant: the range must reach past it. */
  readonly now: Instant
  /** The location's zone, used when the query has no `timezone`. */
  readonly timeZone?: string
  /** Refuse a `startDate` in the past (default false: it is moved to `now`). */
  readonly rejectPastStart?: boolean
}

/** A free-slots query read into the core. */
export interface LeadConnectorFreeSlotsRequest {
  /** `[startDate, endDate + 1 ms)`: slots starting in it are listed (LeadConnector's ends are inclusive, `…999`). */
  readonly window: Interval
  /** The zone of date keys and offsets: the query's `timezone`, else the location's. */
  readonly timeZone: string
  /** `userId` and `userIds`, in that order, each once; empty for the whole team. */
  readonly userIds: string[]
  readonly warnings: VendorWarning[]
}

/** LeadConnector's 400 body, as its common error schema writes it. */
function badRequest(message: string) {
  return { statusCode: 400, message, error: 'Bad Request' }
}

function readMilliseconds(value: unknown, path: string): number {
  const number = typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || Math.abs(number) > 8.64e15) {
    fail(path, value, 'epoch milliseconds')
  }
  return number
}

/**
 * Reads a free-slots query (`startDate`, `endDate` in epoch milliseconds, numbers or query
 * strings; `timezone`; `userId`; `userIds`) and enforces LeadConnector's limits: at most 31
 * days of wall-clock time in the zone between the two, and a range that reaches into the
 * future (a start in the past is moved to `now`).
 * @throws SlotwiseError `VENDOR_LIMIT` with `details.vendorError` = LeadConnector's own 400
 * body (`{ statusCode: 400, message, error: 'Bad Request' }`), `INVALID_VENDOR_PAYLOAD` with the field's path.
 * @example
 * fromLeadConnectorFreeSlotsRequest({ startDate: '1741579200000', endDate: '1742183999999', timezone: 'America/New_York' }, { now: 1741000000000 }).window
 * // { start: 1741579200000, end: 1742184000000 }
 */
export function fromLeadConnectorFreeSlotsRequest(
  query: unknown,
  options: FromLeadConnectorFreeSlotsRequestOptions,
): LeadConnectorFreeSlotsRequest {
  checkOptions(options)
  checkArgument(Number.isInteger(options?.now), 'options.now', 'epoch milliseconds')
  const root = readObject(query, '')
  const startDate = readMilliseconds(own(root, 'startDate'), 'startDate')
  const endDate = readMilliseconds(own(root, 'endDate'), 'endDate')
  const zone = own(root, 'timezone') ?? undefined
  const timeZone =
    zone === undefined && options.timeZone !== undefined
      ? readTimeZone(options.timeZone, 'options.timeZone')
      : readTimeZone(zone, 'timezone')
  if (endDate < startDate) fail('endDate', endDate, 'an end not before startDate')
  const userIds: string[] = []
  const single = readOptionalString(own(root, 'userId'), 'userId', 256)
  if (single !== undefined) userIds.push(single)
  const list = own(root, 'userIds')
  const many = typeof list === 'string' ? [list] : readArray(list, 'userIds')
  many.forEach((id, i) => {
    const text = readString(id, at('userIds', i), 256)
    if (!userIds.includes(text)) userIds.push(text)
  })
  const wallEnd = adopt('endDate', () => toWallMilliseconds(endDate, timeZone))
  const days = (wallEnd - adopt('startDate', () => toWallMilliseconds(startDate, timeZone))) / 86_400_000
  if (days > FREE_SLOTS_MAX_RANGE_DAYS) {
    throw new SlotwiseError('VENDOR_LIMIT', {
      path: 'endDate',
      details: {
        vendorError: badRequest(`Date range cannot be more than ${FREE_SLOTS_MAX_RANGE_DAYS} days`),
        limit: FREE_SLOTS_MAX_RANGE_DAYS,
        actual: Math.round(days * 1000) / 1000,
      },
    })
  }
  if (endDate < options.now) {
    throw new SlotwiseError('VENDOR_LIMIT', {
      path: 'endDate',
      details: {
        vendorError: badRequest('endDate must be in the future'),
        limit: options.now,
        actual: endDate,
      },
    })
  }
  if (startDate < options.now && options.rejectPastStart === true) {
    throw new SlotwiseError('VENDOR_LIMIT', {
      path: 'startDate',
      details: {
        vendorError: badRequest('startDate must be in the future'),
        limit: options.now,
        actual: startDate,
      },
    })
  }
  return {
    window: { start: Math.max(startDate, options.now), end: endDate + 1 },
    timeZone,
    userIds,
    warnings: [],
  }
}

/**
 * {@link fromLeadConnectorFreeSlotsRequest} without throwing (a `VENDOR_LIMIT` becomes an issue too).
 * @example
 * safeFromLeadConnectorFreeSlotsRequest({ startDate: 0, endDate: 40 * 86_400_000, timezone: 'UTC' }, { now: 0 }).success // false
 */
export function safeFromLeadConnectorFreeSlotsRequest(
  query: unknown,
  options: FromLeadConnectorFreeSlotsRequestOptions,
): SafeParseResult<LeadConnectorFreeSlotsRequest> {
  return safely(() => fromLeadConnectorFreeSlotsRequest(query, options))
}
