// The drivers of the all-exports fuzz suite: for every exported function of the core, how to
// build its arguments (valid, valid with one path mutated, purely adversarial), which codes it
// may throw, how long one call may take at most (a hang guard, not a benchmark), and what a
// returned value must look like. The `*.fuzz.test.ts` files run them through the harness in
// @slotwise/testkit (`fuzzCall`), which checks the codes, the `path`, the bound, that no
// argument was mutated and that no built-in prototype changed.
import {
  adversarialValue,
  arbitraryAssignment,
  arbitraryAvailabilityRequest,
  arbitraryCalendarEvents,
  arbitraryHostileValue,
  arbitraryInstant,
  arbitraryIntervalInput,
  arbitraryIntervalList,
  arbitraryIntervalSet,
  arbitraryMutation,
  arbitrarySchedule,
  arbitraryUntrustedInterval,
  arbitraryUntrustedIntervalList,
  arbitraryWideInterval,
  catalogueCodes,
  digitDateTextArbitrary,
  dtstartArbitrary,
  FIXED_OFFSET_TIME_ZONES,
  FuzzLedger,
  fuzzCall,
  hostileInputArbitrary,
  MAX_PLAIN_DATE,
  MAX_WALL_MILLISECONDS,
  MEGABYTE_STRING,
  MIN_PLAIN_DATE,
  MIN_WALL_MILLISECONDS,
  NOTABLE_TIME_ZONES,
  nearMissTextArbitrary,
  numRuns,
  ODD_NUMBERS,
  ODD_TIME_ZONES,
  plainDateFieldsArbitrary,
  plainDateTextArbitrary,
  plainDateTimeTextArbitrary,
  plainTimeSecondsArbitrary,
  plainTimeTextArbitrary,
  REQUEST_TIME_ZONES,
  rruleArbitrary,
  rruleObjectArbitrary,
  rruleTokenTextArbitrary,
  type TestAvailabilityRequest,
  type TestDtstart,
  wallMillisecondsArbitrary,
  wallStartTextArbitrary,
  windowDays,
  windowFirstDay,
  zoneInstantArbitrary,
  zoneLikeTextArbitrary,
} from '@slotwise/testkit'
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
// Vite's ?raw import: the README as text, with no file system call in the suite.
import readme from '../../README.md?raw'
import * as core from '../index.js'
import type { SlotwiseErrorCode } from '../SlotwiseError.js'

// ---------------------------------------------------------------------------------------
// What a driver is

/** How the suite drives one exported function. */
export interface Driver {
  /** The codes it may throw; every one is in the README's error catalogue (a test checks). */
  readonly codes: readonly SlotwiseErrorCode[]
  /** Its arguments, as a list: valid ones, valid ones with one path mutated, adversarial ones. */
  readonly inputs: fc.Arbitrary<readonly unknown[]>
  /** Calls the export with the arguments. */
  readonly run: (...args: never[]) => unknown
  /** Checks a returned value against the arguments; a message when it is wrong. */
  readonly validate?: (result: never, args: readonly unknown[]) => string | undefined
  /**
   * Runs per property from FC_NUM_RUNS, when one call is expensive enough that the full
   * count would not fit in a long local run (the engine: a tenth, never fewer than 50).
   */
  readonly runs?: (numRuns: number) => number
}

/**
 * The share of FC_NUM_RUNS for the expensive properties (the engine, and the interval
 * functions given the shared million-interval lists): a tenth, at least 200 (or all of them
 * when fewer), so the default run drives them fully and FC_NUM_RUNS=100000 stays within
 * minutes per property.
 */
export function tenthRuns(runs: number): number {
  return Math.max(Math.min(runs, 200), Math.round(runs / 10))
}

/**
 * The hang guard of each entry point: the most milliseconds one call may take. Each is at
 * least 20 times the worst call seen in local runs at FC_NUM_RUNS=2000 and 5000 (10 000 for
 * the interval functions) on a 2-core machine shared with other builds (load 10–14, where a
 * garbage collection of the shared long inputs can stall a trivial call for most of a
 * second), and never below 5000, so a loaded CI machine never trips it and only a hang or a
 * superlinear path does. The worst calls hold the shared long inputs: a million intervals,
 * 100 000 holidays, overrides or candidates.
 */
export const BOUNDS_MS: Readonly<Record<string, number>> = {
  // worst seen: 5000, 2016, 1839, 2259, 1520, 815, 1840, 74, 27, 688, 358, 988, 33 ms
  normalizeIntervals: 20_000,
  unionIntervals: 60_000,
  // Raised from 40 s: at FC_NUM_RUNS=100000 with two test processes one call took 37 s, a
  // collection of the million-interval inputs; union and subtract do the same merge.
  intersectIntervals: 60_000,
  subtractIntervals: 60_000,
  complementIntervals: 40_000,
  clampIntervals: 20_000,
  expandIntervals: 40_000,
  intervalsOverlap: 5000,
  intervalCovers: 5000,
  setOverlaps: 20_000,
  setCovers: 10_000,
  totalLength: 20_000,
  isCanonical: 5000,
  // worst seen: 5000, 384, 36, 106, 526, 201, 94, 362, 130, 739, 70, 145, 375, 252 ms
  parsePlainDate: 20_000,
  safeParsePlainDate: 10_000,
  formatPlainDate: 5000,
  plainDateFromFields: 5000,
  plainDateToFields: 20_000,
  addDays: 5000,
  weekdayOf: 5000,
  isoWeekOf: 10_000,
  parsePlainTime: 5000,
  safeParsePlainTime: 20_000,
  formatPlainTime: 5000,
  parsePlainDateTime: 5000,
  safeParsePlainDateTime: 10_000,
  formatPlainDateTime: 10_000,
  // worst seen: 5000, 828, 820, 89, 487, 278, 309, 289, 54, 373 ms (a zone's first table)
  toInstant: 20_000,
  toInstantFromWallMilliseconds: 20_000,
  toWallTime: 20_000,
  toWallMilliseconds: 5000,
  toOffsetDateTime: 10_000,
  offsetSeconds: 10_000,
  offsetMinutes: 10_000,
  validateTimeZone: 10_000,
  isValidTimeZone: 10_000,
  timeZoneTransitions: 10_000,
  // worst seen: 5000, 478, 676, 724 ms (a rule at its limits over ten years)
  parseRRule: 5000,
  safeParseRRule: 10_000,
  formatRRule: 20_000,
  expand: 20_000,
  // worst seen: 5000, 1396, 2538, 113, 169, 1301 ms (100 000 overrides, candidates)
  availability: 40_000,
  checkBooking: 40_000,
  planRecurringBooking: 60_000,
  validateSchedule: 5000,
  findConflicts: 5000,
  assign: 40_000,
  // worst seen: 5000, 0.9 ms
  SlotwiseError: 5000,
  isSlotwiseError: 5000,
}

/** The README's error catalogue, read from the package root. */
export const CATALOGUE: ReadonlySet<string> = catalogueCodes(readme)

// ---------------------------------------------------------------------------------------
// Building arguments

type Path = readonly (string | number)[]

/** Paths to the values inside `value` (the root included), a few levels and items deep. */
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path)
  if (path.length >= 8) return into
  if (Array.isArray(value)) {
    for (let i = 0; i < Math.min(value.length, 16); i++) pathsOf(value[i], [...path, i], into)
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value).slice(0, 16))
      pathsOf((value as Record<string, unknown>)[key], [...path, key], into)
  }
  return into
}

