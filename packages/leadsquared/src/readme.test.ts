// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code. The warnings table must list
// exactly the codes of `VendorWarningCode`.
import { readFileSync } from 'node:fs'
import * as core from '@slotwise/core'
import { readmeBlocks, runReadmeBlock } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import * as leadsquared from './index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = readmeBlocks(readme)

test('the README has examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    await runReadmeBlock(block, { '@slotwise/core': core, '@slotwise/leadsquared': leadsquared })
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
