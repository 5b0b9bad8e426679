import {
  type AvailabilityResult,
  formatPlainTime,
  type Instant,
  offsetSeconds,
  type Slot,
  SlotwiseError,
  toOffsetDateTime,
  validateTimeZone,
} from '@slotwise/core'
import { checkArgument, checkOptions } from './read.js'

/** One date of a free-slots answer: start times, ISO 8601 with the zone's offset. */
export interface LeadConnectorDaySlots {
  readonly slots: readonly string[]
}

/**
 * LeadConnector's free-slots answer: `YYYY-MM-DD` keys (local to the requested `timezone`,
 * ascending) each holding `{ slots }`, and a `traceId` string when one is given.
 */
export type LeadConnectorFreeSlotsResponse = Readonly<Record<string, LeadConnectorDaySlots | string>>

/** Options of {@link toLeadConnectorFreeSlots}. */
export interface ToLeadConnectorFreeSlotsOptions {
  /** The `timezone` of the request: date keys and offsets are local to it. */
  readonly timeZone: string
  /** Added as the last key, as LeadConnector does. */
  readonly traceId?: string
}

/** Slot starts of a core answer: the team's slots, else every person's shown slots. */
function startsOf(source: AvailabilityResult | readonly (Slot | Instant)[]): unknown[] {
  const startOf = (item: unknown) => (typeof item === 'object' && item !== null ? (item as Slot).start : item)
  if (Array.isArray(source)) return source.map(startOf)
  const result = source as AvailabilityResult
  if (typeof result !== 'object' || result === null || !Array.isArray(result.people)) {
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'source',
      details: { expected: 'an availability result or a list of slots' },
    })
  }
  if (result.team !== undefined) return result.team.slots.map(startOf)
  const starts: unknown[] = []
  for (const person of result.people)
    for (const day of person.days) for (const slot of day.slots) starts.push(startOf(slot))
  return starts
}

/**
 * Writes slot starts as LeadConnector's free-slots map: each start once, ascending, as
 * `YYYY-MM-DDTHH:MM:SS±HH:MM` in `timeZone` (the core's `toOffsetDateTime`), under the local
 * date it falls on; dates without a slot are left out. Takes a core answer (the team's
 * slots, or the union of the people's shown slots) or a list of slots or instants.
 * @throws SlotwiseError `INVALID_TIME_ZONE`, `INVALID_INSTANT`.
 * @example
 * toLeadConnectorFreeSlots([Date.UTC(2025, 2, 10, 13)], { timeZone: 'America/New_York', traceId: 't1' })
 * // { '2025-03-10': { slots: ['2025-03-10T09:00:00-04:00'] }, traceId: 't1' }
 */
export function toLeadConnectorFreeSlots(
  source: AvailabilityResult | readonly (Slot | Instant)[],
  options: ToLeadConnectorFreeSlotsOptions,
): LeadConnectorFreeSlotsResponse {
  checkOptions(options)
  const timeZone = validateTimeZone(options?.timeZone, 'options.timeZone')
  const starts = startsOf(source) as number[]
  for (let i = 0; i < starts.length; i++) {
    if (!Number.isInteger(starts[i])) {
      throw new SlotwiseError('INVALID_INSTANT', {
        path: `source[${i}]`,
        details: { expected: 'epoch milliseconds' },
      })
    }
  }
  starts.sort((a, b) => a - b)
  // Keys are YYYY-MM-DD strings made here, so assigning them onto a literal is safe.
  let response: Record<string, LeadConnectorDaySlots | string> = {}
  let slots: string[] = []
  // Within one local date at one offset only the clock changes: the date and the offset are
  // written once (by the core), and each clock once per answer.
  let day = Number.NaN
  let offset = Number.NaN
  let prefix = ''
  let suffix = ''
  const clocks = new Map<number, string>()
  let datesBackwards = false
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!
    if (i > 0 && start === starts[i - 1]) continue
    const startOffset = offsetSeconds(start, timeZone)
    const wall = start + startOffset * 1000
    const wallDay = Math.floor(wall / 86_400_000)
    if (wallDay === day && startOffset === offset && wall % 1000 === 0) {
      const second = (wall - wallDay * 86_400_000) / 1000
      let clock = clocks.get(second)
      if (clock === undefined) {
        clock = formatPlainTime(second)
        clocks.set(second, clock)
      }
      slots.push(prefix + clock + suffix)
      continue
    }
    const text = toOffsetDateTime(start, timeZone)
    // Only here can the local date change: the short way above keeps the date of `prefix`.
    // A zone that set its clocks back across midnight (Alaska in 1867, by a day) returns to a
    // date already listed: its list goes on, and the dates are put in order at the end.
    if (wallDay !== day) {
      const listed = response[text.slice(0, 10)] as LeadConnectorDaySlots | undefined
      if (wallDay < day) datesBackwards = true
      slots = listed === undefined ? [] : (listed.slots as string[])
      if (listed === undefined) response[text.slice(0, 10)] = { slots }
    }
    day = wallDay
    offset = startOffset
    prefix = text.slice(0, 11)
    suffix = text.slice(text.length - (startOffset % 60 === 0 ? 6 : 9))
    slots.push(text)
  }
  // Date keys are YYYY-MM-DD: in text order they are in date order.
  if (datesBackwards)
    response = Object.fromEntries(Object.entries(response).sort(([a], [b]) => (a < b ? -1 : 1)))
  if (options.traceId !== undefined) {
    checkArgument(typeof options.traceId === 'string', 'options.traceId', 'a string')
    response.traceId = options.traceId
  }
  return response
}
