import fc from 'fast-check'
import { afterAll, expect, test } from 'vitest'
import { jsonProblem } from './adversarialInputs.js'
import { FuzzLedger, fuzzCall, sameSnapshot, snapshot } from './fuzz.js'
import { numRuns } from './setupFastCheck.js'

// The all-exports fuzz suite of an adapter, built on the harness in fuzz.ts: one property per
// driver, every call through `fuzzCall`, a completeness test over the package's exports, and
// the ledger printed when the file ends.

/** What a suite promises about one exported function. */
export interface FuzzEntryPoint {
  /** Hang guard per call, in milliseconds: at least 20× the worst observed, never below 1000. */
  readonly boundMs: number
  /** The codes it may throw (each in the core README's error catalogue); `[]` for one that never throws. */
  readonly codes: readonly string[]
}

/** One way of calling an exported function; several drivers may share an entry point. */
export interface FuzzDriver {
  /** The exported name it calls: its row in the ledger. */
  readonly entry: string
  /** What it feeds the function, for the test's name. */
  readonly title: string
  /** The argument list of one call. */
  readonly inputs: fc.Arbitrary<readonly unknown[]>
  readonly run: (...inputs: never[]) => unknown
  /** Checks a returned value against its inputs; a message for a wrong one. Results are also checked to survive JSON when the inputs do. */
  // biome-ignore lint/suspicious/noExplicitAny: a driver's validator reads the result of its own function.
  readonly validate?: (result: any, inputs: readonly unknown[]) => string | undefined
  /** Runs of this property; default the global `FC_NUM_RUNS`. */
  readonly numRuns?: number
}

/** One adapter's suite. */
export interface AllExportsFuzzSuite {
  readonly title: string
  /** `import * as api from './index.js'`. */
  readonly api: Readonly<Record<string, unknown>>
  /** `catalogueCodes(<the core README>)`. */
  readonly catalogue: ReadonlySet<string>
  readonly entryPoints: Readonly<Record<string, FuzzEntryPoint>>
  readonly drivers: readonly FuzzDriver[]
  /** Whether `details.vendorError` of a VENDOR_LIMIT is the vendor's own error body. */
  readonly isVendorError: (body: unknown) => boolean
}

/** Runs of an expensive end-to-end property: a tenth of FC_NUM_RUNS, at least 50 (never more than FC_NUM_RUNS). */
export function endToEndRuns(): number {
  return Math.min(numRuns, Math.max(50, Math.ceil(numRuns / 10)))
}

function vendorErrorProblem(error: unknown, isVendorError: (body: unknown) => boolean): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code, details } = error as { code?: unknown; details?: { vendorError?: unknown } }
  if (code !== 'VENDOR_LIMIT') return undefined
  if (!isVendorError(details?.vendorError))
    return `VENDOR_LIMIT without the vendor's own error body: ${JSON.stringify(details?.vendorError)}`
  return undefined
}

/** `run`, with a VENDOR_LIMIT that lacks the vendor's error body turned into a failure. */
function checkingVendorErrors(
  run: (...inputs: never[]) => unknown,
  isVendorError: (body: unknown) => boolean,
): (...inputs: unknown[]) => unknown {
  return (...inputs) => {
    try {
      return (run as (...inputs: unknown[]) => unknown)(...inputs)
    } catch (error) {
      const problem = vendorErrorProblem(error, isVendorError)
      if (problem !== undefined) throw new Error(problem)
      throw error
    }
  }
}

/** A safe twin's result: `{ success: true, value }` or `{ success: false, issues }`. */
interface SafeResult {
  readonly success: boolean
  readonly issues?: ReadonlyArray<{
    readonly code: string
    readonly path: string
    readonly details?: unknown
  }>
}

/**
 * A validator for a `safe…` form: it returned `{ success: false, issues }` exactly when
 * `throwing` throws on the same inputs (same code and path, VENDOR_LIMIT issues carrying the
 * vendor's body), and otherwise what `successOf` makes of the throwing form's result.
 */
export function sameAsThrowing(
  throwing: (...inputs: never[]) => unknown,
  successOf: (returned: unknown) => unknown,
  isVendorError: (body: unknown) => boolean,
): (result: SafeResult, inputs: readonly unknown[]) => string | undefined {
  return (result, inputs) => {
    let returned: { value: unknown } | undefined
    let thrown: { code: string; path: string } | undefined
    try {
      returned = { value: (throwing as (...inputs: unknown[]) => unknown)(...inputs) }
    } catch (error) {
      thrown = error as { code: string; path: string }
    }
    if (thrown !== undefined) {
      const issue = result.issues?.[0]
      if (result.success !== false || issue === undefined)
        return `succeeded where the throwing form threw ${thrown.code}`
      if (issue.code !== thrown.code || issue.path !== thrown.path)
        return `issue ${issue.code} at ${issue.path}, the throwing form threw ${thrown.code} at ${thrown.path}`
      return vendorErrorProblem(issue, isVendorError)
    }
    if (result.success !== true)
      return `failed (${result.issues?.[0]?.code}) where the throwing form returned`
    // Structural snapshots, not JSON text: a caller's bigint may travel into the value.
    return sameSnapshot(snapshot(result), snapshot(successOf(returned?.value)))
      ? undefined
      : 'returned a value other than the throwing form’s'
  }
}

