import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // *.browser.test.ts assert they run in a browser; vitest.browser.config.ts runs them.
    exclude: ['src/**/*.browser.test.ts'],
    setupFiles: ['../testkit/src/setupFastCheck.ts'],
    testTimeout: 120_000,
    // One module graph per worker: importing fast-check per file cost ~1 s each.
    isolate: false,
  },
})
