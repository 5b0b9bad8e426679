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
export function jsonProblem(
  value: unknown,
  path = '$',
  seen = new Set<object>(),
  depth = 0,
): string | undefined {
  if (depth > 64) return undefined
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined
    case 'number':
      if (!Number.isFinite(value)) return `${path} is ${value}`
      return Object.is(value, -0) ? `${path} is -0` : undefined
    case 'object': {
      if (value === null) return undefined
      if (seen.has(value)) return `${path} is a cycle`
      seen.add(value)
      try {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            if (!(i in value) || value[i] === undefined) return `${path}[${i}] is a hole or undefined`
            const problem = jsonProblem(value[i], `${path}[${i}]`, seen, depth + 1)
            if (problem !== undefined) return problem
          }
          return undefined
        }
        const proto = Reflect.getPrototypeOf(value)
        if (proto !== Object.prototype && proto !== null) return `${path} is not a plain object`
        for (const key of Reflect.ownKeys(value)) {
          if (typeof key === 'symbol') return `${path} has a symbol key`
          const inner = (value as Record<string, unknown>)[key]
          if (inner === undefined) continue
          const problem = jsonProblem(inner, `${path}.${key}`, seen, depth + 1)
          if (problem !== undefined) return problem
        }
        return undefined
      } finally {
        seen.delete(value)
      }
    }
    default:
      return `${path} is a ${typeof value}`
  }
}
