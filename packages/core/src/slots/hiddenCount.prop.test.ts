import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { hiddenCount } from './lookBusy.js'

describe('hiddenCount laws', () => {
  test.prop({ percent: fc.integer({ min: 0, max: 100 }), count: fc.nat(100_000) })(
    'a whole percentage hides round half up of p × n / 100, exactly',
    ({ percent, count }) => {
      const exact = (2n * BigInt(percent) * BigInt(count) + 100n) / 200n
      expect(hiddenCount(percent, count)).toBe(Number(exact))
    },
  )
})
