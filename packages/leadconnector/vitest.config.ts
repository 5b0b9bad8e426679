import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../testkit/src/setupFastCheck.ts'],
    testTimeout: 120_000,
    // A fresh module graph per file: shared between files, snapshot files failed at random
    // with "snapshot state … is not found" and every snapshot reported obsolete.
    isolate: true,
  },
})
