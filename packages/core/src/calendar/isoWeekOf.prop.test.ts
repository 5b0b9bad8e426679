import { fc, test } from '@fast-check/vitest'
import {
  MAX_PLAIN_DATE,
  MIN_PLAIN_DATE,
  plainDateDaysArbitrary,
  plainDateFieldsArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { isoWeekOf } from './isoWeekOf.js'
import { plainDateFromFields } from './plainDateFields.js'
import { weekdayOf } from './weekday.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

function temporalWeek(days: number): { year: number; week: number } {
  const date = EPOCH.add({ days })
  return { year: date.yearOfWeek as number, week: date.weekOfYear as number }
}

test.prop({ days: plainDateDaysArbitrary() })(
  'agrees with Temporal.PlainDate#yearOfWeek and #weekOfYear',
  ({ days }) => {
    expect(isoWeekOf(days)).toEqual(temporalWeek(days))
  },
)

// The turn of the year is where ISO weeks and calendar years part; draw it often.
test.prop({
  year: fc.integer({ min: 1, max: 9999 }),
  offset: fc.integer({ min: -7, max: 7 }),
})('agrees with Temporal within a week of 1 January', ({ year, offset }) => {
  const days = plainDateFromFields({ year, month: 1, day: 1 }) + offset
  fc.pre(days >= MIN_PLAIN_DATE && days <= MAX_PLAIN_DATE)
  expect(isoWeekOf(days)).toEqual(temporalWeek(days))
})

test.prop({ days: fc.integer({ min: MIN_PLAIN_DATE, max: MAX_PLAIN_DATE - 1 }) })(
  'the week changes exactly when the next day is a Monday',
  ({ days }) => {
    const sameWeek = isoWeekOf(days + 1)
    if (weekdayOf(days + 1) === 1) expect(sameWeek).not.toEqual(isoWeekOf(days))
    else expect(sameWeek).toEqual(isoWeekOf(days))
  },
)

test.prop({ fields: plainDateFieldsArbitrary() })(
  'the week-numbering year is the calendar year or one of its neighbours',
  ({ fields }) => {
    const { year, week } = isoWeekOf(plainDateFromFields(fields))
    expect(Math.abs(year - fields.year)).toBeLessThanOrEqual(1)
    expect(week >= 1 && week <= 53).toBe(true)
  },
)
