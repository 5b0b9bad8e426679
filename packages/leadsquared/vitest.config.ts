import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../testkit/src/setupFastCheck.ts'],
    testTimeout: 120_000,
    // One module graph per worker: importing fast-check per file costs about a second.
    isolate: false,
  },
})
