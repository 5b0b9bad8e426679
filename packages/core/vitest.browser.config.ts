import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

// The core's suite in a real browser (`pnpm test:browser`): Debian's Chromium, driven by
// Playwright, with no Node global in reach. Tests import the sources, so no build is needed.
// CHROMIUM_PATH overrides /usr/bin/chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: [
      // Reads README.md with node:fs; the examples it runs are plain core calls that the
      // other files already cover in the browser.
      'src/readme.test.ts',
      // The fuzz suites' hang-guard bounds were measured under Node, on megabyte inputs.
      'src/fuzz/**/*.test.ts',
      // Sets process.env.TZ to show the host zone is never read; a page cannot change its own
      // zone, and `pnpm test:tz` runs the whole suite under other host zones in Node.
      'src/zone/hostZone.test.ts',
    ],
    setupFiles: ['../testkit/src/setupFastCheck.ts'],
    // A page has no process.env: setupFastCheck reads the knobs from here instead, so
    // FC_SEED=1234 or FC_NUM_RUNS=1000 work for this run as they do for `pnpm test`.
    provide: {
      fastCheckKnobs: { FC_SEED: process.env.FC_SEED, FC_NUM_RUNS: process.env.FC_NUM_RUNS },
    },
    testTimeout: 120_000,
    // One module graph per page, as in Node: with a fresh page per file, re-importing
    // fast-check and the core took the run from about 35 s to about 165 s.
    isolate: false,
    browser: {
      enabled: true,
      headless: true,
      // A failure is reported in the terminal; a screenshot of a blank page would only
      // litter src/.
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
