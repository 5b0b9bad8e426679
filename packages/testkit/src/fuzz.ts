import fc from 'fast-check'

// The harness behind the all-exports fuzz suites. Every call goes through `fuzzCall`, which
// checks the four promises a public function makes on any input: it returns a valid result
// or throws a SlotwiseError whose code is in the catalogue; it finishes within the bound the
// suite states; it does not mutate its input; it leaves Object.prototype (and the other
// built-in prototypes) as it found them.

/** The outcome of one fuzzed call, as the ledger counts it. */
export type FuzzOutcome = 'returned' | `threw ${string}`

/** Per entry point: calls made, outcomes, the worst time observed and the stated bound. */
export interface EntryPointRecord {
  readonly name: string
  readonly boundMs: number
  calls: number
  worstMs: number
  readonly outcomes: Map<FuzzOutcome, number>
}

/** Counts calls per entry point and prints them as a table when the suite ends. */
export class FuzzLedger {
  readonly records = new Map<string, EntryPointRecord>()

  /** Registers an entry point with the time bound (milliseconds per call) the suite promises. */
  entry(name: string, boundMs: number): EntryPointRecord {
    let record = this.records.get(name)
    if (record === undefined) {
      record = { name, boundMs, calls: 0, worstMs: 0, outcomes: new Map() }
      this.records.set(name, record)
    }
    return record
  }

  /** A plain-text table: entry point, calls, returned, threw (by code), worst ms, bound ms. */
  report(title: string): string {
    const rows = [...this.records.values()].map((record) => {
      const returned = record.outcomes.get('returned') ?? 0
      const thrown = [...record.outcomes.entries()]
        .filter(([outcome]) => outcome !== 'returned')
        .sort(([, a], [, b]) => b - a)
        .map(([outcome, count]) => `${outcome.slice('threw '.length)} ${count}`)
        .join(', ')
      return [
        record.name,
        String(record.calls),
        String(returned),
        thrown === '' ? '-' : thrown,
        record.worstMs.toFixed(1),
        String(record.boundMs),
      ]
    })
    const header = ['entry point', 'calls', 'returned', 'threw (code count)', 'worst ms', 'bound ms']
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)))
    const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')
    const total = rows.reduce((sum, row) => sum + Number(row[1]), 0)
    return [`${title}: ${total} calls`, line(header), ...rows.map(line)].join('\n')
  }
}

// ---------------------------------------------------------------------------------------
// Structural snapshots: own keys (a `__proto__` own key included), -0 and NaN kept apart.

type Snapshot =
  | { readonly kind: 'primitive'; readonly value: unknown }
  | { readonly kind: 'array'; readonly items: readonly Snapshot[]; readonly extra: readonly string[] }
  | {
      readonly kind: 'object'
      readonly proto: object | null
      readonly entries: ReadonlyArray<readonly [string | symbol, Snapshot]>
    }
  | { readonly kind: 'function'; readonly value: unknown }
  | { readonly kind: 'seen'; readonly value: unknown }

const SNAPSHOT_DEPTH = 64
const SNAPSHOT_ITEMS = 2_000

/**
 * A structural copy of `value` for a later {@link sameSnapshot}. Arrays longer than 2,000
 * items are recorded by length and their first and last items; nesting deeper than 64 by
 * identity (fuzz inputs share those big constants, so identity is what a mutation would break).
 */
export function snapshot(value: unknown, depth = 0, seen = new Set<object>()): Snapshot {
  if (typeof value === 'function') return { kind: 'function', value }
  if (typeof value !== 'object' || value === null) return { kind: 'primitive', value }
  if (seen.has(value) || depth >= SNAPSHOT_DEPTH) return { kind: 'seen', value }
  seen.add(value)
  try {
    if (Array.isArray(value)) {
      const items =
        value.length <= SNAPSHOT_ITEMS
          ? Array.from(value, (item) => snapshot(item, depth + 1, seen))
          : [
              { kind: 'primitive' as const, value: value.length },
              snapshot(value[0], depth + 1, seen),
              snapshot(value[value.length - 1], depth + 1, seen),
            ]
      // Listing the keys of a million-element array costs about 200 ms, twice per call, so
      // extra (non-index) keys are compared on arrays of up to 2,000 items only.
      const extra =
        value.length <= SNAPSHOT_ITEMS ? Object.keys(value).filter((key) => !/^\d+$/.test(key)) : []
      return { kind: 'array', items, extra }
    }
    if (value instanceof Map || value instanceof Set || value instanceof Date) return { kind: 'seen', value }
    const entries = Reflect.ownKeys(value).map((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key)
      const inner = descriptor !== undefined && 'value' in descriptor ? descriptor.value : descriptor?.get
      return [key, snapshot(inner, depth + 1, seen)] as const
    })
    return { kind: 'object', proto: Reflect.getPrototypeOf(value), entries }
  } finally {
    seen.delete(value)
  }
}