/** A copy of `value` with the value at `path` replaced; own keys are defined, never assigned. */
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item))
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  Object.defineProperty(copy, head as string, {
    value: replaceAt(copy[head as string], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return copy
}

/** Whether `value` holds more than 2,000 values (a long shared list somewhere inside). */
function isLarge(value: unknown): boolean {
  let budget = 2000
  const visit = (inner: unknown): boolean => {
    if (--budget < 0) return true
    if (typeof inner !== 'object' || inner === null) return false
    if (Array.isArray(inner)) return inner.length > budget || inner.some(visit)
    return Object.values(inner).some(visit)
  }
  return visit(value)
}

/** Whether JSON can write `value` (arbitraryMutation writes and re-reads objects to add a `__proto__` key). */
function isJson(value: unknown): boolean {
  try {
    JSON.stringify(value)
    return true
  } catch {
    return false
  }
}

/** `value` with the value at one of its paths replaced by one from `replacement`. */
export function mutateOne(value: unknown, replacement: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths = pathsOf(value)
  return fc.tuple(fc.constantFrom(...paths), replacement).map(([path, next]) => replaceAt(value, path, next))
}

/** Anything adversarial, plus random JSON and the oddities a caller's JSON may hold. */
export function anyValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: adversarialValue() },
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: hostileInputArbitrary() },
  )
}

/**
 * A driver's arguments: valid ones unchanged, valid ones with one argument mutated by the
 * testkit's `arbitraryMutation` (a hostile value, a far instant or a `__proto__` key at one
 * path) or with an adversarial value (1 MB strings, deep nesting, a million items, odd
 * numbers and zones) at one path, and adversarial values throughout. Arguments at the
 * indices in `typed` (a `path` label for errors) stay as the valid input has them: they are
 * typed strings the caller writes, not data it forwards.
 */
export function argumentsFrom(
  valid: fc.Arbitrary<readonly unknown[]>,
  typed: readonly number[] = [],
): fc.Arbitrary<readonly unknown[]> {
  const oneArgument = (replace: (value: unknown) => fc.Arbitrary<unknown>) =>
    valid.chain((args) => {
      const open = args.map((_, i) => i).filter((i) => !typed.includes(i))
      return fc
        .constantFrom(...open)
        .chain((i) => replace(args[i]).map((next) => args.map((arg, j) => (j === i ? next : arg))))
    })
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    // arbitraryMutation lists every path of its value: long lists get one path replaced instead.
    {
      weight: 3,
      arbitrary: oneArgument((value) =>
        isLarge(value) || !isJson(value)
          ? mutateOne(value, arbitraryHostileValue())
          : arbitraryMutation(value),
      ),
    },
    { weight: 3, arbitrary: oneArgument((value) => mutateOne(value, anyValue())) },
    {
      weight: 2,
      arbitrary: valid.chain((args) =>
        fc.tuple(...args.map((arg, i) => (typed.includes(i) ? fc.constant(arg) : anyValue()))),
      ),
    },
  )
}

// ---------------------------------------------------------------------------------------
// Checking results

/** Where `value` is not plain JSON data (objects, arrays, strings, finite numbers, booleans, null). */
export function jsonProblem(value: unknown, path = 'result', depth = 0): string | undefined {
  if (depth > 32) return `${path} is nested more than 32 deep`
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = jsonProblem(value[i], `${path}[${i}]`, depth + 1)
      if (problem !== undefined) return problem
    }
    return undefined
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, inner] of Object.entries(value)) {
      const problem = jsonProblem(inner, `${path}.${key}`, depth + 1)
      if (problem !== undefined) return problem
    }
    return undefined
  }
  return `${path} is not JSON data (${typeof value})`
}

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value)
const isBoolean = (value: unknown) =>
  typeof value === 'boolean' ? undefined : `not a boolean: ${String(value)}`

interface Span {
  readonly start: number
  readonly end: number
}

/** A canonical set inside the instant range, without -0. */
function checkSet(result: unknown): string | undefined {
  if (!core.isCanonical(result)) return 'not a canonical interval set'
  for (const { start, end } of result) {
    if (start < -8.64e15 || end > 8.64e15) return `outside ±8.64e15: [${start}, ${end})`
  }
  return undefined
}

/** A canonical set inside `window`. */
function checkSetWithin(result: unknown, window: Span): string | undefined {
  const problem = checkSet(result)
  if (problem !== undefined) return problem
  for (const { start, end } of result as Span[]) {
    if (start < window.start || end > window.end) return `[${start}, ${end}) is outside the window`
  }
  return undefined
}

/** A canonical set inside the set `outer` (any valid list); sampled for long results. */
function checkSubset(result: unknown, outer: unknown): string | undefined {
  const problem = checkSet(result)
  if (problem !== undefined) return problem
  if ((result as Span[]).length > 1000) return undefined
  const normalized = core.normalizeIntervals(outer as Span[])
  for (const interval of result as Span[]) {
    if (!core.setCovers(normalized, interval))
      return `[${interval.start}, ${interval.end}) is not in the input`
  }
  return undefined
}

/** Whether no interval of `result` overlaps the set `other` (any valid list); long results pass. */
function disjoint(result: readonly Span[], other: unknown): boolean {
  if (result.length > 1000) return true
  const normalized = core.normalizeIntervals(other as Span[])
  return result.every((x) => !core.setOverlaps(normalized, x))
}

/** A `safeParse…` result: the parsed value, or one issue with a documented code and a path. */
function checkSafeResult(
  result: unknown,
  codes: readonly string[],
  value: (parsed: unknown) => string | undefined,
): string | undefined {
  const safe = result as { success: unknown; value?: unknown; issues?: unknown }
  if (safe.success === true) return value(safe.value)
  if (safe.success !== false || !Array.isArray(safe.issues) || safe.issues.length === 0)
    return 'not a SafeParseResult'
  for (const issue of safe.issues as { code: unknown; path: unknown }[]) {
    if (!codes.includes(issue.code as string)) return `an issue with undocumented code ${String(issue.code)}`
    if (typeof issue.path !== 'string') return 'an issue without a path'
  }
  return undefined
}

/** Sorted by start then end, every item inside `[window.start, window.end]` and not empty. */
function checkSlots(slots: unknown, window: Span, what: string): string | undefined {
  if (!Array.isArray(slots)) return `${what} is not an array`
  let previous: Span | undefined
  for (const slot of slots as Span[]) {
    if (!isInteger(slot.start) || !isInteger(slot.end) || slot.start >= slot.end) return `${what}: a bad slot`
    if (slot.start < window.start || slot.end > window.end) return `${what}: a slot outside the window`
    if (
      previous !== undefined &&
      (slot.start < previous.start || (slot.start === previous.start && slot.end < previous.end))
    )
      return `${what}: not sorted`
    previous = slot
  }
  return undefined
}

// ---------------------------------------------------------------------------------------
// Shared argument pieces

const ZONES: readonly string[] = [...NOTABLE_TIME_ZONES, ...FIXED_OFFSET_TIME_ZONES]
const anyZone = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ZONES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TIME_ZONES) },
  { weight: 1, arbitrary: zoneLikeTextArbitrary(ZONES) },
)
const zoneInstant = fc.oneof(
  { weight: 4, arbitrary: zoneInstantArbitrary() },
  { weight: 1, arbitrary: arbitraryInstant() },
)
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(MEGABYTE_STRING, ''))
const pathArgument = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', MEGABYTE_STRING),
)
const DAY = 86_400_000
/** The biggest window each function accepts, and a little more: decades of days. */
const decades = fc
  .tuple(zoneInstant, fc.constantFrom(366, 3660, 3661, 36_600, 200 * 366, 200 * 366 + 1, 10_000 * 366))
  .map(([start, days]) => ({ start, end: start + days * DAY }))

