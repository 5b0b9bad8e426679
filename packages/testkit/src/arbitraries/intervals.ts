import fc from 'fast-check'

// Arbitraries and the minute-by-minute oracle for the interval algebra of @slotwise/core.
// Grid values are whole minutes in milliseconds, small enough that random lists overlap,
// touch and leave gaps often, and that the model (one boolean per minute) stays cheap.

/** One minute in milliseconds: the grid step of the arbitraries and of the model. */
export const MINUTE = 60_000

/** Grid intervals start within [0, GRID_MINUTES] minutes. */
export const GRID_MINUTES = 240
const MAX_LENGTH_MINUTES = 40
/** The most minutes a buffer from {@link arbitraryBufferMinutes} adds on one side. */
export const MAX_BUFFER_MINUTES = 60

/** The first minute the model can represent (room for buffers before the grid). */
export const MODEL_FIRST_MINUTE = -120
/** The minute after the last one the model can represent. */
export const MODEL_END_MINUTE = 600

const MIN_INSTANT = -8.64e15
const MAX_INSTANT = 8.64e15

/** Structurally the core's `Interval`: the testkit does not depend on the core. */
export interface TestInterval {
  readonly start: number
  readonly end: number
}

const arbitraryLengthMinutes = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: MAX_LENGTH_MINUTES }), weight: 6 },
)

/** A grid interval built as a start plus a non-negative length; empty ones included. */
export function arbitraryInterval(): fc.Arbitrary<TestInterval> {
  return fc
    .tuple(fc.integer({ min: 0, max: GRID_MINUTES }), arbitraryLengthMinutes)
    .map(([startMinute, lengthMinutes]) => ({
      start: startMinute * MINUTE,
      end: (startMinute + lengthMinutes) * MINUTE,
    }))
}

/** Any list of grid intervals: unsorted, overlapping, touching, with empty ones. */
export function arbitraryIntervalList(maxLength = 8): fc.Arbitrary<TestInterval[]> {
  return fc.array(arbitraryInterval(), { maxLength })
}

/** A canonical set of grid intervals, built as a first start then (gap >= 1, length >= 1) steps. */
export function arbitraryIntervalSet(maxLength = 6): fc.Arbitrary<TestInterval[]> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: MAX_LENGTH_MINUTES }),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: MAX_LENGTH_MINUTES })), {
        maxLength,
      }),
    )
    .map(([firstMinute, steps]) => {
      const set: TestInterval[] = []
      let cursor = firstMinute
      for (const [gapMinutes, lengthMinutes] of steps) {
        set.push({ start: cursor * MINUTE, end: (cursor + lengthMinutes) * MINUTE })
        cursor += lengthMinutes + gapMinutes
      }
      return set
    })
}

/** Either a canonical set or any list: what the set operations accept. */
export function arbitraryIntervalInput(): fc.Arbitrary<TestInterval[]> {
  return fc.oneof(arbitraryIntervalSet(), arbitraryIntervalList())
}

/** A buffer in whole minutes, 0 included. */
export function arbitraryBufferMinutes(): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: MAX_BUFFER_MINUTES })
}

function minuteIndex(instant: number): number {
  const minute = instant / MINUTE
  if (!Number.isInteger(minute) || minute < MODEL_FIRST_MINUTE || minute > MODEL_END_MINUTE) {
    throw new Error(`the minute model cannot represent instant ${instant}`)
  }
  return minute - MODEL_FIRST_MINUTE
}

/** The model of a list: `covered[m - MODEL_FIRST_MINUTE]` is true when minute m is in some interval. */
export function coveredMinutes(intervals: readonly TestInterval[]): boolean[] {
  const covered = new Array<boolean>(MODEL_END_MINUTE - MODEL_FIRST_MINUTE).fill(false)
  for (const { start, end } of intervals) {
    for (let index = minuteIndex(start); index < minuteIndex(end); index++) covered[index] = true
  }
  return covered
}

/** The canonical interval set of a model: each run of covered minutes becomes one interval. */
export function intervalsFromMinutes(covered: readonly boolean[]): TestInterval[] {
  const set: TestInterval[] = []
  let runStart = -1
  for (let index = 0; index <= covered.length; index++) {
    const isCovered = index < covered.length && covered[index] === true
    if (isCovered && runStart < 0) runStart = index
    if (!isCovered && runStart >= 0) {
      set.push({
        start: (runStart + MODEL_FIRST_MINUTE) * MINUTE,
        end: (index + MODEL_FIRST_MINUTE) * MINUTE,
      })
      runStart = -1
    }
  }
  return set
}

/** Combines two models minute by minute. */
export function combineMinutes(
  a: readonly boolean[],
  b: readonly boolean[],
  combine: (inA: boolean, inB: boolean) => boolean,
): boolean[] {
  return a.map((inA, index) => combine(inA, b[index] === true))
}

/** Any valid instant, weighted towards the edges of the range and towards 0 and -0. */
export function arbitraryInstant(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.bigInt({ min: BigInt(MIN_INSTANT), max: BigInt(MAX_INSTANT) }).map(Number),
    fc.constantFrom(MIN_INSTANT, MIN_INSTANT + 1, -1, -0, 0, 1, MAX_INSTANT - 1, MAX_INSTANT),
  )
}

/** A valid interval anywhere in the instant range (empty ones and -0 included): two instants in order. */
export function arbitraryWideInterval(): fc.Arbitrary<TestInterval> {
  return fc
    .tuple(arbitraryInstant(), arbitraryInstant())
    .map(([x, y]) => (x <= y ? { start: x, end: y } : { start: y, end: x }))
}

/** A value for an interval field from outside a trusted caller: mostly not a valid instant. */
export function arbitraryUntrustedInstant(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      1.5,
      1e21,
      -1e21,
      MAX_INSTANT + 1,
      MIN_INSTANT - 1,
      '0',
      'abc',
      null,
      undefined,
      true,
      10n,
    ),
    fc.string(),
    fc.anything(),
  )
}

/** Something shaped roughly like an interval, or anything at all. */
export function arbitraryUntrustedInterval(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.record({ start: arbitraryUntrustedInstant(), end: arbitraryUntrustedInstant() }, { requiredKeys: [] }),
    arbitraryWideInterval(),
    fc.anything(),
  )
}

/** A list of untrusted intervals, or anything at all in place of the list. */
export function arbitraryUntrustedIntervalList(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.array(arbitraryUntrustedInterval(), { maxLength: 6 }), weight: 4 },
    { arbitrary: fc.array(arbitraryWideInterval(), { maxLength: 6 }), weight: 2 },
    { arbitrary: fc.anything(), weight: 1 },
  )
}
