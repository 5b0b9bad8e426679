import fc from 'fast-check'
import { arbitraryMutation, pathsOf, replaceAt } from './arbitraries/requests.js'
import { adversarialValue } from './fuzz.js'

// Inputs and checks for the all-exports fuzz suites of the adapters: valid payloads with one
// path made adversarial, random JSON, and a check that a result survives JSON.

/**
 * A valid value with one path made adversarial: the testkit's {@link arbitraryMutation}
 * (hostile values, far-away instants, an extra `__proto__` key) or one path replaced by an
 * {@link adversarialValue} (1 MiB strings, 100,000-deep nesting, a million-element array,
 * odd zones and numbers, proto-key objects, `fc.anything`).
 */
export function arbitraryAdversarialMutation(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid)
  return fc.oneof(
    arbitraryMutation(valid),
    fc
      .tuple(fc.constantFrom(...paths), adversarialValue())
      .map(([path, replacement]) => replaceAt(valid, path, replacement)),
  )
}

/**
 * Untrusted input for a reader: mostly the valid payloads with one path made adversarial,
 * sometimes a valid payload unmodified (the success path), random JSON values, parsed JSON
 * text (own `__proto__` keys included) and adversarial values.
 */
export function arbitraryUntrusted(...valid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...(valid.length === 0 ? [] : [{ weight: 2, arbitrary: fc.constantFrom(...valid) }]),
    ...valid.map((value) => ({
      weight: Math.max(1, Math.round(12 / valid.length)),
      arbitrary: arbitraryAdversarialMutation(value),
    })),
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: fc.json().map((text) => JSON.parse(text) as unknown) },
    { weight: 2, arbitrary: adversarialValue() },
  )
}

/**
 * Why `value` does not survive `JSON.stringify` unchanged, or `undefined` when it does:
 * non-finite numbers and -0, bigints, symbols, functions, `undefined` in arrays, cycles,
 * and objects that are not plain (a Map, a Date, a class instance). An `undefined` property
 * is allowed: JSON leaves it out, as a reader would. Values nested deeper than 64 are not
 * looked into: they are the caller's own (an unknown field an update keeps), not the mapper's.
 */
export function jsonProblem(value: unknown, path = '$'): string | undefined {
  const problem = problemIn(value, new Set<object>(), 0)
  return problem === undefined ? undefined : `${path}${problem[0]} ${problem[1]}`
}

/**
 * Frozen arrays of primitives found JSON-safe: they cannot change, so the suites' frozen
 * million-element arrays are walked once, not on every call that holds one.
 */
const SAFE_FROZEN_ARRAYS = new WeakSet<object>()

/**
 * {@link jsonProblem}'s walk: the problem's path below `value` and what it is. The path is
 * written only once a problem is found, on the way back up: a million-element array that is
 * JSON-safe costs a loop, not a million path strings.
 */
function problemIn(value: unknown, seen: Set<object>, depth: number): [string, string] | undefined {
  if (depth > 64) return undefined
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined
    case 'number':
      if (!Number.isFinite(value)) return ['', `is ${value}`]
      return Object.is(value, -0) ? ['', 'is -0'] : undefined
    case 'object': {
      if (value === null) return undefined
      if (seen.has(value)) return ['', 'is a cycle']
      seen.add(value)
      try {
        if (Array.isArray(value)) {
          if (SAFE_FROZEN_ARRAYS.has(value)) return undefined
          let flat = true
          let found: [string, string] | undefined
          for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i]
            if (!(i in value) || item === undefined) {
              found = [`[${i}]`, 'is a hole or undefined']
              break
            }
            if (typeof item === 'object' && item !== null) flat = false
            const problem = problemIn(item, seen, depth + 1)
            if (problem !== undefined) {
              found = [`[${i}]${problem[0]}`, problem[1]]
              break
            }
          }
          if (flat && found === undefined && Object.isFrozen(value)) SAFE_FROZEN_ARRAYS.add(value)
          return found
        }
        const proto = Reflect.getPrototypeOf(value)
        if (proto !== Object.prototype && proto !== null) return ['', 'is not a plain object']
        for (const key of Reflect.ownKeys(value)) {
          if (typeof key === 'symbol') return ['', 'has a symbol key']
          const inner = (value as Record<string, unknown>)[key]
          if (inner === undefined) continue
          const problem = problemIn(inner, seen, depth + 1)
          if (problem !== undefined) return [`.${key}${problem[0]}`, problem[1]]
        }
        return undefined
      } finally {
        seen.delete(value)
      }
    }
    default:
      return ['', `is a ${typeof value}`]
  }
}
