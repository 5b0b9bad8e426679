// Prints where the core's bytes go: the whole public entry bundled from source, minified and
// gzipped (what `pnpm size` budgets, give or take the bundler's wrapper), then each source
// file's share of the minified bundle, largest first, and each module's total.
//
//   node scripts/size-report.mjs [--files N] [--entry name,name]
//
// `--entry toInstant,toWallTime` measures only what an application importing those names
// pays once its bundler drops the rest.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const fileRows = Number(option('--files') ?? 25)
const names = option('--entry')

// esbuild comes with tsup; the core does not depend on it directly.
const require = createRequire(createRequire(import.meta.url).resolve('tsup'))
const esbuild = require('esbuild')

const root = fileURLToPath(new URL('..', import.meta.url))
const entry = join(root, 'src/index.ts')
let stdin
if (names !== undefined) {
  const file = join(tmpdir(), `slotwise-size-entry-${process.pid}.mjs`)
  writeFileSync(file, `export { ${names} } from ${JSON.stringify(entry)}\n`)
  stdin = file
}

const result = await esbuild
  .build({
    entryPoints: [stdin ?? entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    outfile: join(tmpdir(), 'slotwise-size.js'),
    logLevel: 'silent',
  })
  .catch((error) => {
    // An --entry name the core does not export: say which, without a stack.
    console.error(error.errors.map((problem) => problem.text).join('\n'))
    process.exit(1)
  })
const code = result.outputFiles[0].contents
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`
console.log(`minified ${kb(code.length)}, min+gzip ${kb(gzipSync(code, { level: 9 }).length)}`)

const inputs = Object.values(result.metafile.outputs)[0].inputs
const rows = Object.entries(inputs)
  .map(([file, { bytesInOutput }]) => [file.replace(/^.*?src\//, ''), bytesInOutput])
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1])
const modules = new Map()
for (const [file, bytes] of rows) {
  const module = file.includes('/') ? file.slice(0, file.indexOf('/')) : '(top level)'
  modules.set(module, (modules.get(module) ?? 0) + bytes)
}
console.log('\nminified bytes by module')
for (const [module, bytes] of [...modules].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(7)}  ${module}`)
}
console.log(`\nlargest files (${Math.min(fileRows, rows.length)} of ${rows.length})`)
for (const [file, bytes] of rows.slice(0, fileRows)) console.log(`${String(bytes).padStart(7)}  ${file}`)
