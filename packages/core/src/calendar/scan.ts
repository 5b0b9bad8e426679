import { fail } from '../internal/read.js'
import type { SlotwiseErrorCode } from '../SlotwiseError.js'

/**
 * The shared body of the `parse…` functions: the number `scan` reads from `text`, or `code`
 * at `path` with `expected` when `text` is not a string or `scan` finds no valid value
 * (the scanners answer NaN or -Infinity then).
 */
export function parseWith(
  text: unknown,
  path: string,
  code: SlotwiseErrorCode,
  expected: string,
  scan: (text: string) => number,
): number {
  const value = typeof text === 'string' ? scan(text) : Number.NaN
  if (!Number.isFinite(value)) fail(code, path, text, expected)
  return value
}

/** Reads exactly `count` ASCII digits at `at`; -1 when any of them is not a digit. */
export function readDigits(text: string, at: number, count: number): number {
  let value = 0
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48
    if (code < 0 || code > 9) return -1
    value = value * 10 + code
  }
  return value
}

/** Writes a non-negative integer with at least `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