// ---------------------------------------------------------------------------------------
// Intervals

/**
 * Long valid lists, shared by reference: a million in order (the one-pass path) and a hundred
 * thousand out of order (the sort). A superlinear function would show in the ledger's worst ms.
 */
const MILLION_INTERVALS: readonly Span[] = Array.from({ length: 1_000_000 }, (_, i) => ({
  start: i * 3000,
  end: i * 3000 + 1500,
}))
const SHUFFLED_INTERVALS: readonly Span[] = Array.from({ length: 100_000 }, (_, i) => {
  const start = ((i * 7919) % 100_003) * 1000
  return { start, end: start + 1500 }
})
const intervalCodes: SlotwiseErrorCode[] = ['INVALID_ARGUMENT', 'INVALID_INTERVAL', 'INVALID_INSTANT']
const intervalList = fc.oneof(
  { weight: 24, arbitrary: arbitraryIntervalInput() },
  { weight: 16, arbitrary: fc.array(arbitraryWideInterval(), { maxLength: 8 }) },
  // Long lists, repeating a few intervals: the algebra is linear in them.
  {
    weight: 4,
    arbitrary: fc
      .tuple(arbitraryIntervalList(4), fc.constantFrom(100, 1000))
      .map(([seed, length]) =>
        Array.from({ length }, (_, i) => seed[i % Math.max(1, seed.length)] ?? { start: i, end: i + 1 }),
      ),
  },
  { weight: 8, arbitrary: arbitraryUntrustedIntervalList() },
  { weight: 1, arbitrary: fc.constantFrom(MILLION_INTERVALS, SHUFFLED_INTERVALS) },
)
const interval = fc.oneof(
  { weight: 3, arbitrary: arbitraryWideInterval() },
  { weight: 2, arbitrary: arbitraryIntervalSet(1).map((set) => set[0] ?? { start: 0, end: 0 }) },
  { weight: 1, arbitrary: arbitraryUntrustedInterval() },
)
const duration = fc.oneof(
  fc.nat(),
  fc.constantFrom(0, 60_000, 8.64e15, 1.728e16),
  fc.constantFrom(...ODD_NUMBERS),
)

function intervalDriver(
  run: (...args: never[]) => unknown,
  valid: fc.Arbitrary<readonly unknown[]>,
  validate: NonNullable<Driver['validate']>,
  typed: readonly number[] = [],
): Driver {
  // Lists draw the shared million-interval constant now and then: a tenth of the runs.
  return { codes: intervalCodes, inputs: argumentsFrom(valid, typed), run, validate, runs: tenthRuns }
}

export const intervalDrivers: Record<string, Driver> = {
  normalizeIntervals: intervalDriver(
    (list: never, path: never) => core.normalizeIntervals(list, path),
    fc.tuple(intervalList, pathArgument),
    (result) => checkSet(result),
    [1],
  ),
  unionIntervals: intervalDriver(
    core.unionIntervals,
    fc.tuple(intervalList, intervalList),
    (result, [a, b]) =>
      checkSet(result) ??
      (core.totalLength(result) < core.totalLength(core.normalizeIntervals(a as Span[])) ||
      core.totalLength(result) < core.totalLength(core.normalizeIntervals(b as Span[]))
        ? 'smaller than an input'
        : undefined),
  ),
  intersectIntervals: intervalDriver(
    core.intersectIntervals,
    fc.tuple(intervalList, intervalList),
    (result, [a, b]) => checkSubset(result, a) ?? checkSubset(result, b),
  ),
  subtractIntervals: intervalDriver(
    core.subtractIntervals,
    fc.tuple(intervalList, intervalList),
    (result, [a, b]) =>
      checkSubset(result, a) ?? (disjoint(result as Span[], b) ? undefined : 'overlaps what was subtracted'),
  ),
  complementIntervals: intervalDriver(
    core.complementIntervals,
    fc.tuple(intervalList, interval),
    (result, [set, window]) =>
      checkSetWithin(result, window as Span) ??
      (disjoint(result as Span[], set) ? undefined : 'overlaps the set'),
  ),
  clampIntervals: intervalDriver(
    core.clampIntervals,
    fc.tuple(intervalList, interval),
    (result, [set, window]) => checkSetWithin(result, window as Span) ?? checkSubset(result, set),
  ),
  expandIntervals: intervalDriver(
    core.expandIntervals,
    fc.tuple(intervalList, duration, duration),
    (result, [set]) =>
      checkSet(result) ??
      ((result as Span[]).length > 1000 ||
      core.normalizeIntervals(set as Span[]).every((x) => core.setCovers(result, x))
        ? undefined
        : 'lost part of the input'),
  ),
  intervalsOverlap: intervalDriver(core.intervalsOverlap, fc.tuple(interval, interval), isBoolean),
  intervalCovers: intervalDriver(core.intervalCovers, fc.tuple(interval, interval), isBoolean),
  setOverlaps: intervalDriver(core.setOverlaps, fc.tuple(intervalList, interval), isBoolean),
  setCovers: intervalDriver(core.setCovers, fc.tuple(intervalList, interval), isBoolean),
  totalLength: intervalDriver(core.totalLength, fc.tuple(intervalList), (result: number) =>
    isInteger(result) && result >= 0 ? undefined : `not a non-negative integer: ${result}`,
  ),
  isCanonical: intervalDriver(core.isCanonical, fc.tuple(intervalList), isBoolean),
}

// ---------------------------------------------------------------------------------------
// Calendar

const plainDay = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: MIN_PLAIN_DATE, max: MAX_PLAIN_DATE }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(MIN_PLAIN_DATE, MAX_PLAIN_DATE, MIN_PLAIN_DATE - 1, MAX_PLAIN_DATE + 1, 0, -0),
  },
)
const dayCount = fc.oneof(
  fc.integer({ min: -4_000_000, max: 4_000_000 }),
  fc.integer({ min: -400, max: 400 }),
)
const dateText = fc.oneof(
  plainDateTextArbitrary(),
  digitDateTextArbitrary(),
  nearMissTextArbitrary(plainDateTextArbitrary()),
)
const timeText = fc.oneof(plainTimeTextArbitrary(), nearMissTextArbitrary(plainTimeTextArbitrary()))
const dateTimeText = fc.oneof(
  plainDateTimeTextArbitrary(),
  nearMissTextArbitrary(plainDateTimeTextArbitrary()),
)
const wall = fc.oneof(
  { weight: 4, arbitrary: wallMillisecondsArbitrary() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(MIN_WALL_MILLISECONDS, MAX_WALL_MILLISECONDS, MAX_WALL_MILLISECONDS + 1),
  },
)
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const inDateRange = (days: unknown) => isInteger(days) && days >= MIN_PLAIN_DATE && days <= MAX_PLAIN_DATE

function calendarDriver(
  run: (...args: never[]) => unknown,
  codes: SlotwiseErrorCode[],
  valid: fc.Arbitrary<readonly unknown[]>,
  validate: NonNullable<Driver['validate']>,
  typed: readonly number[] = [],
): Driver {
  return { codes, inputs: argumentsFrom(valid, typed), run, validate }
}

