import {
  fail,
  isIntegerIn,
  MAX_TEXT_LENGTH,
  readArray,
  readBoolean,
  readInteger,
  readObject,
  readString,
} from '../internal/read.js'
import { isInstant, readInterval } from '../interval/internal.js'
import { expandRecurringEvent } from '../recurrence/expandRecurringEvent.js'
import type { BusyEvent } from './types.js'

/** One event instance, checked; internal. */
export interface EventInstance {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly soft: boolean
  /** Own buffers, milliseconds. */
  readonly before: number
  readonly after: number
  readonly eventType: string | undefined
}

const CODE = 'INVALID_EVENT'
/** Longest buffer an event may carry: one week. */
const MAX_BUFFER_MINUTES = 10_080

/** Checks one event's fields (not its recurrence). */
export function readEvent(value: unknown, path: string, maxText = MAX_TEXT_LENGTH): EventInstance {
  const event = readObject(value, CODE, path)
  const { start, end } = readInterval(event, path)
  return {
    id: readString(event.id, CODE, `${path}.id`, maxText),
    start,
    end,
    soft: readBoolean(event.soft, CODE, `${path}.soft`, false),
    before:
      readInteger(event.bufferBeforeMinutes, CODE, `${path}.bufferBeforeMinutes`, 0, MAX_BUFFER_MINUTES, 0) *
      60_000,
    after:
      readInteger(event.bufferAfterMinutes, CODE, `${path}.bufferAfterMinutes`, 0, MAX_BUFFER_MINUTES, 0) *
      60_000,
    eventType:
      event.eventType === undefined
        ? undefined
        : readString(event.eventType, CODE, `${path}.eventType`, maxText),
  }
}

function isText(value: unknown, maxText: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxText
}

function isBufferMinutes(value: unknown): value is number | undefined {
  return value === undefined || isIntegerIn(value, 0, MAX_BUFFER_MINUTES)
}

/**
 * `readEvent` for an event that passes every check, without building a path string per
 * field (a person may have 100 000 events); `undefined` for anything else, which the caller
 * then reads with `readEvent` for the precise error. Same values: `-0` reads as `0`.
 */
function readValidEvent(value: unknown, maxText: number): EventInstance | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const { id, start, end, soft, bufferBeforeMinutes, bufferAfterMinutes, eventType } = value as BusyEvent
  if (!isInstant(start) || !isInstant(end) || end < start || !isText(id, maxText)) return undefined
  if (soft !== undefined && typeof soft !== 'boolean') return undefined
  if (!isBufferMinutes(bufferBeforeMinutes) || !isBufferMinutes(bufferAfterMinutes)) return undefined
  if (eventType !== undefined && !isText(eventType, maxText)) return undefined
  return {
    id,
    start: start + 0,
    end: end + 0,
    soft: soft ?? false,
    // `+ 0` turns -0 into 0.
    before: (bufferBeforeMinutes ?? 0) * 60_000 + 0,
    after: (bufferAfterMinutes ?? 0) * 60_000 + 0,
    eventType,
  }
}

/**
 * Checks a person's events and expands recurring ones over `[from, to)`; returns instances
 * sorted by start, then end. At most `maxEvents` instances.
 * @throws SlotwiseError `INVALID_EVENT`, `INVALID_INTERVAL`, `INVALID_INSTANT`, `TOO_MANY_EVENTS`, `UNSUPPORTED`.
 */
export function compileBusy(
  value: unknown,
  path: string,
  from: number,
  to: number,
  maxEvents: number,
  maxText = MAX_TEXT_LENGTH,
): EventInstance[] {
  const list = readArray(value, CODE, path)
  if (list.length > maxEvents) fail('TOO_MANY_EVENTS', path, list, `at most ${maxEvents} events`)
  // Instances moved or changed by an event of their own: `replaces: { eventId, start }`.
  const replaced = new Map<string, Set<number>>()
  list.forEach((item, i) => {
    const replaces = (item as BusyEvent | null)?.replaces
    if (replaces === undefined) return
    const target = readObject(replaces, CODE, `${path}[${i}].replaces`)
    const eventId = readString(target.eventId, CODE, `${path}[${i}].replaces.eventId`, maxText)
    if (!isInstant(target.start)) fail('INVALID_INSTANT', `${path}[${i}].replaces.start`, target.start)
    const starts = replaced.get(eventId) ?? new Set<number>()
    starts.add(target.start)
    replaced.set(eventId, starts)
  })
  const instances: EventInstance[] = []
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as BusyEvent
    const instance = readValidEvent(event, maxText) ?? readEvent(event, `${path}[${i}]`, maxText)
    if (event.recurrence === undefined) {
      instances.push(instance)
      continue
    }
    // The one code path for recurring busy time: expand inside [from, to), keep the first
    // instance's length, drop replaced instances.
    const skip = replaced.get(instance.id)
    for (const start of expandRecurringEvent(
      event.recurrence,
      instance.start,
      instance.end,
      from,
      to,
      `${path}[${i}].recurrence`,
      maxEvents,
    )) {
      if (skip?.has(start)) continue
      instances.push({ ...instance, start, end: start + (instance.end - instance.start) })
    }
    if (instances.length > maxEvents)
      fail('TOO_MANY_EVENTS', path, list, `at most ${maxEvents} event instances`)
  }
  sortByStart(instances)
  return instances
}

const byStartThenEnd = (a: EventInstance, b: EventInstance) => a.start - b.start || a.end - b.end

/**
 * Sorts by start, then end. Calendars come nearly sorted (by day, or wholly), so an
 * insertion sort does a few comparisons per event; past 8 moves per event on average it
 * hands over to the library sort, so a reversed list stays n log n.
 */
function sortByStart(list: EventInstance[]): void {
  let moves = 0
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!
    let j = i
    while (j > 0 && byStartThenEnd(list[j - 1]!, item) > 0) {
      list[j] = list[j - 1]!
      j--
    }
    list[j] = item
    moves += i - j
    if (moves > 8 * list.length) {
      list.sort(byStartThenEnd)
      return
    }
  }
}
