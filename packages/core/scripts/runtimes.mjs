// Runs the built core, as published, in Node, Bun, Deno and workerd (the runtime of
// Cloudflare Workers), each from the version pinned in devDependencies:
//   1. smoke-no-node.checks.mjs: the public API against values worked out by hand;
//   2. runtime.zones.mjs: the zone table against that runtime's own Intl, for every zone it
//      knows (each engine brings its own ICU and time zone data);
//   3. runtime.answers.mjs: a set of answers (zones, calendar, intervals, recurrence, team
//      availability, bookings, refusals) that must equal Node's, key by key.
// Each runtime gets a directory holding dist/index.js as core.mjs and the three modules with
// their `@slotwise/core` import pointed at it, and runs them with no permissions (Deno) and
// no Node compatibility (workerd). Prints a line per check and exits non-zero on any
// failure.
//
//   pnpm --filter @slotwise/core build && pnpm --filter @slotwise/core test:runtimes
//   node scripts/runtimes.mjs --only bun,deno
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { finish, report } from './tally.mjs'

const here = new URL('./', import.meta.url)
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, here))
const modules = {
  'checks.mjs': 'smoke-no-node.checks.mjs',
  'zones.mjs': 'runtime.zones.mjs',
  'answers.mjs': 'runtime.answers.mjs',
}

const suite = `import { results } from './checks.mjs'
import { checkZones } from './zones.mjs'
import { answers } from './answers.mjs'
export function run() {
  const agent = typeof navigator === 'object' && navigator !== null ? navigator.userAgent : null
  return JSON.stringify({ agent, checks: JSON.parse(results), zones: checkZones(), answers: answers() })
}
`
const main = `import { run } from './suite.mjs'
console.log('SLOTWISE ' + run())
`
const worker = `import { run } from './suite.mjs'
export default {
  async test() {
    console.log('SLOTWISE ' + run())
  },
}
`
const capnp = (files) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (services = [(name = "main", worker = .main)]);
const main :Workerd.Worker = (
  modules = [${files.map((file) => `(name = "${file}", esModule = embed "${file}")`).join(', ')}],
  compatibilityDate = "2026-11-01",
);
`

/** Each runtime's executable and the arguments that run the suite in its directory. */
const runtimes = {
  node: { file: process.execPath, args: ['main.mjs'] },
  bun: { file: bin('bun'), args: ['main.mjs'] },
  deno: {
    file: bin('deno'),
    args: ['run', '--no-prompt', '--no-config', '--no-lock', '--no-npm', '--no-remote', 'main.mjs'],
  },
  workerd: { file: bin('workerd'), args: ['test', 'config.capnp'] },
}

const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1].split(',')
  : null
const chosen = Object.keys(runtimes).filter((name) => only === null || only.includes(name))
if (!chosen.includes('node')) chosen.unshift('node') // Node's answers are the reference.

function exec(file, args, cwd) {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ error, stdout, stderr }),
    )
  })
}

let core
try {
  core = await readFile(new URL('../dist/index.js', here), 'utf8')
} catch {
  console.error('cannot read dist/index.js: run `pnpm --filter @slotwise/core build` first')
  process.exit(1)
}

const sources = {}
for (const [file, source] of Object.entries(modules)) {
  const text = await readFile(new URL(source, here), 'utf8')
  if (!text.includes("from '@slotwise/core'")) throw new Error(`${source} does not import '@slotwise/core'`)
  sources[file] = text.replace("from '@slotwise/core'", "from './core.mjs'")
}

/** Runs the suite in one runtime: its version line and its parsed result, or why it did not run. */
async function runIn(name) {
  const { file, args } = runtimes[name]
  const version = await exec(file, ['--version'], undefined)
  if (version.error) return { name, heading: '(not found)', problem: String(version.error.message) }
  const heading = version.stdout.split('\n')[0].trim()
  const dir = await mkdtemp(join(tmpdir(), `slotwise-${name}-`))
  try {
    const files = { 'core.mjs': core, ...sources, 'suite.mjs': suite }
    if (name === 'workerd') {
      files['worker.mjs'] = worker
      files['config.capnp'] = capnp(['worker.mjs', 'suite.mjs', 'core.mjs', ...Object.keys(modules)])
    } else {
      files['main.mjs'] = main
    }
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text)
    const started = performance.now()
    const { error, stdout, stderr } = await exec(file, args, dir)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const line = `${stdout}\n${stderr}`.split('\n').find((text) => text.startsWith('SLOTWISE '))
    if (error || line === undefined) {
      return { name, heading, problem: `${error?.message ?? 'no result line'}\n${stdout}\n${stderr}`.trim() }
    }
    return { name, heading, seconds, result: JSON.parse(line.slice('SLOTWISE '.length)) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Two at a time (CI has two cores), reported in order once all are done.
const runs = new Array(chosen.length)
let next = 0
await Promise.all(
  [0, 1].map(async () => {
    while (next < chosen.length) {
      const index = next++
      runs[index] = await runIn(chosen[index])
    }
  }),
)

let reference = null
for (const { name, heading, seconds, result, problem } of runs) {
  console.log(`\n== ${name} ${heading} ==`)
  if (problem !== undefined) {
    report(false, `${name} runs the suite`, problem)
    continue
  }
  report(
    true,
    `${name} runs the suite (${seconds} s${result.agent ? `, navigator.userAgent ${result.agent}` : ''})`,
  )
  for (const check of result.checks) {
    report(check.ok, check.name, `expected ${check.expected}\n    actual   ${check.actual}`)
  }
  const { zones, instants, transitions, failures, failed: zoneFailures } = result.zones
  report(
    zoneFailures === 0 && zones > 300,
    `zone table agrees with this runtime's Intl: ${zones} zones, ${instants} instants, ${transitions} transitions 1970–2037`,
    `${zoneFailures} disagreements, first: ${JSON.stringify(failures, null, 1)}`,
  )
  if (reference === null) {
    reference = result.answers
    report(
      Object.keys(reference).length > 0,
      `${Object.keys(reference).length} answers taken as the reference`,
    )
  } else {
    const keys = [...new Set([...Object.keys(reference), ...Object.keys(result.answers)])]
    const differ = keys.filter(
      (key) => JSON.stringify(reference[key]) !== JSON.stringify(result.answers[key]),
    )
    report(
      differ.length === 0,
      `the same ${keys.length} answers as Node`,
      differ
        .slice(0, 5)
        .map(
          (key) =>
            `${key}:\n      node  ${JSON.stringify(reference[key])?.slice(0, 400)}\n      ${name}  ${JSON.stringify(result.answers[key])?.slice(0, 400)}`,
        )
        .join('\n    '),
    )
  }
}

finish(`runtimes (${chosen.join(', ')})`)
