// Every ```ts block of the package README runs against the sources, and every line written
// `expression //=> expected` is checked, so the documentation cannot drift from the code.
// `//=> throws CODE` expects a SlotwiseError with that code.
import { readFileSync } from 'node:fs'
import { readmeBlocks, runReadmeBlock } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { errorSummaries } from './errorMessages.js'
import * as core from './index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = readmeBlocks(readme)

test('the README has examples', () => {
  expect(blocks.length).toBeGreaterThan(5)
})

for (const block of blocks) {
  test(`README example ${block.index + 1} (line ${block.line}) runs and its //=> values hold`, async () => {
    await runReadmeBlock(block, { '@slotwise/core': core })
  })
}

test('the error catalogue lists exactly the codes SlotwiseError can carry', () => {
  const catalogue = readme.slice(readme.indexOf('### Error catalogue'))
  const listed = [...catalogue.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1])
  expect([...listed].sort()).toEqual(Object.keys(errorSummaries).sort())
})
