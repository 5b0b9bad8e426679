import fc from 'fast-check'
import { inject } from 'vitest'

// One seed for the whole run: fixed by default so CI is reproducible, overridable to
// replay a failure (FC_SEED=1234) or to explore (FC_SEED=random). FC_NUM_RUNS raises the
// number of runs of every property (FC_NUM_RUNS=100000 pnpm test).
const DEFAULT_SEED = 20_261_120
const DEFAULT_RUNS = 200

/** What the browser config (packages/core/vitest.browser.config.ts) forwards from its shell. */
export interface FastCheckKnobs {
  readonly FC_SEED?: string | undefined
  readonly FC_NUM_RUNS?: string | undefined
}

declare module 'vitest' {
  export interface ProvidedContext {
    fastCheckKnobs: FastCheckKnobs
  }
}

// Under Node the knobs are environment variables. A browser has no `process`, so there the
// config reads them in Node and hands them over with vitest's `provide`.
function readKnob(name: keyof FastCheckKnobs): string | undefined {
  if (typeof process !== 'undefined') return process.env[name]
  return inject('fastCheckKnobs')?.[name]
}

function readSeed(): number {
  const raw = readKnob('FC_SEED')
  if (raw === undefined || raw === '') return DEFAULT_SEED
  if (raw === 'random') return (Math.random() * 2 ** 31) | 0
  const seed = Number(raw)
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${raw}`)
  return seed
}

function readRuns(): number {
  const raw = readKnob('FC_NUM_RUNS')
  if (raw === undefined || raw === '') return DEFAULT_RUNS
  const runs = Number(raw)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FC_NUM_RUNS must be a positive integer, got ${raw}`)
  return runs
}

export const seed = readSeed()
export const numRuns = readRuns()

fc.configureGlobal({ seed, numRuns })

if (readKnob('FC_SEED') !== undefined || readKnob('FC_NUM_RUNS') !== undefined) {
  console.info(`fast-check: seed ${seed}, ${numRuns} runs per property (replay with FC_SEED=${seed})`)
}
