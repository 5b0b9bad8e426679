import { fc, test } from '@fast-check/vitest'
import { toInstant } from '@slotwise/core'
import { codeAndPathOf } from '@slotwise/testkit'
import { expect } from 'vitest'
import { type ReadInstant, readDateTime, scanCommonDateTime } from './read.js'

/** The long way, through the core: the shape by a pattern, the wall time and offset by toInstant. */
function readTheLongWay(text: string, timeZone: string | undefined): ReadInstant {
  const match =
    /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}(?:\d{2}|:\d{2}(?::\d{2})?)?)?$/i.exec(
      text,
    )
  if (match === null) throw new Error('not a date-time')
  const offset = match[2]?.toUpperCase()
  const zone = offset ?? timeZone
  if (zone === undefined) throw new Error('no zone')
  return { instant: toInstant(match[1]!, zone), offset }
}

const digits = (value: number, width: number) => String(value).padStart(width, '0')

/** Date-times near LeadConnector's shape: fields a little out of range, other separators and offsets. */
const dateTimeText = fc
  .record({
    year: fc.oneof(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 10 }),
    fraction: fc.constantFrom('', '', '.000', '.5', '.25', '.123', '.1234'),
    separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'Z', 'z', '', '+0530', '+05', '+05:30:15', '\u221205:00'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          hours: fc.integer({ min: 0, max: 24 }),
          minutes: fc.integer({ min: 0, max: 60 }),
        })
        .map(({ sign, hours, minutes }) => `${sign}${digits(hours, 2)}:${digits(minutes, 2)}`),
    ),
  })
  .map(
    ({ year, month, day, hour, minute, second, fraction, separator, zone }) =>
      `${digits(year, 4)}-${digits(month, 2)}-${digits(day, 2)}${separator}${digits(hour, 2)}:` +
      `${digits(minute, 2)}${second === null ? '' : `:${digits(second, 2)}${fraction}`}${zone}`,
  )

test.prop([dateTimeText, fc.constantFrom(undefined, 'America/New_York', 'Asia/Kathmandu')])(
  'readDateTime answers as the long way does, and refuses what it cannot read',
  (text, timeZone) => {
    let expected: ReadInstant | undefined
    try {
      expected = readTheLongWay(text, timeZone)
    } catch {
      expected = undefined
    }
    if (expected === undefined) {
      expect(codeAndPathOf(() => readDateTime(text, 'events[0].startTime', timeZone))).toEqual({
        code: 'INVALID_VENDOR_PAYLOAD',
        path: 'events[0].startTime',
      })
    } else {
      expect(readDateTime(text, 'events[0].startTime', timeZone)).toEqual(expected)
    }
  },
)

test.prop([
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.constantFrom('Z', '+00:00', '-04:00', '+05:45', '-09:30', '+14:00'),
  fc.boolean(),
])('a time as LeadConnector writes it takes the short way', (instant, zone, withFraction) => {
  const iso = new Date(instant).toISOString()
  const text = `${withFraction ? iso.slice(0, 23) : iso.slice(0, 19)}${zone}`
  // The short way, not NaN: the wall clock written, shifted back by the offset.
  const shown = Date.parse(`${text.slice(0, text.length - zone.length)}Z`)
  const minutes =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)))
  expect(scanCommonDateTime(text)).toBe(shown - minutes * 60_000)
})

test.each([
  ['0001-01-02T00:00:00Z', true],
  ['0001-01-01T23:59:59-00:01', true],
  ['0001-01-01T23:59:59Z', false],
  ['0001-01-02T00:30:00+01:00', false],
  ['9999-12-30T23:59:59.999Z', true],
  ['9999-12-30T23:00:00-01:00', false],
])('at the ends of the years the core takes, %s is read: %s', (text, readable) => {
  expect(codeAndPathOf(() => readDateTime(text, 'startTime', undefined))).toEqual(
    readable ? undefined : { code: 'INVALID_VENDOR_PAYLOAD', path: 'startTime' },
  )
  if (readable) expect(readDateTime(text, 'startTime', undefined)).toEqual(readTheLongWay(text, undefined))
})
