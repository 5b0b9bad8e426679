// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code. (The same harness as the core's.)
import { readdirSync, readFileSync } from 'node:fs'
import * as core from '@slotwise/core'
import { readmeBlocks, runReadmeBlock } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import * as calendly from './index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = readmeBlocks(readme)
const types = readFileSync(new URL('./types.ts', import.meta.url), 'utf8')

test('the README has examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    await runReadmeBlock(block, { '@slotwise/core': core, '@slotwise/calendly': calendly })
  })
}

test('the warning table lists exactly the codes CalendlyWarningCode has, and the sources use them all', () => {
  const union = types.slice(
    types.indexOf('export type CalendlyWarningCode'),
    types.indexOf('/** Something a mapping'),
  )
  const declared = [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]).sort()
  const table = readme.slice(readme.indexOf('## Warning codes'), readme.indexOf('## Quirks'))
  const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]).sort()
  expect(listed).toEqual(declared)
  const sources = readdirSync(new URL('.', import.meta.url))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'types.ts')
    .map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'))
    .join('\n')
  const used = new Set([...sources.matchAll(/'([A-Z][A-Z_]+[A-Z])'/g)].map((match) => match[1]))
  for (const code of declared) expect(used.has(code), code).toBe(true)
})

test('the API table names every exported function', () => {
  const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Vendor limits'))
  for (const [name, value] of Object.entries(calendly)) {
    if (typeof value !== 'function' || name.startsWith('safe')) continue
    expect(api, name).toContain(`\`${name}(`)
  }
})
