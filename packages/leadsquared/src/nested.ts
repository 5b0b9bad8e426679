// Runs a mapper on a part of a bigger input, so its error paths and warning paths name the
// part (`templates[2].WorkingHours[0].StartTime`).
import { isSlotwiseError, SlotwiseError } from '@slotwise/core'
import type { Mapped, VendorWarning } from './types.js'

/** `prefix` joined with a mapper's own path (`''`, `Field…` or `[i]…`). */
export function joinPath(prefix: string, path: string): string {
  if (path === '') return prefix
  if (prefix === '') return path
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`
}

/** Calls `map`, prefixing the path of a SlotwiseError it throws and of its warnings. */
export function nested<T>(prefix: string, map: () => Mapped<T>, into: VendorWarning[]): T {
  let mapped: Mapped<T>
  try {
    mapped = map()
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    throw new SlotwiseError(error.code, {
      path: joinPath(prefix, error.path),
      details: error.details,
      cause: error,
    })
  }
  for (const warning of mapped.warnings) into.push({ ...warning, path: joinPath(prefix, warning.path) })
  return mapped.value
}