/**
 * Registers the suite: a completeness test (every exported function has a driver and an
 * entry point), a catalogue test (every stated code is catalogued), one property per driver
 * through {@link fuzzCall}, and the ledger printed with `console.info` after the file.
 */
export function describeAllExportsFuzz(suite: AllExportsFuzzSuite): void {
  const ledger = new FuzzLedger()
  for (const [name, entry] of Object.entries(suite.entryPoints)) ledger.entry(name, entry.boundMs)
  const functions = Object.keys(suite.api)
    .filter((name) => typeof suite.api[name] === 'function')
    .sort()

  test('every exported function has a driver and a stated entry point', () => {
    const driven = new Set(suite.drivers.map((driver) => driver.entry))
    expect(functions.filter((name) => !driven.has(name))).toEqual([])
    expect(Object.keys(suite.entryPoints).sort()).toEqual(functions)
  })

  test('every code an entry point may throw is in the core README error catalogue', () => {
    const uncatalogued = Object.entries(suite.entryPoints).flatMap(([name, entry]) =>
      entry.codes.filter((code) => !suite.catalogue.has(code)).map((code) => `${name}: ${code}`),
    )
    expect(suite.catalogue.size).toBeGreaterThan(0)
    expect(uncatalogued).toEqual([])
  })

  for (const driver of suite.drivers) {
    const entry = suite.entryPoints[driver.entry]
    const runs = driver.numRuns ?? numRuns
    // Vitest's own timeout scales with the runs; the per-call bound is the real hang guard.
    test(
      `${driver.entry} (${driver.title}): returns valid JSON or throws a stated SlotwiseError, in bound, touching nothing`,
      () => {
        if (entry === undefined) throw new Error(`${driver.entry} has no entry point`)
        const record = ledger.entry(driver.entry, entry.boundMs)
        const codes = new Set(entry.codes)
        const run = checkingVendorErrors(driver.run, suite.isVendorError)
        fc.assert(
          fc.property(driver.inputs, (inputs) => {
            // A result must survive JSON when the inputs do: an update keeps the caller's own
            // unknown fields (a Map among them stays a Map).
            const jsonInputs = inputs.every((input) => jsonProblem(input) === undefined)
            fuzzCall(record, inputs, run, {
              codes,
              validate: (result) =>
                (jsonInputs ? jsonProblem(result) : undefined) ?? driver.validate?.(result, inputs),
            })
          }),
          { numRuns: runs },
        )
      },
      120_000 + runs * 50,
    )
  }

  afterAll(() => {
    console.info(ledger.report(suite.title))
  })
}

type Run = (...inputs: never[]) => unknown

/**
 * A driver for a `safe…` reader: it must fail exactly when its throwing form throws, with
 * the same code and path, and otherwise return `successOf` of what the throwing form returns.
 */
export function safeFormDriver(
  entry: string,
  throwing: Run,
  safe: Run,
  inputs: fc.Arbitrary<readonly unknown[]>,
  successOf: (returned: unknown) => unknown,
  isVendorError: (body: unknown) => boolean,
): FuzzDriver {
  return {
    entry,
    title: 'same outcome as the throwing form',
    inputs,
    run: safe,
    validate: sameAsThrowing(throwing, successOf, isVendorError),
  }
}

/** `undefined` when `read()` accepts, else a message naming `what` refused it and why. */
export function refusalOf(read: () => unknown, what: string): string | undefined {
  try {
    read()
    return undefined
  } catch (error) {
    const { code, path } = error as { code?: string; path?: string }
    return `${what} refuses it: ${code ?? String(error)} at ${path}`
  }
}

/** What a test reads of a SlotwiseError: its code, path, message and details. */
export interface SlotwiseErrorSeen {
  readonly code: string
  readonly path: string
  readonly message: string
  readonly details: Readonly<Record<string, unknown>>
}

/** The SlotwiseError `run` throws; anything else (or nothing) fails the test. */
export function slotwiseErrorOf(run: () => unknown): SlotwiseErrorSeen {
  try {
    run()
  } catch (error) {
    if ((error as Record<symbol, unknown>)[Symbol.for('slotwise.error')] !== true) throw error
    return error as SlotwiseErrorSeen
  }
  throw new Error('expected a SlotwiseError')
}

/**
 * The code and path of the SlotwiseError `run` throws, or `undefined` when it returns:
 * for tests that check a refusal and its edge side by side. Any other error fails the test.
 */
export function codeAndPathOf(run: () => unknown): { code: string; path: string } | undefined {
  try {
    run()
  } catch (error) {
    if ((error as Record<symbol, unknown>)[Symbol.for('slotwise.error')] !== true) throw error
    const { code, path } = error as SlotwiseErrorSeen
    return { code, path }
  }
  return undefined
}

/** The code and path of the SlotwiseError `run` throws; anything else fails the test. */
export function thrownBy(run: () => unknown): { code: string; path: string } {
  const { code, path } = slotwiseErrorOf(run)
  return { code, path }
}
