import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../testkit/src/setupFastCheck.ts'],
    testTimeout: 120_000,
  },
})
