import { fc, test } from '@fast-check/vitest'
import {
  arbitraryUntrustedInstant,
  arbitraryUntrustedInterval,
  arbitraryUntrustedIntervalList,
  arbitraryWideInterval,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { clampIntervals } from './clampIntervals.js'
import { complementIntervals } from './complementIntervals.js'
import { expandIntervals } from './expandIntervals.js'
import { intersectIntervals } from './intersectIntervals.js'
import { intervalCovers } from './intervalCovers.js'
import { intervalsOverlap } from './intervalsOverlap.js'
import { isCanonical } from './isCanonical.js'
import { normalizeIntervals } from './normalizeIntervals.js'
import { setCovers } from './setCovers.js'
import { setOverlaps } from './setOverlaps.js'
import { subtractIntervals } from './subtractIntervals.js'
import { totalLength } from './totalLength.js'
import { unionIntervals } from './unionIntervals.js'

// Every public function, called with untrusted `list`, `other`, `interval`, `before`, `after`.
type Call = (list: never, other: never, interval: never, before: never, after: never) => unknown
const operations: Record<string, Call> = {
  normalizeIntervals: (list) => normalizeIntervals(list),
  unionIntervals: (list, other) => unionIntervals(list, other),
  intersectIntervals: (list, other) => intersectIntervals(list, other),
  subtractIntervals: (list, other) => subtractIntervals(list, other),
  complementIntervals: (list, _other, interval) => complementIntervals(list, interval),
  clampIntervals: (list, _other, interval) => clampIntervals(list, interval),
  expandIntervals: (list, _other, _interval, before, after) => expandIntervals(list, before, after),
  setOverlaps: (list, _other, interval) => setOverlaps(list, interval),
  setCovers: (list, _other, interval) => setCovers(list, interval),
  totalLength: (list) => totalLength(list),
  isCanonical: (list) => isCanonical(list),
  intervalsOverlap: (_list, _other, interval, before) => intervalsOverlap(interval, before),
  intervalCovers: (_list, _other, interval, before) => intervalCovers(interval, before),
}

const untrustedArguments = {
  list: arbitraryUntrustedIntervalList(),
  other: arbitraryUntrustedIntervalList(),
  interval: arbitraryUntrustedInterval(),
  before: fc.oneof(fc.nat(), arbitraryUntrustedInstant(), arbitraryUntrustedInterval()),
  after: fc.oneof(fc.nat(), arbitraryUntrustedInstant()),
}

describe('untrusted input', () => {
  for (const [name, call] of Object.entries(operations)) {
    test.prop(untrustedArguments)(`${name} throws nothing but SlotwiseError`, (args) => {
      try {
        call(
          args.list as never,
          args.other as never,
          args.interval as never,
          args.before as never,
          args.after as never,
        )
      } catch (error) {
        expect(isSlotwiseError(error), String(error)).toBe(true)
      }
    })
  }

  const wideList = fc.array(arbitraryWideInterval(), { maxLength: 6 })
  const isValidOutput = (set: readonly { start: number; end: number }[]) =>
    isCanonical(set) && set.every((x) => x.start >= -8.64e15 && x.end <= 8.64e15)

  test.prop({ a: wideList, b: wideList, window: arbitraryWideInterval() })(
    'results over the whole instant range are canonical, without -0',
    ({ a, b, window }) => {
      for (const result of [
        normalizeIntervals(a),
        unionIntervals(a, b),
        intersectIntervals(a, b),
        subtractIntervals(a, b),
        complementIntervals(a, window),
        clampIntervals(a, window),
      ]) {
        expect(isValidOutput(result)).toBe(true)
      }
    },
  )

  test.prop({
    a: wideList,
    before: fc.oneof(fc.nat(), fc.constantFrom(8.64e15, 1.728e16, 2 ** 60)),
    after: fc.oneof(fc.nat(), fc.constantFrom(8.64e15, 1.728e16, 2 ** 60)),
  })('expand clamps to the instant range and stays canonical', ({ a, before, after }) => {
    expect(isValidOutput(expandIntervals(a, before, after))).toBe(true)
  })
})
