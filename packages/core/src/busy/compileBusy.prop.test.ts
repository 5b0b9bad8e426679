import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { compileBusy, readEvent } from './compileBusy.js'

// Every field either valid or broken in a way the reader must name, so that compileBusy's
// fast path for valid events is checked against readEvent on both sides of every rule.
// Mostly valid values, so that whole valid events are common too.
const instant = fc.oneof(
  { arbitrary: fc.integer({ min: -1e6, max: 1e6 }), weight: 6 },
  fc.constantFrom(-0, 8.64e15, -8.64e15, 8.64e15 + 1, 0.5, Number.NaN, '5', undefined),
)
const text = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 4 }), weight: 6 },
  fc.constantFrom('', 'x'.repeat(1025), 7, null),
)
const minutes = fc.oneof(
  { arbitrary: fc.constantFrom(undefined, -0, 0, 10_080), weight: 6 },
  fc.constantFrom(10_081, -1, 1.5, '3'),
  fc.nat(20_000),
)
const event = fc.record(
  {
    id: text,
    start: instant,
    end: instant,
    soft: fc.constantFrom(true, false, undefined, 'yes'),
    bufferBeforeMinutes: minutes,
    bufferAfterMinutes: minutes,
    eventType: fc.oneof(fc.constant(undefined), text),
  },
  { requiredKeys: [] },
)

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() }
  } catch (error) {
    const { code, path } = error as { code: string; path: string }
    return { code, path }
  }
}

describe('compileBusy reads each event as readEvent does', () => {
  test.prop(
    { value: fc.oneof({ arbitrary: event, weight: 9 }, fc.constantFrom(null, [], 'event')) },
    { numRuns: 1000 },
  )('the same instance, or the same error code and path', ({ value }) => {
    const compiled = outcome(() => compileBusy([value], 'busy', 0, 1, 10))
    const read = outcome(() => [readEvent(value, 'busy[0]')])
    expect(compiled).toEqual(read)
    if ('value' in (compiled as object)) {
      const [instance] = (compiled as { value: { start: number; before: number }[] }).value
      expect(Object.is(instance!.start, -0)).toBe(false)
      expect(Object.is(instance!.before, -0)).toBe(false)
    }
  })
})
