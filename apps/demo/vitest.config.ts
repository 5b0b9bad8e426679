import { defineConfig } from 'vitest/config'

// Only the cross-vendor tests: test/web.browser.test.mjs is a script of its own (`test:web`),
// and vite.config.ts (the web page's root) must not be picked up as vitest's config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
  },
})