/** Whether two snapshots describe the same structure and the same values (`Object.is`). */
export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'primitive':
    case 'function':
    case 'seen':
      return Object.is(a.value, (b as typeof a).value)
    case 'array': {
      const other = b as typeof a
      return (
        a.items.length === other.items.length &&
        a.items.every((item, i) => sameSnapshot(item, other.items[i] as Snapshot)) &&
        a.extra.join('\u0000') === other.extra.join('\u0000')
      )
    }
    case 'object': {
      const other = b as typeof a
      return (
        a.proto === other.proto &&
        a.entries.length === other.entries.length &&
        a.entries.every(
          ([key, inner], i) =>
            other.entries[i]?.[0] === key && sameSnapshot(inner, other.entries[i]?.[1] as Snapshot),
        )
      )
    }
  }
}

// ---------------------------------------------------------------------------------------
// Built-in prototypes

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
]

function prototypeFingerprint(): string {
  return PROTOTYPES.map(([name, proto]) => {
    const keys = Reflect.ownKeys(proto)
      .map((key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(proto, key)
        const value = descriptor && 'value' in descriptor ? descriptor.value : descriptor?.get
        return `${String(key)}:${typeof value}`
      })
      .join(',')
    return `${name}[${Reflect.getPrototypeOf(proto) === null ? 'null' : 'obj'}]{${keys}}`
  }).join(';')
}

const pristinePrototypes = prototypeFingerprint()

/** Throws when a built-in prototype gained, lost or retyped a property since the suite loaded. */
export function assertPrototypesUnchanged(context: string): void {
  if (prototypeFingerprint() !== pristinePrototypes)
    throw new Error(`${context}: a built-in prototype changed (prototype pollution)`)
  const probe: Record<string, unknown> = {}
  if (probe.polluted !== undefined || probe.isAdmin !== undefined)
    throw new Error(`${context}: Object.prototype carries an inherited 'polluted' or 'isAdmin'`)
}

// ---------------------------------------------------------------------------------------
// One checked call

/** What the suite says about one entry point. */
export interface FuzzCallOptions<R> {
  /** The codes this entry point may throw, every one of them listed in the error catalogue. */
  readonly codes: ReadonlySet<string>
  /** Checks a returned value; return a message for an invalid one. */
  readonly validate?: (result: R) => string | undefined
}

/** Read `code` off anything thrown, or `undefined` when it is not a Slotwise error. */
function slotwiseCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  if ((error as Record<symbol, unknown>)[Symbol.for('slotwise.error')] !== true) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/**
 * Calls `run(...inputs)` once and checks the promises every public function makes. Throws
 * an `Error` describing the broken promise (fast-check then shrinks the input).
 */
export function fuzzCall<R>(
  record: EntryPointRecord,
  inputs: readonly unknown[],
  run: (...inputs: never[]) => R,
  options: FuzzCallOptions<R>,
): void {
  const before = inputs.map((input) => snapshot(input))
  let outcome: FuzzOutcome
  let failure: string | undefined
  const started = performance.now()
  try {
    const result = (run as (...inputs: unknown[]) => R)(...inputs)
    outcome = 'returned'
    failure = options.validate?.(result)
  } catch (error) {
    const code = slotwiseCodeOf(error)
    if (code === undefined) {
      outcome = 'threw foreign'
      failure = `threw a foreign error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
    } else {
      outcome = `threw ${code}`
      if (!options.codes.has(code)) failure = `threw ${code}, which this entry point does not document`
      else if (typeof (error as { path?: unknown }).path !== 'string')
        failure = `threw ${code} without a path`
    }
  }
  const elapsed = performance.now() - started
  record.calls += 1
  record.worstMs = Math.max(record.worstMs, elapsed)
  record.outcomes.set(outcome, (record.outcomes.get(outcome) ?? 0) + 1)
  if (failure !== undefined) throw new Error(`${record.name}: ${failure}`)
  // The bound is a hang guard, stated per entry point and far above the worst observed.
  if (elapsed > record.boundMs)
    throw new Error(`${record.name}: took ${elapsed.toFixed(0)} ms, over its bound of ${record.boundMs} ms`)
  inputs.forEach((input, i) => {
    if (!sameSnapshot(before[i] as Snapshot, snapshot(input)))
      throw new Error(`${record.name}: mutated its argument ${i}`)
  })
  assertPrototypesUnchanged(record.name)
}

// ---------------------------------------------------------------------------------------
// The error catalogue

/** The codes listed in the error catalogue table of a README (rows that start with `| \`CODE\``). */
export function catalogueCodes(readme: string): Set<string> {
  const section = readme.slice(readme.indexOf('### Error catalogue'))
  const codes = new Set<string>()
  for (const match of section.matchAll(/^\| `([A-Z_]+)` \|/gm)) codes.add(match[1] as string)
  return codes
}

// ---------------------------------------------------------------------------------------
// Adversarial values shared by the suites

/** A 1 MiB string of digits and dashes, so a reader that scans it character by character pays. */
export const MEGABYTE_STRING = '2024-01-01'.repeat(104_858).slice(0, 1_048_576)

/**
 * Names a shared constant when fast-check prints a counterexample: printing DEEP_ARRAY itself
 * overflowed the stack, so a failure holding it was reported as a RangeError of the reporter.
 * The name is a symbol-keyed property, which neither JSON nor `Object.keys` sees.
 */
export function named<T extends object>(value: T, name: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => name })
  return value
}

