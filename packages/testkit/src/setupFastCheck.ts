import fc from 'fast-check'

// One seed for the whole run: fixed by default so CI is reproducible, overridable to
// replay a failure (FC_SEED=1234) or to explore (FC_SEED=random). FC_NUM_RUNS raises the
// number of runs of every property (FC_NUM_RUNS=100000 pnpm test).
const DEFAULT_SEED = 20_261_120
const DEFAULT_RUNS = 200

function readSeed(): number {
  const raw = process.env.FC_SEED
  if (raw === undefined || raw === '') return DEFAULT_SEED
  if (raw === 'random') return (Math.random() * 2 ** 31) | 0
  const seed = Number(raw)
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${raw}`)
  return seed
}

function readRuns(): number {
  const raw = process.env.FC_NUM_RUNS
  if (raw === undefined || raw === '') return DEFAULT_RUNS
  const runs = Number(raw)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FC_NUM_RUNS must be a positive integer, got ${raw}`)
  return runs
}

export const seed = readSeed()
export const numRuns = readRuns()

fc.configureGlobal({ seed, numRuns })

if (process.env.FC_SEED !== undefined || process.env.FC_NUM_RUNS !== undefined) {
  console.info(`fast-check: seed ${seed}, ${numRuns} runs per property (replay with FC_SEED=${seed})`)
}
