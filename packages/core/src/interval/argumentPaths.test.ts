// Every interval function names the argument at fault, so a caller with several sets in
// hand knows which one was wrong; and its details say what was given.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import * as core from '../index.js'

const good = [{ start: 0, end: 10 }]
const goodInterval = { start: 0, end: 10 }
const badSet = [{ start: 5, end: 1 }]
const badInterval = { start: 5, end: 1 }

describe('the argument at fault is the path', () => {
  test.each([
    ['clampIntervals set', () => core.clampIntervals(badSet, goodInterval), 'set[0].end'],
    ['clampIntervals window', () => core.clampIntervals(good, badInterval), 'window.end'],
    ['complementIntervals set', () => core.complementIntervals(badSet, goodInterval), 'set[0].end'],
    ['complementIntervals window', () => core.complementIntervals(good, badInterval), 'window.end'],
    ['intersectIntervals b', () => core.intersectIntervals(good, badSet), 'b[0].end'],
    ['intervalCovers outer', () => core.intervalCovers(badInterval, goodInterval), 'outer.end'],
    ['intervalCovers inner', () => core.intervalCovers(goodInterval, badInterval), 'inner.end'],
    ['intervalsOverlap x', () => core.intervalsOverlap(badInterval, goodInterval), 'x.end'],
    ['intervalsOverlap y', () => core.intervalsOverlap(goodInterval, badInterval), 'y.end'],
    ['setCovers interval', () => core.setCovers(good, badInterval), 'interval.end'],
    ['setOverlaps interval', () => core.setOverlaps(good, badInterval), 'interval.end'],
    ['normalizeIntervals, named by the caller', () => core.normalizeIntervals(badSet, 'busy'), 'busy[0].end'],
  ])('%s', (_, run, path) => {
    expect(slotwiseErrorOf(run)).toMatchObject({ code: 'INVALID_INTERVAL', path })
  })

  test.each([
    ['expandIntervals before', () => core.expandIntervals(good, -1, 0), 'before'],
    ['expandIntervals after', () => core.expandIntervals(good, 0, 1.5), 'after'],
  ])('%s: a duration that is not a whole non-negative number', (_, run, path) => {
    expect(slotwiseErrorOf(run)).toMatchObject({ code: 'INVALID_ARGUMENT', path })
  })

  test.each([
    ['complementIntervals', () => core.complementIntervals('x' as never, goodInterval), 'set'],
    ['expandIntervals', () => core.expandIntervals('x' as never, 0, 0), 'set'],
    ['intersectIntervals a', () => core.intersectIntervals('x' as never, good), 'a'],
    ['intersectIntervals b', () => core.intersectIntervals(good, 'x' as never), 'b'],
    ['setOverlaps', () => core.setOverlaps('x' as never, goodInterval), 'set'],
    ['subtractIntervals a', () => core.subtractIntervals('x' as never, good), 'a'],
    ['subtractIntervals b', () => core.subtractIntervals(good, 'x' as never), 'b'],
    ['totalLength', () => core.totalLength('x' as never), 'set'],
  ])('%s: a set that is not a list', (_, run, path) => {
    const failure = slotwiseErrorOf(run)
    expect(failure).toMatchObject({ code: 'INVALID_ARGUMENT', path })
    expect(failure.details).toMatchObject({ value: '"x"' })
  })
})

describe('details', () => {
  test('an end before its start names both', () => {
    const failure = slotwiseErrorOf(() => core.intervalsOverlap(badInterval, goodInterval))
    expect(failure.details).toEqual({ value: '1', expected: 'an instant not before start (5)' })
  })

  test('a non-integer instant and a negative duration show the value', () => {
    expect(slotwiseErrorOf(() => core.intervalsOverlap({ start: 0.5, end: 1 }, goodInterval))).toMatchObject({
      code: 'INVALID_INSTANT',
      path: 'x.start',
      details: { value: '0.5' },
    })
    expect(slotwiseErrorOf(() => core.expandIntervals(good, -1, 0)).details).toMatchObject({ value: '-1' })
  })

  test('isCanonical is false, not an error, for lists holding non-objects', () => {
    expect(core.isCanonical([null])).toBe(false)
    expect(core.isCanonical([5])).toBe(false)
    expect(core.isCanonical(['x'])).toBe(false)
  })
})
