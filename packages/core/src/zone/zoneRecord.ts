import { daysFromCivil, MS_PER_DAY } from '../calendar/civil.js'
import { describeValue } from '../errorMessages.js'
import { firstChange } from '../internal/firstChange.js'
import { fail } from '../internal/read.js'
import type { Instant } from '../interval/types.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { parseFixedOffset } from './fixedOffset.js'
import { suggestTimeZones } from './suggestTimeZones.js'
import type { TimeZoneTransition } from './timeZoneTransitions.js'

/**
 * The offset timeline of one zone, cut into chunks of 2^22 s (about 48.5 days). A chunk
 * holds the offset at its start and every transition inside it, found once by probing
 * `Intl` and bisecting to the second; afterwards an offset is a few comparisons.
 */
interface Chunk {
  /** First second of the chunk (inclusive). */
  readonly start: number
  /** First second after the chunk. */
  readonly end: number
  /** Epoch seconds at which the offset changes, ascending. */
  readonly transitions: number[]
  /** `offsets[0]` holds from `start`; `offsets[i + 1]` from `transitions[i]` on. Seconds. */
  readonly offsets: number[]
}

/** Everything known about one time zone id; internal. */
export interface ZoneRecord {
  /** The id as the caller wrote it (Asia/Kolkata stays Asia/Kolkata). */
  readonly id: string
  /** Seconds east of UTC for a fixed-offset zone; `undefined` for an IANA zone. */
  readonly fixedOffset: number | undefined
  readonly formatter: Intl.DateTimeFormat | undefined
  readonly chunks: Map<number, Chunk>
  last: Chunk | undefined
  /** Direct `Intl` probes answered before the zone earned a table (keeps one-off calls cheap). */
  directProbes: number
}

const CHUNK_SECONDS = 2 ** 22
/**
 * Probe step. It must be shorter than the shortest excursion (a change and its change
 * back), or the pair is missed: 6.96 days in 1970-2037 (Brazil, October 2000), and 12-31
 * days for Casablanca's Ramadan breaks. Two days leaves a wide margin for older data.
 */
const PROBE_STEP_SECONDS = 2 * 86_400
/** Before 1800 every zone is on local mean time (the first change is Asia/Manila, 1844). */
const EARLIEST_PROBE_SECONDS = daysFromCivil(1800, 1, 1) * 86_400
const LATEST_PROBE_SECONDS = daysFromCivil(9999, 12, 30) * 86_400
/** After this many direct probes in one zone, answers come from the chunk table. */
let directProbeBudget = 12

const MAX_CACHED_IDS = 2048
const records = new Map<string, ZoneRecord>()
let lastRecord: ZoneRecord | undefined

/** Test hook: how many direct probes a zone gets before it builds tables (0 = always tables). */
export function setDirectProbeBudget(budget: number): void {
  directProbeBudget = budget
}

/** Test hook: forget every cached zone. */
export function clearZoneCache(): void {
  records.clear()
  lastRecord = undefined
}

function createFormatter(id: string): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      numberingSystem: 'latn',
      calendar: 'gregory',
    })
  } catch {
    return undefined
  }
}

/**
 * The record of a zone id: validated once, then cached.
 * @throws SlotwiseError `INVALID_TIME_ZONE` with suggestions for an unknown id.
 */
export function getZone(timeZone: unknown, path = 'timeZone'): ZoneRecord {
  if (lastRecord !== undefined && lastRecord.id === timeZone) return lastRecord
  // Keys are strings, so anything else is simply not found (and refused by createRecord).
  let record = records.get(timeZone as string)
  if (record === undefined) {
    record = createRecord(timeZone, path)
    if (records.size >= MAX_CACHED_IDS) records.clear()
    records.set(record.id, record)
  }
  lastRecord = record
  return record
}

function createRecord(timeZone: unknown, path: string): ZoneRecord {
  const isCandidate = typeof timeZone === 'string' && timeZone.length > 0 && timeZone.length <= 64
  const fixedOffset = isCandidate ? parseFixedOffset(timeZone) : undefined
  // Offset-looking strings out of range (`+25:00`) must not reach Intl (Node 22 accepts some).
  const formatter =
    isCandidate && fixedOffset === undefined && !/^[+\-\u2212]/.test(timeZone)
      ? createFormatter(timeZone)
      : undefined
  if (fixedOffset === undefined && formatter === undefined) {
    throw new SlotwiseError('INVALID_TIME_ZONE', {
      path,
      details: {
        value: describeValue(timeZone),
        suggestions: typeof timeZone === 'string' ? suggestTimeZones(timeZone) : [],
      },
    })
  }
  return {
    id: timeZone as string,
    fixedOffset,
    formatter,
    chunks: new Map(),
    last: undefined,
    directProbes: 0,
  }
}

/**
 * Offset in seconds at epoch second `second`, straight from Intl: one `format()` call
 * (about 1 µs), parsed by hand. Years before 1800 use the 1800 offset (local mean time).
 */
