// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code.
import { readFileSync } from 'node:fs'
import * as core from '@slotwise/core'
import { readmeBlocks, runReadmeBlock } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import * as leadconnector from './index.js'
import { VENDOR_WARNING_CODES } from './VendorWarning.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = readmeBlocks(readme)

test('the README has examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    await runReadmeBlock(block, { '@slotwise/core': core, '@slotwise/leadconnector': leadconnector })
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
