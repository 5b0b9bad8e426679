// assign() checks every candidate, eligible or not, and refuses bad input at the path of
// the field: the slot, its people list, each candidate and each of its fields, with the
// documented ranges (priority within ±1e9, bookings a whole number from 0 to 1e9).
import { expect, test } from 'vitest'
import { assign, isSlotwiseError } from '../index.js'

function failureOf(run: () => unknown): [string, string] | undefined {
  try {
    run()
  } catch (error) {
    if (isSlotwiseError(error)) return [error.code, error.path]
    throw error
  }
  return undefined
}

const slot = { people: ['ana', 'ben'] }

test('a slot without a people list, or not an object, is refused', () => {
  expect(failureOf(() => assign({} as never, [{ id: 'ana' }]))).toEqual(['INVALID_ARGUMENT', 'slot.people'])
  expect(failureOf(() => assign(null as never, [{ id: 'ana' }]))).toEqual(['INVALID_ARGUMENT', 'slot'])
  expect(failureOf(() => assign({ people: 'ana' } as never, []))).toEqual(['INVALID_ARGUMENT', 'slot.people'])
})

test('a candidate that is not an object is refused at its index', () => {
  expect(failureOf(() => assign(slot, [{ id: 'ana' }, null as never]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[1]',
  ])
})

test('a candidate who is not eligible is still checked', () => {
  expect(failureOf(() => assign(slot, [{ id: 'ana' }, { id: 'zoe', bookings: -1 }]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[1].bookings',
  ])
})

test('priority is accepted from -1e9 to 1e9 and refused past either end', () => {
  expect(
    assign(slot, [
      { id: 'ana', priority: -1e9 },
      { id: 'ben', priority: 1e9 },
    ]),
  ).toBe('ben')
  expect(
    assign(slot, [
      { id: 'ana', priority: 1e9 },
      { id: 'ben', priority: -1e9 },
    ]),
  ).toBe('ana')
  expect(failureOf(() => assign(slot, [{ id: 'ana', priority: 1e9 + 1 }]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[0].priority',
  ])
  expect(failureOf(() => assign(slot, [{ id: 'ana', priority: -1e9 - 1 }]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[0].priority',
  ])
})

test('a fractional priority counts as it is', () => {
  expect(
    assign(slot, [
      { id: 'ana', priority: 0.5 },
      { id: 'ben', priority: 0.75 },
    ]),
  ).toBe('ben')
})

test('bookings are whole numbers from 0 to 1e9', () => {
  expect(
    assign(slot, [
      { id: 'ana', bookings: 1e9 },
      { id: 'ben', bookings: 0 },
    ]),
  ).toBe('ben')
  expect(failureOf(() => assign(slot, [{ id: 'ana', bookings: 1e9 + 1 }]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[0].bookings',
  ])
  expect(failureOf(() => assign(slot, [{ id: 'ana', bookings: 1.5 }]))).toEqual([
    'INVALID_ARGUMENT',
    'candidates[0].bookings',
  ])
})

test('no eligible candidate: undefined, not an error', () => {
  expect(assign(slot, [{ id: 'zoe' }])).toBeUndefined()
  expect(assign({ people: [] }, [{ id: 'ana' }])).toBeUndefined()
})