function probe(formatter: Intl.DateTimeFormat, second: number): number {
  const at = Math.min(Math.max(second, EARLIEST_PROBE_SECONDS), LATEST_PROBE_SECONDS)
  const text = formatter.format(at * 1000)
  // en-US numeric: "M/D/YYYY, H:MM:SS"; read the six numbers in order without allocating.
  let field = 0
  let value = 0
  let inNumber = false
  for (let i = 0; i < text.length && field < 6; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit >= 0 && digit <= 9) {
      value = value * 10 + digit
      inNumber = true
    } else if (inNumber) {
      scratch[field++] = value
      value = 0
      inNumber = false
    }
  }
  if (inNumber && field < 6) scratch[field] = value
  // Some ICU versions print midnight as 24 even with h23: take hours mod 24.
  const wallSeconds =
    daysFromCivil(scratch[2]!, scratch[0]!, scratch[1]!) * 86_400 +
    (scratch[3]! % 24) * 3600 +
    scratch[4]! * 60 +
    scratch[5]!
  return wallSeconds - at
}

const scratch = new Int32Array(6)

function buildChunk(formatter: Intl.DateTimeFormat, index: number): Chunk {
  const start = index * CHUNK_SECONDS
  const end = start + CHUNK_SECONDS
  const transitions: number[] = []
  let offset = probe(formatter, start)
  const offsets = [offset]
  // Outside 1800…9999 the probe is clamped, so the offset there is constant.
  if (end > EARLIEST_PROBE_SECONDS && start < LATEST_PROBE_SECONDS) {
    for (let second = start; second < end - 1; ) {
      const next = Math.min(second + PROBE_STEP_SECONDS, end - 1)
      const nextOffset = probe(formatter, next)
      // Bisect (second, next] to the second, once per change in it: a step can hold two.
      while (offset !== nextOffset) {
        const before = offset
        const high = firstChange(second, next, (at) => probe(formatter, at) !== before)
        offset = high === next ? nextOffset : probe(formatter, high)
        transitions.push(high)
        offsets.push(offset)
        second = high
      }
      second = next
    }
  }
  return { start, end, transitions, offsets }
}

function chunkAt(zone: ZoneRecord, second: number): Chunk {
  const index = Math.floor(second / CHUNK_SECONDS)
  let chunk = zone.chunks.get(index)
  if (chunk === undefined) {
    chunk = buildChunk(zone.formatter!, index)
    zone.chunks.set(index, chunk)
  }
  zone.last = chunk
  return chunk
}

/**
 * Offset east of UTC, in seconds, at an instant (epoch milliseconds). Fast path: the last
 * chunk used, then a linear scan over its few transitions.
 */
export function offsetSecondsAt(zone: ZoneRecord, epochMilliseconds: number): number {
  if (zone.fixedOffset !== undefined) return zone.fixedOffset
  const second = Math.floor(epochMilliseconds / 1000)
  let chunk = zone.last
  if (chunk === undefined || second < chunk.start || second >= chunk.end) {
    chunk = zone.chunks.get(Math.floor(second / CHUNK_SECONDS))
    if (chunk === undefined) {
      // One-off conversions should not pay for a year of probes: ask Intl directly first.
      if (zone.directProbes < directProbeBudget) {
        zone.directProbes++
        return probe(zone.formatter!, second)
      }
      chunk = chunkAt(zone, second)
    }
    zone.last = chunk
  }
  const transitions = chunk.transitions
  let i = 0
  while (i < transitions.length && transitions[i]! <= second) i++
  return chunk.offsets[i]!
}

/** The wall time in `zone` of an instant, as milliseconds since 1970-01-01T00:00 local. */
export function wallOf(zone: ZoneRecord, instant: number): number {
  return instant + offsetSecondsAt(zone, instant) * 1000
}

/**
 * Every offset change in `[startSecond, endSecond)`, in order, with the offsets before and
 * after it.
 */
export function transitionsBetween(
  zone: ZoneRecord,
  startSecond: number,
  endSecond: number,
): TimeZoneTransition[] {
  const found: TimeZoneTransition[] = []
  if (zone.fixedOffset !== undefined) return found
  let before: number | undefined
  // From the chunk holding the second before the window: a change exactly at the window's
  // start that falls on a chunk boundary shows only as a new starting offset of the chunk.
  for (
    let index = Math.floor((startSecond - 1) / CHUNK_SECONDS);
    index * CHUNK_SECONDS < endSecond;
    index++
  ) {
    const chunk = chunkAt(zone, index * CHUNK_SECONDS)
    for (let i = 0; i < chunk.offsets.length; i++) {
      // offsets[0] holds from the chunk's start, offsets[i] from transitions[i - 1] on.
      const at = i === 0 ? chunk.start : chunk.transitions[i - 1]!
      const after = chunk.offsets[i]!
      if (before !== undefined && after !== before && at >= startSecond && at < endSecond) {
        found.push({ instant: at * 1000, offsetSecondsBefore: before, offsetSecondsAfter: after })
      }
      before = after
    }
  }
  return found
}

/** Smallest and largest instants the zone functions accept: 0001-01-02 to 9999-12-30 UTC. */
export const MIN_ZONE_INSTANT = daysFromCivil(1, 1, 2) * MS_PER_DAY
export const MAX_ZONE_INSTANT = daysFromCivil(9999, 12, 31) * MS_PER_DAY - 1

/** Internal: throws `INVALID_INSTANT` unless `instant` is an integer the zone functions support. */
export function assertZoneInstant(instant: unknown, path: string): asserts instant is Instant {
  // Written out rather than through isIntegerIn(): this is on the bulk instant→wall path,
  // which measured a few percent faster so.
  if (
    typeof instant !== 'number' ||
    !Number.isInteger(instant) ||
    instant < MIN_ZONE_INSTANT ||
    instant > MAX_ZONE_INSTANT
  ) {
    fail('INVALID_INSTANT', path, instant, 'integer epoch milliseconds in 0001-01-02…9999-12-30')
  }
}
