// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { errorSummaries } from './errorMessages.js'
import * as core from './index.js'

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
      const imported = /^import \{([^}]*)\} from '@slotwise\/core'$/.exec(line.trim())
      if (imported) return `const {${imported[1]}} = core`
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
  expect(blocks.length).toBeGreaterThan(5)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    const run = new AsyncFunction('core', '__check', '__throws', 'console', compile(block.code))
    await run(core, check, throwsCode, { log() {}, info() {}, warn() {} })
  })
}

test('the error catalogue lists exactly the codes SlotwiseError can carry', () => {
  const catalogue = readme.slice(readme.indexOf('### Error catalogue'))
  const listed = [...catalogue.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1])
  expect([...listed].sort()).toEqual(Object.keys(errorSummaries).sort())
})
