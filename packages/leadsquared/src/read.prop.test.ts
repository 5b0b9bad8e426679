// readDateTime reads the common `yyyy-MM-dd HH:mm:ss[.fff]` itself, digit by digit, and
// hands anything else to the core. One law: it accepts exactly what the core's
// parsePlainDateTime accepts (LeadSquared's space read as the `T`), with the same wall
// milliseconds, and refuses the rest with INVALID_VENDOR_PAYLOAD at the field's path.
import { fc, test } from '@fast-check/vitest'
import { isSlotwiseError, safeParsePlainDateTime } from '@slotwise/core'
import {
  hostileInputArbitrary,
  nearMissTextArbitrary,
  numRuns,
  plainDateTimeFieldsArbitrary,
  plainDateTimeTextArbitrary,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { readDateTime, readDateTimeAt } from './read.js'

/** The oracle: the core's parser, with a space in place of the `T` read as one. */
function parseWithCore(value: unknown): number | undefined {
  const text =
    typeof value === 'string' && value.length >= 16 && value.length <= 30 && value[10] === ' '
      ? `${value.slice(0, 10)}T${value.slice(11)}`
      : value
  const parsed = safeParsePlainDateTime(text)
  return parsed.success ? parsed.value : undefined
}

type Outcome = { readonly value: number } | { readonly code: string; readonly path: string }

function outcomeOf(read: () => number): Outcome {
  try {
    return { value: read() }
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    return { code: error.code, path: error.path }
  }
}

function expected(value: unknown, path: string): Outcome {
  const wall = parseWithCore(value)
  return wall === undefined ? { code: 'INVALID_VENDOR_PAYLOAD', path } : { value: wall }
}

/** Valid date-times in every form the core reads, with a `T` or LeadSquared's space. */
const validText = fc
  .tuple(plainDateTimeTextArbitrary(), fc.boolean())
  .map(([text, space]) => (space ? text.replace('T', ' ') : text))

/** One field of a valid date-time swapped for an edge of the grammar, or none. */
const EDGES = {
  year: ['0000', '0001', '1900', '2000', '2023', '2024', '2100', '9999', '999', '12345'],
  month: ['00', '01', '02', '04', '12', '13', '1'],
  day: ['00', '28', '29', '30', '31', '32', '1'],
  hour: ['00', '23', '24', '99', '7'],
  minute: ['00', '59', '60', '5'],
  second: ['00', '59', '60', '5', ''],
  fraction: ['', '.', '.5', '.05', '.000', '.999', '.1234', '.5a', ',500'],
  separator: [' ', 'T', 't', '_', '  '],
}
type Field = keyof typeof EDGES

const edgeText = fc
  .record({
    fields: plainDateTimeFieldsArbitrary(),
    fraction: fc.constantFrom('', '.000', '.250', '.999'),
    separator: fc.constantFrom(' ', 'T'),
    edits: fc.array(
      fc
        .constantFrom(...(Object.keys(EDGES) as Field[]))
        .chain((field) => fc.tuple(fc.constant(field), fc.constantFrom(...EDGES[field]))),
      { maxLength: 2 },
    ),
  })
  .map(({ fields, fraction, separator, edits }) => {
    const seconds = fields.second
    const parts: Record<Field, string> = {
      year: String(fields.year).padStart(4, '0'),
      month: String(fields.month).padStart(2, '0'),
      day: String(fields.day).padStart(2, '0'),
      hour: String(Math.floor(seconds / 3600)).padStart(2, '0'),
      minute: String(Math.floor(seconds / 60) % 60).padStart(2, '0'),
      second: String(seconds % 60).padStart(2, '0'),
      fraction,
      separator,
    }
    for (const [field, edge] of edits) parts[field] = edge
    return (
      `${parts.year}-${parts.month}-${parts.day}${parts.separator}` +
      `${parts.hour}:${parts.minute}${parts.second === '' ? '' : `:${parts.second}`}${parts.fraction}`
    )
  })

/** The last days of February, in century years (leap only every 400) and any others. */
const februaryText = fc
  .record({
    year: fc.oneof(
      fc.integer({ min: 1, max: 99 }).map((century) => century * 100),
      fc.integer({ min: 1, max: 9999 }),
    ),
    day: fc.constantFrom('28', '29', '30'),
    separator: fc.constantFrom(' ', 'T'),
  })
  .map(({ year, day, separator }) => `${String(year).padStart(4, '0')}-02-${day}${separator}12:00:00`)

const nearGrammar = fc.oneof(validText, edgeText, nearMissTextArbitrary(fc.oneof(validText, edgeText)))

// Each run reads one string: ten times the usual number of runs costs milliseconds.
const runs = { numRuns: numRuns * 10 }

describe('readDateTime', () => {
  test.prop({ text: fc.oneof(validText, edgeText, februaryText) }, runs)(
    'reads what the core reads, to the same wall milliseconds, and refuses what it refuses',
    ({ text }) => {
      expect(outcomeOf(() => readDateTime(text, 'tasks[0].DueDate'))).toEqual(
        expected(text, 'tasks[0].DueDate'),
      )
    },
  )

  test.prop({ text: nearGrammar }, runs)(
    'agrees with the core on near misses (one to three edits)',
    ({ text }) => {
      expect(outcomeOf(() => readDateTime(text, 'x'))).toEqual(expected(text, 'x'))
    },
  )

  test.prop({ value: hostileInputArbitrary() })('agrees with the core on anything else', ({ value }) => {
    expect(outcomeOf(() => readDateTime(value, 'x'))).toEqual(expected(value, 'x'))
  })

  test.prop({ value: fc.oneof(nearGrammar, hostileInputArbitrary()), index: fc.nat(99_999) })(
    'readDateTimeAt is readDateTime at base[index].key',
    ({ value, index }) => {
      expect(outcomeOf(() => readDateTimeAt(value, 'tasks', index, 'EndDate'))).toEqual(
        outcomeOf(() => readDateTime(value, `tasks[${index}].EndDate`)),
      )
    },
  )
})
