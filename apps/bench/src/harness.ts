/**
 * Measurement helpers shared by every scenario: run configuration, a seeded PRNG, robust
 * statistics and a side-by-side comparison loop. Nothing here asserts on time: the machine
 * the benchmark runs on is noisy, so only ratios measured in the same process mean anything.
 */

/** How long and how big a run is. */
export interface BenchConfig {
  /** `--quick`: fewer rounds and smaller inputs. */
  readonly quick: boolean
  /** Untimed runs of every implementation before the timed rounds (at least). */
  readonly warmupRounds: number
  /**
   * Each implementation also keeps warming up until it has run this long, so that a fast
   * implementation (under 1 ms per round) gets enough iterations for the optimising JIT.
   */
  readonly minWarmupMs: number
  /**
   * A timed sample repeats a fast implementation's round until it lasts about this long
   * (the sample is then total time / repetitions), so that one preemption of a 1 ms round
   * by another process does not dominate it.
   */
  readonly minSampleMs: number
  /** Timed rounds per implementation. */
  readonly rounds: number
}

export function configFromArgs(argv: readonly string[]): BenchConfig {
  const quick = argv.includes('--quick')
  return quick
    ? { quick, warmupRounds: 1, minWarmupMs: 100, minSampleMs: 20, rounds: 5 }
    : { quick, warmupRounds: 1, minWarmupMs: 300, minSampleMs: 50, rounds: 10 }
}

/** The fixed seed of every generated input: the same inputs on every run and machine. */
export const SEED = 20_260_301

/**
 * mulberry32: a tiny 32-bit PRNG, deterministic for a given seed. Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Median of a list of numbers (does not modify it). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/** Linear-interpolated quantile `q` in [0, 1] (does not modify `values`). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  const low = sorted[below]!
  const high = sorted[above]!
  return low + (high - low) * (position - below)
}

/** One implementation of a scenario: `run` does all the work of one round. */
export interface Case {
  readonly implementation: string
  /** Does the whole round; returns a number so the work cannot be optimised away. */
  readonly run: () => number
}

/** Timings of one implementation, in milliseconds per round. */
export interface Measurement {
  readonly scenario: string
  readonly implementation: string
  /** Operations (conversions) per round. */
  readonly operations: number
  readonly warmupRounds: number
  /** Rounds run back to back in one timed sample. */
  readonly repetitions: number
  /** One entry per timed sample: its time divided by `repetitions`. */
  readonly roundsMs: readonly number[]
  readonly medianMs: number
  readonly minMs: number
  readonly maxMs: number
  /** (max − min) / median of the round times. */
  readonly relativeSpread: number
  /** Median round time divided by the operations, in nanoseconds. */
  readonly nsPerOperation: number
  /** Largest `process.memoryUsage().heapUsed` seen after any of this implementation's rounds, MB. */
  readonly peakHeapMB: number
}

export function summarize(
  scenario: string,
  implementation: string,
  operations: number,
  warmupRounds: number,
  repetitions: number,
  roundsMs: readonly number[],
  peakHeapBytes: number,
): Measurement {
  const medianMs = median(roundsMs)
  const minMs = Math.min(...roundsMs)
  const maxMs = Math.max(...roundsMs)
  return {
    scenario,
    implementation,
    operations,
    warmupRounds,
    repetitions,
    roundsMs,
    medianMs,
    minMs,
    maxMs,
    relativeSpread: (maxMs - minMs) / medianMs,
    nsPerOperation: (medianMs * 1e6) / operations,
    peakHeapMB: peakHeapBytes / 2 ** 20,
  }
}

/** Written to so that results are observable and no round can be dead code. */
export const sink = { value: 0 }

/** Most untimed warm-up rounds one implementation gets. */
const MAX_WARMUP_ROUNDS = 2_000

/**
 * Runs every case untimed (`warmupRounds` times, and until it has run `minWarmupMs`), then
 * `rounds` timed samples of each (a sample repeats a fast round until it lasts
 * `minSampleMs`, and counts as one round of total / repetitions). The samples are
 * interleaved, and the order flips every round (A B, B A, A B, …), so slow drift of the
 * machine (thermal, other tenants) hits all implementations alike. Peak heap is the
 * process-wide `heapUsed` sampled right after each of the implementation's samples
 * (garbage of earlier rounds included).
 */
export function compare(
  scenario: string,
  operations: number,
  cases: readonly Case[],
  config: BenchConfig,
): Measurement[] {
  const warmups = cases.map(() => 0)
  const warmupMs = cases.map(() => 0)
  const warmOnce = (index: number): void => {
    const start = performance.now()
    sink.value += cases[index]!.run()
    warmupMs[index]! += performance.now() - start
    warmups[index]!++
  }
  for (let round = 0; round < config.warmupRounds; round++) {
    const order = cases.map((_, index) => index)
    if (round % 2 === 1) order.reverse()
    for (const index of order) warmOnce(index)
  }
  cases.forEach((_, index) => {
    while (warmupMs[index]! < config.minWarmupMs && warmups[index]! < MAX_WARMUP_ROUNDS) warmOnce(index)
  })
  const repetitions = cases.map((_, index) =>
    Math.max(1, Math.ceil(config.minSampleMs / (warmupMs[index]! / warmups[index]!))),
  )
  const times = cases.map((): number[] => [])
  const peaks = cases.map(() => 0)
  for (let round = 0; round < config.rounds; round++) {
    const order = cases.map((_, index) => index)
    if (round % 2 === 1) order.reverse()
    for (const index of order) {
      const item = cases[index]!
      const count = repetitions[index]!
      let result = 0
      const start = performance.now()
      for (let repetition = 0; repetition < count; repetition++) result += item.run()
      const elapsed = performance.now() - start
      sink.value += result
      times[index]!.push(elapsed / count)
      peaks[index] = Math.max(peaks[index]!, process.memoryUsage().heapUsed)
    }
  }
  return cases.map((item, index) =>
    summarize(
      scenario,
      item.implementation,
      operations,
      warmups[index]!,
      repetitions[index]!,
      times[index]!,
      peaks[index]!,
    ),
  )
}
