// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code. The warnings table must list
// exactly the codes of `VendorWarningCode`.
import { readFileSync } from 'node:fs'
import * as core from '@slotwise/core'
import { expect, test } from 'vitest'
import * as leadsquared from './index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  index,
  code: match[1] ?? '',
  line: readme.slice(0, match.index).split('\n').length + 1,
}))

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>

function compile(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const imported = /^import \{([^}]*)\} from '@slotwise\/(core|leadsquared)'$/.exec(line.trim())
      if (imported) return `const {${imported[1]}} = ${imported[2] === 'core' ? 'core' : 'leadsquared'}`
      const checked = /^(.*?)\s*\/\/=> (.*)$/.exec(line)
      if (!checked) return line
      const [, expression, expected] = checked
      const throws = /^throws ([A-Z_]+)/.exec(expected ?? '')
      if (throws) return `__throws(() => (${expression}), '${throws[1]}')`
      return `__check(${expression}, ${expected})`
    })
    .join('\n')
}

function check(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected)
}

function throwsCode(run: () => unknown, code: string): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(core.isSlotwiseError(caught), `expected a SlotwiseError ${code}`).toBe(true)
  expect((caught as core.SlotwiseError).code).toBe(code)
}

test('the README has examples', () => {
  expect(blocks.length).toBeGreaterThan(3)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    const run = new AsyncFunction(
      'core',
      'leadsquared',
      '__check',
      '__throws',
      'console',
      compile(block.code),
    )
    await run(core, leadsquared, check, throwsCode, { log() {}, info() {}, warn() {} })
  })
}

test('the warnings table lists exactly the codes of VendorWarningCode', () => {
  const types = readFileSync(new URL('./types.ts', import.meta.url), 'utf8')
  const union = types.slice(
    types.indexOf('export type VendorWarningCode'),
    types.indexOf('/** A mapped value'),
  )
  const declared = [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1])
  const table = readme.slice(readme.indexOf('## Warnings'), readme.indexOf('## Errors'))
  const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1])
  expect([...listed].sort()).toEqual([...declared].sort())
})

test('the API table names every exported function', () => {
  const functions = Object.keys(leadsquared).filter(
    (name) =>
      typeof (leadsquared as Record<string, unknown>)[name] === 'function' && !name.startsWith('safe'),
  )
  for (const name of [...functions, 'leadSquaredLimits']) expect(readme).toContain(`| \`${name}`)
})
