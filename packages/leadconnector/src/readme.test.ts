// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code.
import { readFileSync } from 'node:fs'
import * as core from '@slotwise/core'
import { expect, test } from 'vitest'
import * as leadconnector from './index.js'
import { VENDOR_WARNING_CODES } from './VendorWarning.js'

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
      const imported = /^import \{([^}]*)\} from '@slotwise\/(core|leadconnector)'$/.exec(line.trim())
      if (imported) return `const {${imported[1]}} = ${imported[2] === 'core' ? '__core' : '__leadconnector'}`
      const checked = /^(.*?)\s*\/\/=> (.*)$/.exec(line)
      if (!checked) return line
      const [, expression, expected] = checked
      const throws = /^throws ([A-Z_]+)/.exec(expected ?? '')
      if (throws) return `__throws(() => (${expression}), '${throws[1]}')`
      return `__check(${expression}, ${expected})`
    })
    .join('\n')
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
  expect(blocks.length).toBeGreaterThanOrEqual(4)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    let checks = 0
    const check = (actual: unknown, expected: unknown) => {
      checks++
      expect(actual).toEqual(expected)
    }
    const run = new AsyncFunction('__core', '__leadconnector', '__check', '__throws', compile(block.code))
    await run(core, leadconnector, check, throwsCode)
    expect(checks).toBe((block.code.match(/\/\/=> (?!throws)/g) ?? []).length)
  })
}

test('the warnings table lists exactly the codes a VendorWarning can carry', () => {
  const table = readme.slice(readme.indexOf('## Warnings'))
  const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1])
  expect(listed).toEqual([...VENDOR_WARNING_CODES])
})

test('the API table names every runtime export', () => {
  const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Limits'))
  for (const name of Object.keys(leadconnector))
    expect(api, name).toContain(name.replace(/^safe(From)/, 'from'))
})
