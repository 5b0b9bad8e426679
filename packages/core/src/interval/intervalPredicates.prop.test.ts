import { test } from '@fast-check/vitest'
import { arbitraryInterval, arbitraryIntervalInput, coveredMinutes } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { intervalCovers } from './intervalCovers.js'
import { intervalsOverlap } from './intervalsOverlap.js'
import { setCovers } from './setCovers.js'
import { setOverlaps } from './setOverlaps.js'

const set = arbitraryIntervalInput()
const interval = arbitraryInterval()

// The minutes both models cover, and the minutes of `inner` that `outer` misses.
function sharedMinutes(x: readonly boolean[], y: readonly boolean[]): number {
  return x.filter((covered, index) => covered && y[index] === true).length
}
function missedMinutes(outer: readonly boolean[], inner: readonly boolean[]): number {
  return inner.filter((covered, index) => covered && outer[index] !== true).length
}

describe('predicates agree with the minute model', () => {
  test.prop({ set, interval })('setOverlaps holds when some minute is in both', ({ set, interval }) => {
    expect(setOverlaps(set, interval)).toBe(
      sharedMinutes(coveredMinutes(set), coveredMinutes([interval])) > 0,
    )
  })

  test.prop({ set, interval })(
    'setCovers holds when no minute of the interval is missed',
    ({ set, interval }) => {
      expect(setCovers(set, interval)).toBe(
        missedMinutes(coveredMinutes(set), coveredMinutes([interval])) === 0,
      )
    },
  )

  test.prop({ x: interval, y: interval })(
    'intervalsOverlap holds when some minute is in both',
    ({ x, y }) => {
      expect(intervalsOverlap(x, y)).toBe(sharedMinutes(coveredMinutes([x]), coveredMinutes([y])) > 0)
    },
  )

  test.prop({ outer: interval, inner: interval })(
    'intervalCovers holds when no minute of inner is missed',
    ({ outer, inner }) => {
      expect(intervalCovers(outer, inner)).toBe(
        missedMinutes(coveredMinutes([outer]), coveredMinutes([inner])) === 0,
      )
    },
  )
})
