import { expect, test } from 'vitest'
import { toInstant, toWallTime } from './index.js'

// Run only by vitest.browser.config.ts (`pnpm test:browser`); the Node config leaves
// *.browser.test.ts out. It proves that run really happens in Chromium, with none of Node's
// globals in reach, so the rest of the suite there is evidence for browsers.

test('the suite runs in Chromium', () => {
  const { navigator } = globalThis as { navigator?: { userAgent?: string } }
  expect(navigator?.userAgent).toContain('Chrome')
})

test('no Node global is in reach', () => {
  expect(typeof process).toBe('undefined')
  expect(typeof Buffer).toBe('undefined')
  expect(typeof require).toBe('undefined')
  expect(typeof global).toBe('undefined')
  expect(typeof setImmediate).toBe('undefined')
})

test("the zones come from the browser's own Intl", () => {
  // 2024-03-10 is the spring-forward day in New York: 09:00 EDT is 13:00Z, 01:00 EST is 06:00Z.
  expect(toInstant('2024-03-10T09:00', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 13))
  expect(toWallTime(Date.UTC(2024, 2, 10, 6), 'America/New_York')).toBe('2024-03-10T01:00:00')
  expect(toWallTime(Date.UTC(2024, 2, 10, 7), 'America/New_York')).toBe('2024-03-10T03:00:00')
})
