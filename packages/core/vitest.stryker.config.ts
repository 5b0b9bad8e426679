import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import type { TestSequencer, TestSpecification } from 'vitest/node'

class ExamplesFirst implements TestSequencer {
  shard(files: TestSpecification[]): TestSpecification[] {
    return files
  }
  sort(files: TestSpecification[]): TestSpecification[] {
    const weight = (file: TestSpecification) => (file.moduleId.includes('.prop.') ? 1 : 0)
    return [...files].sort((a, b) => weight(a) - weight(b) || a.moduleId.localeCompare(b.moduleId))
  }
}

// The suite as Stryker runs it (`pnpm mutation`), from a copy of the package under
// .stryker-tmp/: the setup file is found through the workspace link, which the copy keeps,
// rather than by a relative path, which it breaks.
export default defineConfig({
  resolve: {
    // See the file: the package's import cost is paid once per mutant here.
    alias: { '@fast-check/vitest': fileURLToPath(new URL('./scripts/fastCheckVitest.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [
      // Browser-only files run under vitest.browser.config.ts.
      'src/**/*.browser.test.ts',
      // The fuzz suite bounds the time of every call, and instrumented code is several
      // times slower: it would fail the initial run without saying anything about mutants.
      // Its regression examples (src/fuzz/regressions.test.ts) run.
      'src/**/*.fuzz.test.ts',
    ],
    setupFiles: ['@slotwise/testkit/setupFastCheck'],
    testTimeout: 120_000,
    isolate: false,
    // Stryker stops a mutant's run at the first failing test: example files, which are fast
    // and pointed, go first, the property files after them.
    sequence: { sequencer: ExamplesFirst },
    // Each mutant re-runs every property that covers it, so a mutation run uses 10 cases per
    // property instead of `pnpm test`'s 200 (and one sample per zone in the zone oracle);
    // FC_NUM_RUNS still overrides.
    env: { FC_NUM_RUNS: process.env.FC_NUM_RUNS ?? '10' },
  },
})
