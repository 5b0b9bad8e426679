// Mutation testing of the core with StrykerJS: `pnpm mutation` from the repository root.
// Not part of CI: the engine modules alone take about 15 minutes on two idle cores, the whole
// core several hours. See "Mutation testing" in README.md. Stryker works on a copy of the package
// under .stryker-tmp/, never in place.

import { fileURLToPath } from 'node:url'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Named by path: under pnpm, Stryker cannot see the runner from its own install folder.
  plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
  // `related: false`: each mutant's covering tests are already known from the initial run.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (the error summaries, weekday tables) run only while a
  // file loads, so each one costs a run of the whole suite: left out, and counted as ignored.
  ignoreStatic: true,
  // Source only: not tests, not type-only files, not the list of exports, not the fuzz drivers.
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/types.ts', '!src/index.ts', '!src/fuzz/**'],
  // Two test processes: the machine this was tuned on has two cores.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // `pnpm mutation --incremental` re-tests only mutants whose code or tests changed.
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
