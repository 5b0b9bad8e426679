// With a window, findConflicts considers only the instances that overlap it: an event that
// ends where the window starts, or starts where it ends, is outside (half-open intervals).
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { findConflicts } from '../index.js'

const WINDOW = { start: 100, end: 200 }
const pair = (start: number, end: number, name: string) => [
  { id: `${name}-1`, start, end },
  { id: `${name}-2`, start, end },
]

test('overlapping events that only touch the window from outside are not in it', () => {
  expect(findConflicts([...pair(50, 100, 'before'), ...pair(200, 250, 'after')], WINDOW)).toEqual([])
})

test('overlapping events inside or across the window edges are reported', () => {
  expect(findConflicts([...pair(50, 101, 'start'), ...pair(199, 250, 'end')], WINDOW)).toEqual([
    { start: 50, end: 101, eventIds: ['start-1', 'start-2'] },
    { start: 199, end: 250, eventIds: ['end-1', 'end-2'] },
  ])
})

test('without a window the same events all count', () => {
  expect(findConflicts([...pair(50, 100, 'before'), ...pair(200, 250, 'after')])).toEqual([
    { start: 50, end: 100, eventIds: ['before-1', 'before-2'] },
    { start: 200, end: 250, eventIds: ['after-1', 'after-2'] },
  ])
})

test('a missing event list or a bad window is refused at its path', () => {
  expect(codeAndPathOf(() => findConflicts(undefined as never))).toEqual({
    code: 'INVALID_EVENT',
    path: 'events',
  })
  expect(codeAndPathOf(() => findConflicts([], { start: 200, end: 100 }))).toEqual({
    code: 'INVALID_INTERVAL',
    path: 'window.end',
  })
  expect(codeAndPathOf(() => findConflicts([], { start: 1.5, end: 100 }))?.path).toMatch(/^window/)
})