/** Drivers for `parse<name>` and `safeParse<name>`: the same text, the safe form returning the code as an issue. */
function parserDrivers(
  name: string,
  parse: (text: never, path: never) => unknown,
  safeParse: (text: never, path: never) => unknown,
  codes: SlotwiseErrorCode[],
  text: fc.Arbitrary<string>,
  check: (value: unknown) => string | undefined,
): Record<string, Driver> {
  const inputs = fc.tuple(fc.oneof(text, anyText), pathArgument)
  return {
    [`parse${name}`]: calendarDriver(parse, codes, inputs, check, [1]),
    [`safeParse${name}`]: calendarDriver(
      safeParse,
      [],
      inputs,
      (result) => checkSafeResult(result, codes, check),
      [1],
    ),
  }
}

const dateOnly: SlotwiseErrorCode[] = ['INVALID_DATE']
const checkParsedDate = (days: unknown) =>
  inDateRange(days) && core.parsePlainDate(core.formatPlainDate(days as number)) === days
    ? undefined
    : `not a day that formats and parses back: ${String(days)}`
const checkParsedTime = (seconds: unknown) =>
  isInteger(seconds) &&
  seconds >= 0 &&
  seconds <= 86_400 &&
  core.parsePlainTime(core.formatPlainTime(seconds)) === seconds
    ? undefined
    : `not seconds of day that format and parse back: ${String(seconds)}`
const checkParsedWall = (wallMs: unknown) =>
  isInteger(wallMs) && core.parsePlainDateTime(core.formatPlainDateTime(wallMs)) === wallMs
    ? undefined
    : `not wall milliseconds that format and parse back: ${String(wallMs)}`

export const calendarDrivers: Record<string, Driver> = {
  ...parserDrivers(
    'PlainDate',
    (text: never, path: never) => core.parsePlainDate(text, path),
    (text: never, path: never) => core.safeParsePlainDate(text, path),
    dateOnly,
    dateText,
    checkParsedDate,
  ),
  formatPlainDate: calendarDriver(
    core.formatPlainDate,
    dateOnly,
    fc.tuple(plainDay),
    (text: string, [days]) =>
      typeof text === 'string' &&
      DATE_PATTERN.test(text) &&
      core.parsePlainDate(text) === (days as number) + 0
        ? undefined
        : `does not parse back: ${text}`,
  ),
  plainDateFromFields: calendarDriver(
    (fields: never) => core.plainDateFromFields(fields),
    dateOnly,
    fc.tuple(plainDateFieldsArbitrary()),
    (days: number, [fields]) => {
      const back = core.plainDateToFields(days)
      const given = fields as { year: number; month: number; day: number }
      return back.year === given.year && back.month === given.month && back.day === given.day
        ? undefined
        : `does not give its fields back: ${days}`
    },
  ),
  plainDateToFields: calendarDriver(core.plainDateToFields, dateOnly, fc.tuple(plainDay), (fields, [days]) =>
    core.plainDateFromFields(fields) === (days as number) + 0
      ? undefined
      : 'fields that do not give the day back',
  ),
  addDays: calendarDriver(
    core.addDays,
    ['INVALID_DATE', 'INVALID_ARGUMENT'],
    fc.tuple(plainDay, dayCount),
    (result: number, [days, count]) =>
      inDateRange(result) && result === (days as number) + (count as number)
        ? undefined
        : `wrong day: ${result}`,
  ),
  weekdayOf: calendarDriver(core.weekdayOf, dateOnly, fc.tuple(plainDay), (result: number, [days]) =>
    result === ((((days as number) % 7) + 10) % 7) + 1 ? undefined : `wrong weekday: ${result}`,
  ),
  isoWeekOf: calendarDriver(
    core.isoWeekOf,
    dateOnly,
    fc.tuple(plainDay),
    (result: { year: number; week: number }) =>
      isInteger(result.year) && isInteger(result.week) && result.week >= 1 && result.week <= 53
        ? undefined
        : `not an ISO week: ${JSON.stringify(result)}`,
  ),
  ...parserDrivers(
    'PlainTime',
    (text: never, path: never) => core.parsePlainTime(text, path),
    (text: never, path: never) => core.safeParsePlainTime(text, path),
    ['INVALID_TIME'],
    timeText,
    checkParsedTime,
  ),
  formatPlainTime: calendarDriver(
    (seconds: never, options: never) => core.formatPlainTime(seconds, options),
    ['INVALID_TIME', 'INVALID_ARGUMENT'],
    fc.tuple(
      plainTimeSecondsArbitrary(),
      fc.option(fc.record({ precision: fc.constantFrom('second', 'minute') }, { requiredKeys: [] }), {
        nil: undefined,
      }),
    ),
    (text: string, [seconds]) =>
      core.parsePlainTime(text) === (seconds as number) + 0 ? undefined : `does not parse back: ${text}`,
  ),
  ...parserDrivers(
    'PlainDateTime',
    (text: never, path: never) => core.parsePlainDateTime(text, path),
    (text: never, path: never) => core.safeParsePlainDateTime(text, path),
    ['INVALID_DATE_TIME'],
    dateTimeText,
    checkParsedWall,
  ),
  formatPlainDateTime: calendarDriver(
    core.formatPlainDateTime,
    ['INVALID_DATE_TIME'],
    fc.tuple(wall),
    (text: string, [wallMs]) =>
      core.parsePlainDateTime(text) === (wallMs as number) + 0 ? undefined : `does not parse back: ${text}`,
  ),
}

// ---------------------------------------------------------------------------------------
// Time zones

const zoneCodes: SlotwiseErrorCode[] = ['INVALID_INSTANT', 'INVALID_TIME_ZONE']
const toInstantCodes: SlotwiseErrorCode[] = [
  'INVALID_DATE_TIME',
  'INVALID_TIME_ZONE',
  'INVALID_ARGUMENT',
  'NONEXISTENT_TIME',
  'AMBIGUOUS_TIME',
]
const disambiguation = fc.option(
  fc.record(
    { disambiguation: fc.constantFrom('compatible', 'earlier', 'later', 'reject') },
    { requiredKeys: [] },
  ),
  { nil: undefined },
)
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}(:\d{2})?$/
const checkInstant = (instant: unknown) =>
  isInteger(instant) && Math.abs(instant) <= 8.64e15
    ? undefined
    : `not an integer instant: ${String(instant)}`

function zoneDriver(
  run: (...args: never[]) => unknown,
  codes: SlotwiseErrorCode[],
  valid: fc.Arbitrary<readonly unknown[]>,
  validate: NonNullable<Driver['validate']>,
  typed: readonly number[] = [],
): Driver {
  return { codes, inputs: argumentsFrom(valid, typed), run, validate }
}

