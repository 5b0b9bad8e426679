import { formatPlainDate, type Leave, toInstantFromWallMilliseconds, validateTimeZone } from '@slotwise/core'
import { at, fail, field, readArray, readClock, readDate, readObject, runSafely, Warnings } from './read.js'
import type { Mapped, SafeMapped } from './types.js'
import { MS_PER_DAY, SECONDS_PER_DAY } from './wallClock.js'

/** Options of {@link fromLeadSquaredLeaves}. */
export interface FromLeadSquaredLeavesOptions {
  /** The zone partial-leave times are written in: the user's template zone. */
  readonly timeZone: string
}

/** Reads one Leave Tracker entry; `undefined` when it is not approved or empty (with a warning). */
export function readLeave(
  item: unknown,
  path: string,
  timeZone: string,
  warnings: Warnings,
): Leave | undefined {
  const leave = readObject(item, path)
  const status = field(leave, 'Status')
  if (
    status !== undefined &&
    status !== null &&
    (typeof status !== 'string' || status.toLowerCase() !== 'approved')
  ) {
    warnings.add('LEAVE_NOT_APPROVED', at(path, 'Status'), 'a leave that is not approved was left out')
    return undefined
  }
  const from = readDate(field(leave, 'FromDate'), at(path, 'FromDate'))
  const toValue = field(leave, 'ToDate')
  const to = toValue === undefined || toValue === null ? from : readDate(toValue, at(path, 'ToDate'))
  if (to < from) fail(at(path, 'ToDate'), toValue, 'a date not before FromDate')
  const startValue = field(leave, 'StartTime')
  const endValue = field(leave, 'EndTime')
  const hasStart = startValue !== undefined && startValue !== null && startValue !== ''
  const hasEnd = endValue !== undefined && endValue !== null && endValue !== ''
  if (!hasStart && !hasEnd)
    return from === to ? formatPlainDate(from) : { from: formatPlainDate(from), to: formatPlainDate(to) }
  // A partial leave: from StartTime on FromDate to EndTime on ToDate, wall clock in the zone.
  const startSeconds = hasStart ? readClock(startValue, at(path, 'StartTime'), false) : 0
  let endSeconds = hasEnd ? readClock(endValue, at(path, 'EndTime'), true) : SECONDS_PER_DAY
  if (endSeconds === 0) endSeconds = SECONDS_PER_DAY
  const start = toInstantFromWallMilliseconds(from * MS_PER_DAY + startSeconds * 1000, timeZone)
  const end = toInstantFromWallMilliseconds(to * MS_PER_DAY + endSeconds * 1000, timeZone)
  if (end <= start) {
    warnings.add('LEAVE_EMPTY', path, 'a partial leave that ends before it starts was left out')
    return undefined
  }
  return { start, end }
}

/**
 * Reads Leave Tracker entries: whole dates `FromDate`–`ToDate` (inclusive), or with
 * `StartTime`/`EndTime` (`HH:mm:ss` in the user's template zone) a partial leave from
 * `StartTime` on `FromDate` to `EndTime` on `ToDate`. An entry whose `Status` is present
 * and not `Approved` is left out (`LEAVE_NOT_APPROVED`).
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`[1].StartTime`); `INVALID_TIME_ZONE` for the option.
 * @example
 * fromLeadSquaredLeaves([{ FromDate: '2026-03-10', StartTime: '13:00:00', EndTime: '15:00:00' }],
 *   { timeZone: 'America/New_York' }).value
 * // [{ start: Date.UTC(2026, 2, 10, 17), end: Date.UTC(2026, 2, 10, 19) }] (EDT since 2026-03-08)
 */
export function fromLeadSquaredLeaves(
  payload: unknown,
  options: FromLeadSquaredLeavesOptions,
): Mapped<Leave[]> {
  const warnings = new Warnings()
  const timeZone = validateTimeZone(options?.timeZone, 'options.timeZone')
  const leave: Leave[] = []
  readArray(payload, '').forEach((item, i) => {
    const read = readLeave(item, `[${i}]`, timeZone, warnings)
    if (read !== undefined) leave.push(read)
  })
  return { value: leave, warnings: warnings.list }
}

/**
 * {@link fromLeadSquaredLeaves} without throwing.
 *
 * @example
 * safeFromLeadSquaredLeaves([{ FromDate: 'tomorrow' }], { timeZone: 'UTC' }).success // false
 */
export function safeFromLeadSquaredLeaves(
  payload: unknown,
  options: FromLeadSquaredLeavesOptions,
): SafeMapped<Leave[]> {
  return runSafely(() => fromLeadSquaredLeaves(payload, options))
}
