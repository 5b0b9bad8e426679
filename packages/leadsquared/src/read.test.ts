import { isSlotwiseError } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import { readDateTime } from './read.js'

const DAY = 86_400_000

function pathOfError(read: () => unknown): string | undefined {
  try {
    read()
  } catch (error) {
    if (isSlotwiseError(error) && error.code === 'INVALID_VENDOR_PAYLOAD') return error.path
    throw error
  }
  return undefined
}

describe('readDateTime', () => {
  test.each([
    ['2026-03-09 14:00:00', Date.UTC(2026, 2, 9, 14)],
    ['2026-03-09 14:00:00.250', Date.UTC(2026, 2, 9, 14, 0, 0, 250)],
    ['2026-03-09T14:00:00', Date.UTC(2026, 2, 9, 14)],
    // Shorter forms come from the core's parser: minutes only, one or two fraction digits.
    ['2026-03-09 14:00', Date.UTC(2026, 2, 9, 14)],
    ['2026-03-09 14:00:00.5', Date.UTC(2026, 2, 9, 14, 0, 0, 500)],
    ['2024-02-29 23:59:59.999', Date.UTC(2024, 2, 1) - 1],
    ['2000-02-29 00:00:00', Date.UTC(2000, 1, 29)],
    ['0001-01-01 00:00:00', -719_162 * DAY],
    ['9999-12-31 23:59:59', 2_932_897 * DAY - 1000],
  ])('%s', (text, wall) => {
    expect(readDateTime(text, 'DueDate')).toBe(wall)
  })

  test.each([
    '2023-02-29 10:00:00', // not a leap year
    '2100-02-29 10:00:00', // nor is 2100
    '2026-04-31 10:00:00',
    '2026-13-01 10:00:00',
    '0000-01-01 00:00:00',
    '2026-03-09 24:00:00', // 24:00 is only for a time of day's end
    '2026-03-09 14:60:00',
    '2026-03-09 14:00:60',
    '2026-03-09 14:00:00.1234',
    '2026-03-09 14:00:00.',
    '2026-03-09  14:00:00',
    '2026-03-09 14:00:00Z',
    '2026-03-09t14:00:00',
    '２026-03-09 14:00:00',
    '2026-03-09 14:00:0',
  ])('refuses %s at its path', (text) => {
    expect(pathOfError(() => readDateTime(text, 'tasks[3].DueDate'))).toBe('tasks[3].DueDate')
  })
})
