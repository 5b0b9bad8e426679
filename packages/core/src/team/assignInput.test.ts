// assign() checks every candidate, eligible or not, and refuses bad input at the path of
// the field: the slot, its people list, each candidate and each of its fields, with the
// documented ranges (priority within ±1e9, bookings a whole number from 0 to 1e9).
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { assign } from '../index.js'

const slot = { people: ['ana', 'ben'] }

test('a slot without a people list, or not an object, is refused', () => {
  expect(codeAndPathOf(() => assign({} as never, [{ id: 'ana' }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'slot.people',
  })
  expect(codeAndPathOf(() => assign(null as never, [{ id: 'ana' }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'slot',
  })
  expect(codeAndPathOf(() => assign({ people: 'ana' } as never, []))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'slot.people',
  })
})

test('a candidate that is not an object is refused at its index', () => {
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana' }, null as never]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[1]',
  })
})

test('a candidate who is not eligible is still checked', () => {
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana' }, { id: 'zoe', bookings: -1 }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[1].bookings',
  })
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
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana', priority: 1e9 + 1 }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[0].priority',
  })
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana', priority: -1e9 - 1 }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[0].priority',
  })
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
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana', bookings: 1e9 + 1 }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[0].bookings',
  })
  expect(codeAndPathOf(() => assign(slot, [{ id: 'ana', bookings: 1.5 }]))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'candidates[0].bookings',
  })
})

test('no eligible candidate: undefined, not an error', () => {
  expect(assign(slot, [{ id: 'zoe' }])).toBeUndefined()
  expect(assign({ people: [] }, [{ id: 'ana' }])).toBeUndefined()
})