/** Arrays nested 100,000 deep: recursion over it overflows the stack. */
export const DEEP_ARRAY: unknown = (() => {
  let value: unknown[] = []
  for (let i = 0; i < 100_000; i++) value = [value]
  return named(value, 'DEEP_ARRAY')
})()

/** Objects nested 100,000 deep under the key `a`. */
export const DEEP_OBJECT: unknown = (() => {
  let value: object = {}
  for (let i = 0; i < 100_000; i++) value = { a: value }
  return named(value, 'DEEP_OBJECT')
})()

/**
 * A million-element array of zeros, frozen: a function that writes into it throws a foreign
 * TypeError, which the harness reports, where a write in its middle would escape the snapshot.
 */
export const HUGE_ARRAY: readonly unknown[] = Object.freeze(
  named(new Array<unknown>(1_000_000).fill(0), 'HUGE_ARRAY'),
)

/** Zone ids a caller may send: legacy links, deprecated abbreviations, near misses, malformed offsets. */
export const ODD_TIME_ZONES: readonly string[] = [
  'US/Eastern',
  'Asia/Calcutta',
  'Asia/Kolkata',
  'EST',
  'EST5EDT',
  'GMT0',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'Etc/Unknown',
  'ROC',
  'Factory',
  'america/new_york',
  'America/New York',
  'America/New_Yrok',
  '+25:00',
  '+05:30:00',
  '-00:00',
  '+0530',
  'UTC+5',
  '',
  ' UTC',
  'UTC\u0000',
  'Europe/London\n',
  '__proto__',
  'constructor',
]

/** Numbers that break naive arithmetic. */
export const ODD_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  -1,
  1e21,
  -1e21,
  2 ** 53,
  -(2 ** 53),
  8.64e15,
  -8.64e15,
  8.64e15 + 1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
]

const PROTO_KEY_JSON: readonly string[] = [
  '{"__proto__": {"polluted": true}}',
  '{"__proto__": {"isAdmin": true}, "id": "x"}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"prototype": {"polluted": true}}',
  '[{"__proto__": {"polluted": true}}]',
]

/** Fresh objects whose own keys are `__proto__`, `constructor` or `prototype`, as JSON.parse makes them. */
export function protoKeyObjects(): unknown[] {
  return PROTO_KEY_JSON.map((text) => JSON.parse(text) as unknown)
}

/**
 * Anything adversarial: the shared oddities above (big values by reference), proto-key
 * objects, and `fc.anything` with null prototypes, bigints, dates, maps and sets.
 */
export function adversarialValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<unknown>(...ODD_NUMBERS, ...ODD_TIME_ZONES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(MEGABYTE_STRING, DEEP_ARRAY, DEEP_OBJECT, HUGE_ARRAY),
    },
    {
      weight: 1,
      arbitrary: fc
        .nat(PROTO_KEY_JSON.length - 1)
        .map((i) => JSON.parse(PROTO_KEY_JSON[i] as string) as unknown),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        true,
        '',
        {},
        [],
        Object.create(null),
        Symbol('x'),
        0n,
      ),
    },
    {
      weight: 2,
      arbitrary: fc.anything({
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withSparseArray: true,
      }),
    },
  )
}
