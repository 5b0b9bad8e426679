// A lean stand-in for `@fast-check/vitest`, used only by the mutation run (vitest.stryker.config.ts).
// The package builds its `test` by walking every chain of vitest's modifiers (`test.skip.only…`),
// which costs seconds each time a worker imports it; Stryker starts a fresh worker for every
// mutant, so that walk was most of the run. This keeps what the suite uses, `test.prop` and
// `fc`, with the package's test names (`<name> (with seed=N)`) and its seed handling.
import * as fc from 'fast-check'
import { test as vitestTest } from 'vitest'

type Arbitraries = readonly fc.Arbitrary<unknown>[] | { readonly [key: string]: fc.Arbitrary<unknown> }
type Predicate = (...values: never[]) => unknown

function prop(arbitraries: Arbitraries, parameters?: fc.Parameters<unknown>) {
  return (name: string, predicate: Predicate, timeout?: number): void => {
    const settings: fc.Parameters<unknown> = { ...parameters }
    if (settings.seed === undefined) {
      settings.seed = fc.readConfigureGlobal().seed ?? Date.now() ^ (Math.random() * 2 ** 32)
    }
    const run = predicate as (...values: unknown[]) => boolean | undefined
    const property = Array.isArray(arbitraries)
      ? fc.asyncProperty(fc.tuple(...(arbitraries as fc.Arbitrary<unknown>[])), async (values) =>
          run(...values),
        )
      : fc.asyncProperty(fc.record(arbitraries as Record<string, fc.Arbitrary<unknown>>), async (value) =>
          run(value),
        )
    vitestTest(`${name} (with seed=${settings.seed})`, () => fc.assert(property, settings), timeout)
  }
}

export const test = new Proxy(vitestTest, {
  get: (target, key, receiver) => (key === 'prop' ? prop : Reflect.get(target, key, receiver)),
}) as typeof vitestTest & { prop: typeof prop }
export const it = test
export { fc }
