import { test } from '@fast-check/vitest'
import { arbitraryIntervalList, coveredMinutes, intervalsFromMinutes } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { normalizeIntervalList, SetBuilder } from './internal.js'

function build(list: readonly { start: number; end: number }[]) {
  const builder = new SetBuilder()
  for (const x of list) builder.add(x.start, x.end)
  return builder.finish()
}

describe('SetBuilder laws', () => {
  test.prop({ list: arbitraryIntervalList() })('the built set agrees with the minute model', ({ list }) => {
    expect(build(list)).toEqual(intervalsFromMinutes(coveredMinutes(list)))
  })

  test.prop({ list: arbitraryIntervalList() })(
    'the built set equals the checking normalisation, in any order of the spans',
    ({ list }) => {
      expect(build(list)).toEqual(normalizeIntervalList(list, ''))
      const sorted = [...list].sort((a, b) => a.start - b.start)
      expect(build(sorted)).toEqual(normalizeIntervalList(list, ''))
    },
  )

  test.prop({ list: arbitraryIntervalList() })('adding spans never changes what they were', ({ list }) => {
    const copy = list.map((x) => ({ ...x }))
    build(list)
    expect(list).toEqual(copy)
  })
})