export const zoneDrivers: Record<string, Driver> = {
  toInstant: zoneDriver(
    (wallTime: never, timeZone: never, options: never) => core.toInstant(wallTime, timeZone, options),
    toInstantCodes,
    fc.tuple(fc.oneof(wallStartTextArbitrary({ min: 1, max: 9999 }), dateTimeText), anyZone, disambiguation),
    checkInstant,
  ),
  toInstantFromWallMilliseconds: zoneDriver(
    (wallMs: never, timeZone: never, options: never) =>
      core.toInstantFromWallMilliseconds(wallMs, timeZone, options),
    toInstantCodes,
    fc.tuple(wall, anyZone, disambiguation),
    checkInstant,
  ),
  toWallTime: zoneDriver(
    core.toWallTime,
    zoneCodes,
    fc.tuple(zoneInstant, anyZone),
    (text: string, [instant, zone]) =>
      core.parsePlainDateTime(text) === core.toWallMilliseconds(instant as number, zone as string)
        ? undefined
        : `not the wall time: ${text}`,
  ),
  toWallMilliseconds: zoneDriver(
    core.toWallMilliseconds,
    zoneCodes,
    fc.tuple(zoneInstant, anyZone),
    (result: number, [instant, zone]) =>
      isInteger(result) &&
      result - (instant as number) === core.offsetSeconds(instant as number, zone as string) * 1000
        ? undefined
        : `not instant plus offset: ${result}`,
  ),
  toOffsetDateTime: zoneDriver(
    core.toOffsetDateTime,
    zoneCodes,
    fc.tuple(zoneInstant, anyZone),
    (text: string) =>
      typeof text === 'string' && OFFSET_DATE_TIME.test(text) ? undefined : `not RFC 3339: ${text}`,
  ),
  offsetSeconds: zoneDriver(
    core.offsetSeconds,
    zoneCodes,
    fc.tuple(zoneInstant, anyZone),
    (result: number) =>
      isInteger(result) && Math.abs(result) < 86_400 ? undefined : `not an offset: ${result}`,
  ),
  offsetMinutes: zoneDriver(
    core.offsetMinutes,
    zoneCodes,
    fc.tuple(zoneInstant, anyZone),
    (result: number, [instant, zone]) =>
      result === core.offsetSeconds(instant as number, zone as string) / 60
        ? undefined
        : `not seconds / 60: ${result}`,
  ),
  validateTimeZone: zoneDriver(
    (timeZone: never, path: never) => core.validateTimeZone(timeZone, path),
    ['INVALID_TIME_ZONE'],
    fc.tuple(anyZone, pathArgument),
    (result, [timeZone]) => (result === timeZone ? undefined : 'did not return the id as given'),
    [1],
  ),
  isValidTimeZone: zoneDriver(core.isValidTimeZone, [], fc.tuple(anyZone), (result: boolean, [timeZone]) => {
    let accepted = true
    try {
      core.validateTimeZone(timeZone)
    } catch {
      accepted = false
    }
    return result === accepted ? undefined : `said ${String(result)}, validateTimeZone disagrees`
  }),
  timeZoneTransitions: zoneDriver(
    core.timeZoneTransitions,
    ['INVALID_INSTANT', 'INVALID_INTERVAL', 'RANGE_TOO_LARGE', 'INVALID_TIME_ZONE'],
    fc.tuple(
      anyZone,
      fc.oneof(
        arbitraryWideInterval(),
        decades,
        zoneInstant.map((start) => ({ start, end: start + 731 * DAY })),
      ),
    ),
    (result, [, window]) => {
      const { start, end } = window as Span
      let previous = Number.NEGATIVE_INFINITY
      for (const t of result as {
        instant: number
        offsetSecondsBefore: number
        offsetSecondsAfter: number
      }[]) {
        if (!isInteger(t.instant) || t.instant < start || t.instant >= end || t.instant <= previous)
          return 'transitions out of order or outside the window'
        if (t.offsetSecondsBefore === t.offsetSecondsAfter) return 'a transition that changes nothing'
        previous = t.instant
      }
      return undefined
    },
  ),
}

// ---------------------------------------------------------------------------------------
// Recurrence

const rruleCodes: SlotwiseErrorCode[] = ['INVALID_RRULE', 'INVALID_ARGUMENT', 'TEXT_TOO_LONG']
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const signed = (max: number) => [...range(1, max), ...range(1, max).map((n) => -n)]

/**
 * Rules with parts at their limits (or one past them): every BYSECOND, BYMINUTE and BYHOUR,
 * ordinals ±53 and ±5, BYYEARDAY and BYSETPOS ±366, COUNT 10 000, INTERVAL 1000, UNTIL in
 * year 1 or 9999. Built per frequency with the parts RFC 5545 allows with it, so many parse
 * and reach the expansion's caps.
 */
export const limitRRuleText: fc.Arbitrary<string> = fc
  .constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY')
  .chain((freq) => {
    const yearly = freq === 'YEARLY'
    const dayLevel = freq === 'WEEKLY' || freq === 'DAILY'
    const full = <T>(all: T[], edges: T[]) => fc.constantFrom(all, edges)
    return fc
      .record(
        {
          interval: fc.constantFrom(1, 1, 1, 1000, 1001),
          end: fc.constantFrom(
            '',
            '',
            'COUNT=10000',
            'COUNT=10001',
            'UNTIL=99991231T235959Z',
            'UNTIL=00010101',
          ),
          BYSECOND: full(range(0, 60), [0, 60]),
          BYMINUTE: full(range(0, 59), [0, 59]),
          BYHOUR: full(range(0, 23), [0, 23]),
          BYDAY: dayLevel
            ? fc.constant(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])
            : full(
                freq === 'MONTHLY'
                  ? signed(5).flatMap((n) => [`${n}MO`, `${n}SU`])
                  : signed(53).map((n) => `${n}FR`),
                freq === 'MONTHLY' ? ['5FR', '-5FR'] : ['53MO', '-53MO'],
              ),
          BYMONTHDAY: freq === 'WEEKLY' ? fc.constant(undefined) : full(signed(31), [31, -31]),
          BYYEARDAY: yearly ? full(signed(60), [366, -366]) : fc.constant(undefined),
          BYWEEKNO: yearly ? full(signed(53), [53, -53]) : fc.constant(undefined),
          BYMONTH: full(range(1, 12), [2]),
          BYSETPOS: fc.constantFrom([1], [-1], [366, -366], signed(40)),
          WKST: fc.constantFrom('MO', 'SU'),
        },
        { requiredKeys: ['interval', 'end'] },
      )
      .map(({ interval, end, ...parts }) => {
        const text = [`FREQ=${freq}`, `INTERVAL=${interval}`]
        if (end !== '') text.push(end)
        // Ordinals in BYDAY are not allowed beside BYWEEKNO: drop the ordinals then.
        if (parts.BYWEEKNO !== undefined && parts.BYDAY !== undefined && yearly) parts.BYDAY = ['MO']
        for (const [name, values] of Object.entries(parts))
          if (values !== undefined) text.push(`${name}=${Array.isArray(values) ? values.join(',') : values}`)
        return text.join(';')
      })
  })

const validRRuleText = dtstartArbitrary().chain((dtstart) =>
  rruleArbitrary({ dtstart, bySetPos: 'positive' }).map((rule) => rule.text),
)
const rruleText = fc.oneof(
  { weight: 4, arbitrary: validRRuleText },
  { weight: 3, arbitrary: rruleTokenTextArbitrary() },
  { weight: 2, arbitrary: limitRRuleText },
  { weight: 1, arbitrary: nearMissTextArbitrary(validRRuleText) },
)
const parseOptions = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        maxCount: fc.constantFrom(1, 10_000, 1e7, 1e7 + 1),
        maxInterval: fc.constantFrom(1, 1000, 1e6),
        maxLength: fc.constantFrom(1, 2048, 65_536, 65_537),
      },
      { requiredKeys: [] },
    ),
  },
)

/** A hundred thousand EXDATEs as wall times, shared by reference: the work is linear in them. */
const LONG_EXDATES: readonly string[] = Array.from({ length: 100_000 }, (_, i) =>
  new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 16),
)

