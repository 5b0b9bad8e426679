import { fc, test } from '@fast-check/vitest'
import { plainDateDaysArbitrary, plainDateFieldsArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { plainDateFromFields, plainDateToFields } from './plainDateFields.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

test.prop({ fields: plainDateFieldsArbitrary() })(
  'to-fields after from-fields is the identity',
  ({ fields }) => {
    expect(plainDateToFields(plainDateFromFields(fields))).toEqual(fields)
  },
)

test.prop({ days: plainDateDaysArbitrary() })('from-fields after to-fields is the identity', ({ days }) => {
  expect(plainDateFromFields(plainDateToFields(days))).toBe(days)
})

test.prop({
  fields: fc.record({
    year: fc.integer({ min: -2, max: 10_001 }),
    month: fc.integer({ min: -1, max: 14 }),
    day: fc.integer({ min: -1, max: 33 }),
  }),
})('accepts exactly the fields Temporal accepts with overflow "reject", in years 0001–9999', ({ fields }) => {
  let expected: number | undefined
  try {
    const date = Temporal.PlainDate.from(fields, { overflow: 'reject' })
    if (date.year >= 1 && date.year <= 9999) expected = EPOCH.until(date, { largestUnit: 'day' }).days
  } catch {
    expected = undefined
  }
  if (expected === undefined) {
    expect(() => plainDateFromFields(fields)).toThrow(
      expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path: 'date' }),
    )
  } else expect(plainDateFromFields(fields)).toBe(expected)
})

test.prop({ days: plainDateDaysArbitrary() })('to-fields agrees with Temporal', ({ days }) => {
  const date = EPOCH.add({ days })
  expect(plainDateToFields(days)).toEqual({ year: date.year, month: date.month, day: date.day })
})
