import { fc, test } from '@fast-check/vitest'
import {
  arbitraryInterval,
  arbitraryIntervalInput,
  arbitraryIntervalSet,
  combineMinutes,
  coveredMinutes,
  intervalsFromMinutes,
  MINUTE,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { clampIntervals } from './clampIntervals.js'
import { complementIntervals } from './complementIntervals.js'
import { intersectIntervals } from './intersectIntervals.js'
import { isCanonical } from './isCanonical.js'
import { subtractIntervals } from './subtractIntervals.js'
import { totalLength } from './totalLength.js'
import type { Interval } from './types.js'
import { unionIntervals } from './unionIntervals.js'

// Oracle: a set is the boolean array of the minutes it covers; an operation on sets is the
// same operation minute by minute. Comparing against intervalsFromMinutes also checks the
// exact canonical form (merged, sorted, no empty intervals).
const model = coveredMinutes
const fromModel = intervalsFromMinutes
const or = (x: boolean, y: boolean) => x || y
const and = (x: boolean, y: boolean) => x && y
const andNot = (x: boolean, y: boolean) => x && !y

const input = arbitraryIntervalInput()
const window = arbitraryInterval()

describe('set operations agree with the minute model', () => {
  test.prop({ a: input, b: input })('union is minute-wise or', ({ a, b }) => {
    expect(unionIntervals(a, b)).toEqual(fromModel(combineMinutes(model(a), model(b), or)))
  })

  test.prop({ a: input, b: input })('intersection is minute-wise and', ({ a, b }) => {
    expect(intersectIntervals(a, b)).toEqual(fromModel(combineMinutes(model(a), model(b), and)))
  })

  test.prop({ a: input, b: input })('subtraction is minute-wise and-not', ({ a, b }) => {
    expect(subtractIntervals(a, b)).toEqual(fromModel(combineMinutes(model(a), model(b), andNot)))
  })

  test.prop({ set: input, window })('complement is the window and-not the set', ({ set, window }) => {
    expect(complementIntervals(set, window)).toEqual(
      fromModel(combineMinutes(model([window]), model(set), andNot)),
    )
  })

  test.prop({ set: input, window })('clamp is the set and the window', ({ set, window }) => {
    expect(clampIntervals(set, window)).toEqual(fromModel(combineMinutes(model(set), model([window]), and)))
  })

  test.prop({ set: input })('totalLength counts the covered minutes', ({ set }) => {
    expect(totalLength(set)).toBe(model(set).filter(Boolean).length * MINUTE)
  })
})

describe('algebraic laws', () => {
  test.prop({ a: input })('union is idempotent: A ∪ A = A', ({ a }) => {
    expect(unionIntervals(a, a)).toEqual(unionIntervals(a, []))
  })

  test.prop({ a: input })('intersection is idempotent: A ∩ A = A', ({ a }) => {
    expect(intersectIntervals(a, a)).toEqual(unionIntervals(a, []))
  })

  test.prop({ a: input, b: input })('union is commutative', ({ a, b }) => {
    expect(unionIntervals(a, b)).toEqual(unionIntervals(b, a))
  })

  test.prop({ a: input, b: input })('intersection is commutative', ({ a, b }) => {
    expect(intersectIntervals(a, b)).toEqual(intersectIntervals(b, a))
  })

  test.prop({ a: input, b: input, c: input })('union is associative', ({ a, b, c }) => {
    expect(unionIntervals(unionIntervals(a, b), c)).toEqual(unionIntervals(a, unionIntervals(b, c)))
  })

  test.prop({ a: input, b: input, c: input })('intersection is associative', ({ a, b, c }) => {
    expect(intersectIntervals(intersectIntervals(a, b), c)).toEqual(
      intersectIntervals(a, intersectIntervals(b, c)),
    )
  })

  test.prop({ a: input, b: input, c: input })(
    'intersection distributes over union: A ∩ (B ∪ C) = (A ∩ B) ∪ (A ∩ C)',
    ({ a, b, c }) => {
      expect(intersectIntervals(a, unionIntervals(b, c))).toEqual(
        unionIntervals(intersectIntervals(a, b), intersectIntervals(a, c)),
      )
    },
  )

  test.prop({ a: input, b: input, c: input })(
    'union distributes over intersection: A ∪ (B ∩ C) = (A ∪ B) ∩ (A ∪ C)',
    ({ a, b, c }) => {
      expect(unionIntervals(a, intersectIntervals(b, c))).toEqual(
        intersectIntervals(unionIntervals(a, b), unionIntervals(a, c)),
      )
    },
  )

  test.prop({ a: input, b: input, window })(
    'De Morgan: W − (A ∪ B) = (W − A) ∩ (W − B)',
    ({ a, b, window }) => {
      expect(complementIntervals(unionIntervals(a, b), window)).toEqual(
        intersectIntervals(complementIntervals(a, window), complementIntervals(b, window)),
      )
    },
  )

  test.prop({ a: input, b: input, window })(
    'De Morgan: W − (A ∩ B) = (W − A) ∪ (W − B)',
    ({ a, b, window }) => {
      expect(complementIntervals(intersectIntervals(a, b), window)).toEqual(
        unionIntervals(complementIntervals(a, window), complementIntervals(b, window)),
      )
    },
  )

  // W is built around A (A's span widened by a margin each side), so A ⊆ W by construction.
  const setInItsWindow = fc
    .tuple(arbitraryIntervalSet(), fc.nat({ max: 30 }), fc.nat({ max: 30 }), arbitraryInterval())
    .map(([a, marginBefore, marginAfter, fallback]) => {
      const first = a[0]
      const last = a[a.length - 1]
      const window: Interval =
        first === undefined || last === undefined
          ? fallback
          : { start: first.start - marginBefore * MINUTE, end: last.end + marginAfter * MINUTE }
      return { a, window }
    })

  test.prop({ aInWindow: setInItsWindow, b: input })(
    'subtraction is intersection with the complement: A − B = A ∩ (W − B) when A ⊆ W',
    ({ aInWindow: { a, window }, b }) => {
      expect(subtractIntervals(a, b)).toEqual(intersectIntervals(a, complementIntervals(b, window)))
    },
  )

  // Each interval of a canonical set goes to A, to B, or is split between them at a
  // minute inside it, so A and B are disjoint and sometimes touch.
  const disjointPair = arbitraryIntervalSet().chain((set) =>
    fc
      .tuple(...set.map(() => fc.tuple(fc.constantFrom('a', 'b', 'split'), fc.nat({ max: 40 }))))
      .map((choices) => {
        const a: Interval[] = []
        const b: Interval[] = []
        set.forEach((interval, index) => {
          const [choice, cutMinute] = choices[index]!
          const cut = Math.min(interval.start + cutMinute * MINUTE, interval.end)
          if (choice === 'a') a.push(interval)
          else if (choice === 'b') b.push(interval)
          else {
            a.push({ start: interval.start, end: cut })
            b.push({ start: cut, end: interval.end })
          }
        })
        return { a, b }
      }),
  )

  test.prop({ pair: disjointPair })(
    'totalLength is additive over disjoint sets: |A ∪ B| = |A| + |B|',
    ({ pair: { a, b } }) => {
      expect(intersectIntervals(a, b)).toEqual([])
      expect(totalLength(unionIntervals(a, b))).toBe(totalLength(a) + totalLength(b))
    },
  )

  test.prop({ a: input, b: input, window })('every result is canonical', ({ a, b, window }) => {
    for (const result of [
      unionIntervals(a, b),
      intersectIntervals(a, b),
      subtractIntervals(a, b),
      complementIntervals(a, window),
      clampIntervals(a, window),
    ]) {
      expect(isCanonical(result)).toBe(true)
    }
  })
})
