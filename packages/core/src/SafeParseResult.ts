import type { ErrorDetails } from './errorMessages.js'
import { isSlotwiseError, type SlotwiseErrorCode } from './SlotwiseError.js'

/** One problem found by a `safeParse…` function. */
export interface SafeParseIssue {
  /** The error code the throwing twin would raise. */
  readonly code: SlotwiseErrorCode
  /** The offending field. */
  readonly path: string
  /** Human-readable explanation. */
  readonly message: string
  /** The error's details (the value, suggestions, a limit, a vendor's error body). */
  readonly details?: ErrorDetails
}

/** What every `safeParse…` function returns instead of throwing. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly issues: readonly SafeParseIssue[] }

/** Turns a throwing parser call into a {@link SafeParseResult}; other errors still throw (they are bugs). */
export function runSafely<T>(parse: () => T): SafeParseResult<T> {
  try {
    return { success: true, value: parse() }
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    const { code, path, message, details } = error
    return { success: false, issues: [{ code, path, message, details }] }
  }
}
