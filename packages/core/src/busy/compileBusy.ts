import { fail, readArray, readBoolean, readInteger, readObject, readString } from '../internal/read.js'
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
export function readEvent(value: unknown, path: string): EventInstance {
  const event = readObject(value, CODE, path)
  const { start, end } = readInterval(event, path)
  return {
    id: readString(event.id, CODE, `${path}.id`),
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
      event.eventType === undefined ? undefined : readString(event.eventType, CODE, `${path}.eventType`),
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
): EventInstance[] {
  const list = readArray(value, CODE, path)
  if (list.length > maxEvents) fail('TOO_MANY_EVENTS', path, list, `at most ${maxEvents} events`)
  // Instances moved or changed by an event of their own: `replaces: { eventId, start }`.
  const replaced = new Map<string, Set<number>>()
  list.forEach((item, i) => {
    const replaces = (item as BusyEvent | null)?.replaces
    if (replaces === undefined) return
    const target = readObject(replaces, CODE, `${path}[${i}].replaces`)
    const eventId = readString(target.eventId, CODE, `${path}[${i}].replaces.eventId`)
    if (!isInstant(target.start)) fail('INVALID_INSTANT', `${path}[${i}].replaces.start`, target.start)
    const starts = replaced.get(eventId) ?? new Set<number>()
    starts.add(target.start)
    replaced.set(eventId, starts)
  })
  const instances: EventInstance[] = []
  for (let i = 0; i < list.length; i++) {
    const event = list[i] as BusyEvent
    const instance = readEvent(event, `${path}[${i}]`)
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
  instances.sort((a, b) => a.start - b.start || a.end - b.end)
  return instances
}