const pad = (value: number, width = 2) => String(value).padStart(width, '0')
const dtstartText = ({ year, month, day, hour, minute }: TestDtstart) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`
const compactDtstart = ({ year, month, day, hour, minute }: TestDtstart) =>
  `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}00`

/**
 * A valid recurrence (a DTSTART, a zone, a rule as text, iCalendar lines or an object,
 * EXDATEs and RDATEs) and a window from a month before DTSTART, a day to ten years long,
 * now and then one past the caps (3661 days, decades).
 */
const recurrenceAndWindow = dtstartArbitrary().chain((dtstart) => {
  const start = dtstartText(dtstart)
  const zone = fc.constantFrom(...REQUEST_TIME_ZONES, 'Pacific/Apia', 'America/Havana')
  const rule = rruleArbitrary({ dtstart, bySetPos: 'positive' }).map((r) => r.text)
  const nearby = fc.integer({ min: 0, max: 400 }).map((days) => {
    const date = new Date(
      Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day + days, dtstart.hour, dtstart.minute),
    )
    return date.toISOString().slice(0, 16)
  })
  const first = Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day)
  const window = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.integer({ min: -31, max: 400 }), fc.constantFrom(1, 7, 31, 92, 366, 3660))
        .map(([offset, days]) => ({ start: first + offset * DAY, end: first + (offset + days) * DAY })),
    },
    { weight: 1, arbitrary: fc.constant({ start: first, end: first + 3661 * DAY }) },
    { weight: 1, arbitrary: decades },
  )
  const recurrence = fc.oneof(
    fc.record(
      {
        dtstart: fc.constant(start),
        timeZone: zone,
        rrule: fc.oneof(
          { weight: 2, arbitrary: rule },
          { weight: 1, arbitrary: rruleObjectArbitrary() },
          { weight: 2, arbitrary: limitRRuleText },
        ),
        exdates: fc.oneof(
          {
            weight: 20,
            arbitrary: fc.array(
              fc.oneof(
                nearby,
                nearby.map((text) => text.slice(0, 10)),
              ),
              { maxLength: 4 },
            ),
          },
          { weight: 1, arbitrary: fc.constant(LONG_EXDATES) },
        ),
        rdates: fc.array(nearby, { maxLength: 3 }),
      },
      { requiredKeys: ['dtstart', 'rrule'] },
    ),
    fc.tuple(zone, rule, fc.array(nearby, { maxLength: 3 })).map(([timeZone, text, exdates]) => ({
      rrule: [
        `DTSTART;TZID=${timeZone}:${compactDtstart(dtstart)}`,
        `RRULE:${text}`,
        ...exdates.map((d) => `EXDATE;TZID=${timeZone}:${d.replace(/[-:]/g, '')}00`),
      ].join('\n'),
    })),
  )
  return fc.tuple(recurrence, window)
})
/** A rule at its limits over the widest window: the expansion's own caps must stop the work. */
const limitExpansion = fc
  .tuple(
    dtstartArbitrary(),
    limitRRuleText,
    fc.constantFrom(...REQUEST_TIME_ZONES),
    fc.constantFrom(31, 366, 3660),
  )
  .map(([dtstart, rrule, timeZone, days]) => {
    const first = Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day)
    return [
      { dtstart: dtstartText(dtstart), timeZone, rrule },
      { start: first, end: first + days * DAY },
      { maxLength: 65_536 },
    ]
  })
const expandOptions = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record({ skipNonexistent: fc.boolean(), includeStart: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        limit: fc.constantFrom(0, 1, 10_000, 1e7),
        skipNonexistent: fc.boolean(),
        maxPeriods: fc.constantFrom(1, 1_000_000, 1e8),
        maxWindowDays: fc.constantFrom(1, 3660, 36_600),
        includeStart: fc.boolean(),
        maxCount: fc.constantFrom(1, 10_000, 1e7),
        maxInterval: fc.constantFrom(1, 1000, 1e6),
        maxLength: fc.constantFrom(1, 2048, 65_536),
      },
      { requiredKeys: [] },
    ),
  },
)

function checkRule(rule: unknown): string | undefined {
  const text = core.formatRRule(rule as core.RRule)
  const again = core.parseRRule(text, { maxLength: 65_536, maxCount: 1e7, maxInterval: 1e6 })
  // Keys in a fixed order: the parser adds them in the order of the text.
  const sorted = (value: object) => JSON.stringify(Object.fromEntries(Object.entries(value).sort()))
  return sorted(again) === sorted(rule as object) ? undefined : `does not round-trip: ${text}`
}

export const recurrenceDrivers: Record<string, Driver> = {
  parseRRule: {
    codes: rruleCodes,
    inputs: argumentsFrom(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: rruleText }, { weight: 1, arbitrary: anyText }),
        parseOptions,
      ),
    ),
    run: (text: never, options: never) => core.parseRRule(text, options),
    validate: checkRule,
  },
  safeParseRRule: {
    codes: [],
    inputs: argumentsFrom(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: rruleText }, { weight: 1, arbitrary: anyText }),
        parseOptions,
      ),
    ),
    run: (text: never, options: never) => core.safeParseRRule(text, options),
    validate: (result) => checkSafeResult(result, rruleCodes, checkRule),
  },
  formatRRule: {
    codes: rruleCodes,
    inputs: argumentsFrom(fc.tuple(rruleObjectArbitrary({ maxCount: 10_000, maxInterval: 1000 }))),
    run: core.formatRRule,
    // The text parses to the rule (lists as sets: the parser drops repeats) and formats back to itself.
    validate: (text: string, [rule]) => {
      const again = core.parseRRule(text, { maxLength: 65_536, maxCount: 1e7, maxInterval: 1e6 })
      const given = rule as Record<string, unknown>
      const item = (v: unknown) =>
        typeof v === 'object' && v !== null
          ? `${(v as core.ByDay).ordinal ?? ''}${(v as core.ByDay).weekday}`
          : String(v)
      const same = Object.entries(again).every(([key, value]) =>
        Array.isArray(value)
          ? [...new Set((given[key] as unknown[]).map(item))].join() === value.map(item).join()
          : value === (given[key] ?? (key === 'interval' ? 1 : key === 'wkst' ? 'MO' : undefined)),
      )
      return same && core.formatRRule(again) === text ? undefined : `${text} is not the text of the rule`
    },
  },
  expand: {
    codes: [
      'INVALID_RRULE',
      'INVALID_ARGUMENT',
      'TEXT_TOO_LONG',
      'INVALID_TIME_ZONE',
      'INVALID_INTERVAL',
      'INVALID_INSTANT',
      'RANGE_TOO_LARGE',
      'TOO_MANY_PERIODS',
      'TOO_MANY_INSTANCES',
    ],
    inputs: argumentsFrom(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.tuple(recurrenceAndWindow, expandOptions).map(([[r, w], options]) => [r, w, options]),
        },
        { weight: 1, arbitrary: limitExpansion },
      ),
    ),
    run: (recurrence: never, window: never, options: never) => core.expand(recurrence, window, options),
    validate: (result: number[], [, window, options]) => {
      const { start, end } = window as Span
      const limit = (options as { limit?: number } | undefined)?.limit ?? 10_000
      if (!Array.isArray(result) || result.length > limit) return 'more instances than the limit'
      for (let i = 0; i < result.length; i++) {
        const instant = result[i]
        if (!isInteger(instant) || instant < start || instant >= end)
          return `${instant} is outside the window`
        if (i > 0 && instant <= (result[i - 1] as number)) return 'not sorted'
      }
      return undefined
    },
  },
}

// ---------------------------------------------------------------------------------------
// The engine: schedules, busy time, availability, bookings, teams

const engineCodes: SlotwiseErrorCode[] = [
  'INVALID_REQUEST',
  'INVALID_POLICY',
  'INVALID_SCHEDULE',
  'INVALID_EVENT',
  'INVALID_INTERVAL',
  'INVALID_INSTANT',
  'INVALID_DATE',
  'INVALID_TIME',
  'INVALID_TIME_ZONE',
  'INVALID_RRULE',
  'RANGE_TOO_LARGE',
  'TEXT_TOO_LONG',
  'TOO_MANY_PEOPLE',
  'TOO_MANY_EVENTS',
  'TOO_MANY_SLOTS',
  'TOO_MANY_PERIODS',
  'TOO_MANY_INSTANCES',
]

/**
 * Long valid lists a caller may hold, shared by reference: a hundred thousand holidays, zone
 * changes, overrides, leave intervals and busy events (one under the cap). The engine's work
 * must stay linear in them: per-date look-ups halve, they never scan.
 */
const LONG = 100_000
const longDates = Array.from({ length: LONG }, (_, i) =>
  core.formatPlainDate(core.parsePlainDate('1700-01-01') + 2 * i),
)
const LONG_SCHEDULE_LISTS: Record<string, unknown> = {
  holidays: longDates,
  zoneChanges: longDates.map((from, i) => ({
    from,
    timeZone: REQUEST_TIME_ZONES[i % REQUEST_TIME_ZONES.length],
  })),
  overrides: longDates.map((date) => ({ date, hours: [{ from: '09:00', to: '17:00' }] })),
  leave: longDates.map((_, i) => ({
    start: Date.UTC(1700, 0, 1) + i * 2 * DAY,
    end: Date.UTC(1700, 0, 1) + i * 2 * DAY + 3_600_000,
  })),
}
const LONG_IDS = Array.from({ length: LONG }, (_, i) => `p${i}`)
const LONG_BUSY = Array.from({ length: LONG - 1 }, (_, i) => ({
  id: `e${i}`,
  start: Date.UTC(2024, 0, 1) + i * 300_000,
  end: Date.UTC(2024, 0, 1) + i * 300_000 + 600_000,
}))

/** A valid request, now and then with a recurring busy event, long lists, caps, or a window of years. */
const request: fc.Arbitrary<TestAvailabilityRequest> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        arbitraryAvailabilityRequest({ maxPeople: 1 }),
        fc.constantFrom(...Object.keys(LONG_SCHEDULE_LISTS), 'busy'),
      )
      .map(([r, list]) => ({
        ...r,
        people: r.people.map((person) =>
          list === 'busy'
            ? { ...person, busy: LONG_BUSY }
            : { ...person, schedule: { ...person.schedule, [list]: LONG_SCHEDULE_LISTS[list] } },
        ),
      })),
  },
  { weight: 24, arbitrary: arbitraryAvailabilityRequest() },
  {
    weight: 1,
    arbitrary: arbitraryAvailabilityRequest({ maxPeople: 1 }).map((r) => ({
      ...r,
      people: r.people.map((person) => ({
        ...person,
        busy: [
          ...(person.busy ?? []),
          {
            id: 'weekly',
            start: windowFirstDay(r.window) * DAY + 9 * 3_600_000,
            end: windowFirstDay(r.window) * DAY + 10 * 3_600_000,
            recurrence: {
              rrule: 'FREQ=DAILY;BYDAY=MO,WE,FR',
              timeZone: person.schedule.timeZone,
              exdates: [],
            },
          },
        ],
      })),
    })),
  },
  {
    // The widest window the caps allow: ten years of a person open round the clock.
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...REQUEST_TIME_ZONES),
        fc.constantFrom(366, 3660, 3661),
        fc.constantFrom(60, 240, 1440),
      )
      .map(([timeZone, days, durationMinutes]) => ({
        window: {
          from: '2024-01-01',
          to: core.formatPlainDate(core.parsePlainDate('2024-01-01') + days - 1),
          timeZone,
        },
        now: Date.UTC(2023, 0, 1),
        people: [
          {
            id: 'p0',
            schedule: {
              timeZone,
              weekly: {
                monday: [{ from: '00:00', to: '24:00' }],
                thursday: [{ from: '09:00', to: '17:00' }],
              },
            },
          },
        ],
        policy: { durationMinutes },
        caps: { maxWindowDays: 3660 },
      })),
  },
)
const proposal = (r: TestAvailabilityRequest) => {
  const first = windowFirstDay(r.window) * DAY
  return fc
    .tuple(
      fc.integer({ min: -1, max: windowDays(r.window) * 96 + 96 }),
      fc.constantFrom(r.policy.durationMinutes, r.policy.durationMinutes + 5, 60),
    )
    .map(([quarter, minutes]) => ({
      start: first + quarter * 900_000,
      end: first + quarter * 900_000 + minutes * 60_000,
    }))
}
const series = (r: TestAvailabilityRequest) =>
  fc.record(
    {
      start: fc
        .integer({ min: -96, max: windowDays(r.window) * 96 })
        .map((q) => windowFirstDay(r.window) * DAY + q * 900_000),
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
      interval: fc.constantFrom(1, 2, 12, 1000),
      count: fc.constantFrom(1, 3, 24, 25, 10_000),
      bookingOption: fc.constantFrom('skip', 'continue', 'book_next'),
      maxCount: fc.constantFrom(24, 10_000),
    },
    { requiredKeys: ['start', 'freq', 'count', 'bookingOption'] },
  )

function checkAvailability(result: core.AvailabilityResult, args: readonly unknown[]): string | undefined {
  const problem = jsonProblem(result)
  if (problem !== undefined) return problem
  const window = result.window
  const given = args[0] as { window: { start?: unknown; end?: unknown } }
  if (
    given.window.start !== undefined &&
    (window.start !== given.window.start || window.end !== given.window.end)
  )
    return 'the window is not the one asked for'
  if (result.people.length !== (args[0] as { people: unknown[] }).people.length)
    return 'not one answer per person'
  for (const person of result.people) {
    for (const day of person.days) {
      const bad =
        checkSlots(day.slots, window, `${person.id} ${day.date} slots`) ??
        checkSlots(day.hidden, window, `${person.id} ${day.date} hidden`)
      if (bad !== undefined) return bad
    }
    if (person.rejected !== undefined) {
      const bad = checkSlots(person.rejected, window, `${person.id} rejected`)
      if (bad !== undefined) return bad
    }
  }
  if (result.team !== undefined)
    return (
      checkSlots(result.team.slots, window, 'team slots') ??
      checkSlots(result.team.hidden, window, 'team hidden')
    )
  return undefined
}

export const engineDrivers: Record<string, Driver> = {
  availability: {
    codes: engineCodes,
    inputs: argumentsFrom(request.map((r) => [r])),
    run: core.availability,
    validate: checkAvailability,
    runs: tenthRuns,
  },
  checkBooking: {
    codes: engineCodes,
    inputs: argumentsFrom(request.chain((r) => proposal(r).map((p) => [r, p]))),
    run: core.checkBooking,
    validate: (result: core.BookingCheck) =>
      jsonProblem(result) ??
      (result.ok === true
        ? Array.isArray(result.people) && result.people.length > 0
          ? undefined
          : 'ok without people'
        : result.ok === false && Array.isArray(result.reasons) && result.reasons.length > 0
          ? undefined
          : 'refused without reasons'),
    runs: tenthRuns,
  },
  planRecurringBooking: {
    codes: [...engineCodes, 'INVALID_ARGUMENT'],
    inputs: argumentsFrom(request.chain((r) => series(r).map((s) => [r, s]))),
    run: core.planRecurringBooking,
    validate: (result: core.PlannedOccurrence[], [, plan]) => {
      const problem = jsonProblem(result)
      if (problem !== undefined) return problem
      if (result.length !== (plan as { count: number }).count) return 'not one line per occurrence'
      for (const line of result) {
        if ((line.status === 'booked' || line.status === 'moved') && line.slot === undefined)
          return 'booked without a slot'
      }
      return undefined
    },
    runs: tenthRuns,
  },
  validateSchedule: {
    codes: [
      'INVALID_SCHEDULE',
      'INVALID_TIME_ZONE',
      'INVALID_TIME',
      'INVALID_DATE',
      'INVALID_INTERVAL',
      'INVALID_INSTANT',
    ],
    inputs: argumentsFrom(
      fc.tuple(
        fc
          .tuple(fc.constantFrom(...[10, 19_800, 19_900]), fc.integer({ min: 1, max: 14 }))
          .chain(([firstDay, days]) => arbitrarySchedule(firstDay, days)),
        pathArgument,
      ),
      [1],
    ),
    run: (schedule: never, path: never) => core.validateSchedule(schedule, path),
    validate: (result, [schedule]) => (result === schedule ? undefined : 'did not return its input'),
  },
  findConflicts: {
    codes: [
      'INVALID_EVENT',
      'INVALID_INTERVAL',
      'INVALID_INSTANT',
      'TOO_MANY_EVENTS',
      'INVALID_RRULE',
      'INVALID_TIME_ZONE',
      'RANGE_TOO_LARGE',
      'TEXT_TOO_LONG',
      'TOO_MANY_PERIODS',
      'TOO_MANY_INSTANCES',
      'UNSUPPORTED',
    ],
    inputs: argumentsFrom(
      fc.tuple(
        fc.oneof(
          { weight: 40, arbitrary: arbitraryCalendarEvents() },
          { weight: 1, arbitrary: fc.constant(LONG_BUSY) },
        ),
        fc.option(
          fc.constantFrom(
            { start: Date.UTC(2024, 2, 10), end: Date.UTC(2024, 2, 11) },
            { start: Date.UTC(2024, 2, 10, 1), end: Date.UTC(2024, 2, 10, 2) },
            { start: -8.64e15, end: 8.64e15 },
          ),
          { nil: undefined },
        ),
      ),
    ),
    run: (events: never, window: never) => core.findConflicts(events, window),
    validate: (result: core.Conflict[]) => {
      const problem = jsonProblem(result)
      if (problem !== undefined) return problem
      let previousEnd = Number.NEGATIVE_INFINITY
      for (const conflict of result) {
        if (conflict.start >= conflict.end || conflict.start < previousEnd)
          return 'conflicts overlap or are out of order'
        if (conflict.eventIds.length < 2) return 'a conflict of fewer than two events'
        previousEnd = conflict.end
      }
      return undefined
    },
    runs: tenthRuns,
  },
  assign: {
    codes: ['INVALID_ARGUMENT', 'TEXT_TOO_LONG'],
    inputs: argumentsFrom(
      fc.oneof(
        { weight: 40, arbitrary: arbitraryAssignment().map(({ slot, candidates }) => [slot, candidates]) },
        {
          weight: 1,
          arbitrary: fc.constant([{ people: LONG_IDS }, LONG_IDS.map((id, i) => ({ id, priority: i % 7 }))]),
        },
      ),
    ),
    run: core.assign,
    validate: (result, [slot, candidates]) =>
      result === undefined ||
      ((slot as { people: unknown[] }).people.includes(result) &&
        (candidates as { id: unknown }[]).some((candidate) => candidate.id === result))
        ? undefined
        : `picked ${String(result)}, who is not eligible`,
  },
}

// ---------------------------------------------------------------------------------------
// The error class

const code = fc.constantFrom(...([...CATALOGUE] as SlotwiseErrorCode[]))
const errorOptions = fc.record(
  {
    path: fc.oneof(fc.string(), fc.constantFrom('__proto__', MEGABYTE_STRING)),
    cause: fc.anything(),
    details: fc.record(
      {
        value: fc.string(),
        expected: fc.string(),
        suggestions: fc.array(fc.string(), { maxLength: 3 }),
        limit: fc.double(),
        actual: fc.double(),
        vendorError: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

export const errorDrivers: Record<string, Driver> = {
  SlotwiseError: {
    codes: [],
    // A typed constructor: any catalogued code and any options its type allows.
    inputs: fc.tuple(code, fc.option(errorOptions, { nil: undefined })),
    run: (errorCode: never, options: never) => new core.SlotwiseError(errorCode, options),
    validate: (error: core.SlotwiseError, [errorCode, options]) =>
      core.isSlotwiseError(error) &&
      error instanceof Error &&
      error.code === errorCode &&
      error.path === ((options as { path?: string } | undefined)?.path ?? '')
        ? undefined
        : 'not a branded error with its code and path',
  },
  isSlotwiseError: {
    codes: [],
    inputs: fc.tuple(
      fc.oneof(
        anyValue(),
        code.map((c) => new core.SlotwiseError(c)),
        fc.constant(new TypeError('x')),
        fc.constant({ [Symbol.for('slotwise.error')]: false }),
      ),
    ),
    run: core.isSlotwiseError,
    validate: (result, [value]) =>
      result === value instanceof core.SlotwiseError ? undefined : `said ${String(result)}`,
  },
}

/** Every driver, by export name. */
export const allDrivers: Record<string, Driver> = {
  ...intervalDrivers,
  ...calendarDrivers,
  ...zoneDrivers,
  ...recurrenceDrivers,
  ...engineDrivers,
  ...errorDrivers,
}

// ---------------------------------------------------------------------------------------
// Running them

/**
 * One property per driver, each call through `fuzzCall`, and the ledger printed after the
 * file. `FC_NUM_RUNS` sets the runs (a driver with `runs` takes its share).
 */
export function fuzzDrivers(title: string, drivers: Record<string, Driver>): void {
  const ledger = new FuzzLedger()
  describe(title, () => {
    for (const [name, driver] of Object.entries(drivers)) {
      const record = ledger.entry(name, BOUNDS_MS[name] ?? 1000)
      const runs = driver.runs?.(numRuns) ?? numRuns
      test(`${name} returns a valid result or throws a catalogued SlotwiseError with a path, in time, without side effects`, () => {
        expect(driver.codes.filter((c) => !CATALOGUE.has(c))).toEqual([])
        const codes = new Set<string>(driver.codes)
        fc.assert(
          fc.property(driver.inputs, (args) => {
            fuzzCall(record, args, driver.run, {
              codes,
              validate: (result: unknown) => driver.validate?.(result as never, args),
            })
          }),
          { numRuns: runs },
        )
      })
    }
  })
  afterAll(() => {
    console.info(ledger.report(`${title} (seed ${fc.readConfigureGlobal().seed}, FC_NUM_RUNS ${numRuns})`))
  })
}
