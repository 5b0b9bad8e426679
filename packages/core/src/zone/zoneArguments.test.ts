// The arguments of toInstant and toInstantFromWallMilliseconds named in their refusals, the
// ends of the instant range they answer in, and the suggestions an unknown zone id gets:
// exactly the three closest known ids, by a plain edit distance written out here.
import { fc, test as prop } from '@fast-check/vitest'
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import {
  parsePlainDateTime,
  toInstant,
  toInstantFromWallMilliseconds,
  toOffsetDateTime,
  validateTimeZone,
} from '../index.js'

describe('disambiguation', () => {
  test('absent, null or undefined options mean compatible', () => {
    const gap = Date.UTC(2024, 2, 10, 7, 30)
    expect(toInstant('2024-03-10T02:30', 'America/New_York')).toBe(gap)
    expect(toInstant('2024-03-10T02:30', 'America/New_York', null as never)).toBe(gap)
    expect(toInstant('2024-03-10T02:30', 'America/New_York', {})).toBe(gap)
  })

  test('options that are not an object are refused at options', () => {
    const error = slotwiseErrorOf(() => toInstant('2024-03-10T02:30', 'UTC', 'later' as never))
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'options' })
    expect(error.details).toEqual({ value: '"later"', expected: 'an object' })
  })

  test('an unknown disambiguation is refused at options.disambiguation, listing the four', () => {
    const error = slotwiseErrorOf(() =>
      toInstant('2024-03-10T02:30', 'UTC', { disambiguation: 'sideways' as never }),
    )
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'options.disambiguation' })
    expect(error.details).toEqual({
      value: '"sideways"',
      expected: '"compatible", "earlier", "later" or "reject"',
    })
  })
})

describe('the instant range', () => {
  test('toOffsetDateTime refuses an instant outside it at instant', () => {
    for (const instant of [8.64e15, -8.64e15]) {
      expect(slotwiseErrorOf(() => toOffsetDateTime(instant, 'UTC'))).toMatchObject({
        code: 'INVALID_INSTANT',
        path: 'instant',
      })
    }
  })

  const firstInstant = new Date(0).setUTCFullYear(1, 0, 2)
  const lastInstant = new Date(0).setUTCFullYear(9999, 11, 31) - 1

  test('0001-01-02T00:00Z and 9999-12-30T23:59:59.999Z are answered; a millisecond beyond is not', () => {
    expect(toInstant('0001-01-02T00:00', 'UTC')).toBe(firstInstant)
    expect(toInstant('9999-12-30T23:59:59.999', 'UTC')).toBe(lastInstant)
    for (const [wall, zone] of [
      ['0001-01-02T00:00', '+00:01'],
      ['9999-12-30T23:59:59.999', '-00:01'],
    ] as const) {
      const error = slotwiseErrorOf(() => toInstant(wall, zone))
      expect(error).toMatchObject({ code: 'INVALID_DATE_TIME', path: 'wallTime' })
      expect(error.details).toEqual({
        value: JSON.stringify(wall),
        expected: 'a wall time whose instant is in 0001-01-02…9999-12-30 UTC',
      })
    }
  })

  test('wall milliseconds are read from year 1 to the end of year 9999, integers only', () => {
    const firstWall = parsePlainDateTime('0001-01-01T00:00')
    const lastWall = parsePlainDateTime('9999-12-31T23:59:59.999')
    expect(toInstantFromWallMilliseconds(parsePlainDateTime('0001-01-02T00:00'), 'UTC')).toBe(firstInstant)
    for (const wall of [firstWall - 1, lastWall + 1, 0.5, '0' as never]) {
      const error = slotwiseErrorOf(() => toInstantFromWallMilliseconds(wall, 'UTC'))
      expect(error).toMatchObject({ code: 'INVALID_DATE_TIME', path: 'wall' })
      expect(error.details.expected).toBe('integer wall milliseconds in years 0001–9999')
    }
    // In range as wall milliseconds, out of range as an instant: refused at wall, not wallTime.
    for (const wall of [firstWall, lastWall]) {
      expect(slotwiseErrorOf(() => toInstantFromWallMilliseconds(wall, 'UTC'))).toMatchObject({
        code: 'INVALID_DATE_TIME',
        path: 'wall',
      })
    }
  })
})

/** Levenshtein distance, case-insensitive, with no shortcuts. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let row = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const next = [i]
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[y.length]!
}

const KNOWN = [...Intl.supportedValuesOf('timeZone'), 'UTC']

/** The documented rule: same city scores 0, else the edit distance; at most 4; best three by score, then id. */
function expectedSuggestions(id: string): string[] {
  const probe = id.slice(0, 64)
  const city = (probe.split('/').pop() ?? probe).replace(/ /g, '_').toLowerCase()
  return KNOWN.map((zone) => {
    const zoneCity = (zone.split('/').pop() ?? zone).toLowerCase()
    return { zone, score: city !== '' && zoneCity === city ? 0 : editDistance(probe, zone) }
  })
    .filter(({ score }) => score <= 4)
    .sort((a, b) => a.score - b.score || (a.zone < b.zone ? -1 : 1))
    .slice(0, 3)
    .map(({ zone }) => zone)
}

function suggestionsFor(id: string): unknown {
  return slotwiseErrorOf(() => validateTimeZone(id)).details.suggestions
}

/** A known id with up to five single-character edits (insert, delete, replace), rarely still valid. */
const typo = fc
  .tuple(
    fc.constantFrom(...KNOWN),
    fc.array(
      fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), fc.constantFrom(...'aeiou_/xyzAB')),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
  )
  .map(([zone, edits]) =>
    edits.reduce((text, [kind, at, letter]) => {
      const i = text.length === 0 ? 0 : at % text.length
      if (kind === 'insert') return text.slice(0, i) + letter + text.slice(i)
      if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1)
      return text.slice(0, i) + letter + text.slice(i + 1)
    }, zone),
  )
  .filter((id) => !KNOWN.some((zone) => zone.toLowerCase() === id.toLowerCase()))

describe('suggestions for an unknown id', () => {
  prop.prop({ id: typo })('are the three closest known ids, ties in id order', ({ id }) => {
    try {
      validateTimeZone(id)
    } catch {
      expect(suggestionsFor(id)).toEqual(expectedSuggestions(id))
    }
  })

  test.each([
    ['America/New_Yrok', ['America/New_York']],
    ['Europe/Lodnon', ['Europe/London']],
    ['Asia/Tokio', ['Asia/Tokyo']],
  ])('%s suggests %j first', (id, first) => {
    expect(suggestionsFor(id)).toEqual(expectedSuggestions(id))
    expect((suggestionsFor(id) as string[]).slice(0, 1)).toEqual(first)
  })

  test('only the first 64 characters are compared, and a long id still gets its answer', () => {
    const long = `America/New_Yrok${'x'.repeat(1_000_000)}`
    expect(suggestionsFor(long)).toEqual(expectedSuggestions(long))
  })

  test('ids four edits away are suggested, five are not', () => {
    // 'Europe/Paris' with four letters changed, then five (no other zone is as close).
    expect(suggestionsFor('Euxxxx/Paris')).toContain('Europe/Paris')
    expect(expectedSuggestions('Exxxxx/Pxris')).not.toContain('Europe/Paris')
    expect(suggestionsFor('Exxxxx/Pxris')).toEqual(expectedSuggestions('Exxxxx/Pxris'))
  })
})
