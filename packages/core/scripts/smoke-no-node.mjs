// Proves the built core needs nothing but ECMAScript and Intl, as in a browser, Deno, Bun or
// an edge worker:
//   1. dist/index.js and dist/index.cjs name no Node built-in module, `process` or `Buffer`;
//      the ESM build imports nothing at all outside dist;
//   2. dist/index.js runs as an ES module in a fresh V8 context whose global object holds
//      only ECMAScript built-ins plus Intl (no console, timers, `process`, `navigator`, and
//      no eval of strings), where smoke-no-node.checks.mjs calls the public API and compares
//      against values worked out by hand.
// Prints `esm smoke: N passed, M failed` and exits non-zero on any failure.
//
//   pnpm --filter @slotwise/core build && pnpm --filter @slotwise/core test:esm
import { readFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import { finish, report } from './tally.mjs'

const distUrl = new URL('../dist/', import.meta.url)
const checksUrl = new URL('smoke-no-node.checks.mjs', import.meta.url)

async function readDist(name) {
  try {
    return await readFile(new URL(name, distUrl), 'utf8')
  } catch (error) {
    throw new Error(`cannot read dist/${name}: run \`pnpm --filter @slotwise/core build\` first`, {
      cause: error,
    })
  }
}

// ---- 1. what the bundles name ----------------------------------------------------------

const nodeModules = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isNodeModule = (specifier) =>
  specifier.startsWith('node:') || nodeModules.has(specifier) || nodeModules.has(specifier.split('/')[0])

/** Every module specifier in `require(...)`, `import(...)`, `import ... from` and `export ... from`. */
function specifiers(code) {
  const found = []
  const patterns = [
    /\brequire\s*\(\s*(['"`])([^'"`]+)\1/g,
    /\bimport\s*\(\s*(['"`])([^'"`]+)\1/g,
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
  ]
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[2])
  return found
}

console.log('== @slotwise/core dist: no Node in the bundles ==')
for (const name of ['index.js', 'index.cjs']) {
  const code = await readDist(name)
  const named = specifiers(code)
  const fromNode = named.filter(isNodeModule)
  report(fromNode.length === 0, `dist/${name} imports no Node built-in`, `imports ${fromNode.join(', ')}`)
  const outside = named.filter((specifier) => !specifier.startsWith('./'))
  report(outside.length === 0, `dist/${name} imports nothing outside dist`, `imports ${outside.join(', ')}`)
  for (const [label, pattern] of [
    ['process.', /\bprocess\s*\./],
    ['Buffer', /\bBuffer\b/],
    ['require(', /\brequire\s*\(/],
  ]) {
    const at = code.search(pattern)
    const line = code.slice(0, at).split('\n').length
    report(at === -1, `dist/${name} has no \`${label}\``, `found at line ${line}`)
  }
}

// ---- 2. the ESM build in a realm with ECMAScript and Intl only ---------------------------

// The global names ECMA-262 (with Annex B) defines, plus ECMA-402's Intl. V8 adds `console`
// and `WebAssembly` to every context; they are removed so that only these remain.
const ecmascriptGlobals = new Set([
  'globalThis',
  'Infinity',
  'NaN',
  'undefined',
  'eval',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'escape',
  'unescape',
  'AggregateError',
  'Array',
  'ArrayBuffer',
  'Atomics',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Boolean',
  'DataView',
  'Date',
  'Error',
  'EvalError',
  'FinalizationRegistry',
  'Float16Array',
  'Float32Array',
  'Float64Array',
  'Function',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Iterator',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'ReferenceError',
  'Reflect',
  'RegExp',
  'Set',
  'SharedArrayBuffer',
  'String',
  'Symbol',
  'SyntaxError',
  'TypeError',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'URIError',
  'WeakMap',
  'WeakRef',
  'WeakSet',
  'Intl',
])

if (typeof vm.SourceTextModule !== 'function') {
  console.error('vm.SourceTextModule is missing: run with node --experimental-vm-modules')
  process.exit(1)
}

const context = vm.createContext(
  {},
  { name: 'ecmascript-only', codeGeneration: { strings: false, wasm: false } },
)
const extras = vm.runInContext(
  `Object.getOwnPropertyNames(globalThis).filter((name) => !${JSON.stringify([...ecmascriptGlobals])}.includes(name))`,
  context,
)
vm.runInContext(`for (const name of ${JSON.stringify([...extras])}) delete globalThis[name]`, context)
const left = vm.runInContext('Object.getOwnPropertyNames(globalThis).join(",")', context).split(',')
console.log(`\n== @slotwise/core dist/index.js in a context with ${left.length} globals ==`)
console.log(`  removed from the fresh context: ${extras.join(', ') || 'nothing'}`)
report(
  left.every((name) => ecmascriptGlobals.has(name)),
  'the context holds only ECMAScript globals and Intl',
  `also: ${left.filter((name) => !ecmascriptGlobals.has(name)).join(', ')}`,
)
// What a module in the context sees, whatever the global object's own names: no host
// facility of Node, a browser or a worker is in reach.
const hostNames = [
  'process',
  'Buffer',
  'require',
  'module',
  'global',
  'setTimeout',
  'setImmediate',
  'queueMicrotask',
  'structuredClone',
  'console',
  'navigator',
  'window',
  'self',
  'fetch',
  'URL',
  'TextEncoder',
  'WebAssembly',
]
const reachable = vm.runInContext(
  `${JSON.stringify(hostNames)}.filter((name, i) => [${hostNames.map((name) => `typeof ${name}`)}][i] !== 'undefined')`,
  context,
)
report(reachable.length === 0, 'no host global is in reach', `reachable: ${reachable.join(', ')}`)

const modules = new Map()
async function load(url) {
  const key = url.href
  let module = modules.get(key)
  if (module === undefined) {
    module = new vm.SourceTextModule(await readFile(url, 'utf8'), { identifier: key, context })
    modules.set(key, module)
  }
  return module
}

// '@slotwise/core' is the built entry; a relative import (a chunk, should the build ever
// split) is read from dist. Anything else is an import the core must not make.
async function link(specifier, referencing) {
  if (specifier === '@slotwise/core') return load(new URL('index.js', distUrl))
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const url = new URL(specifier, referencing.identifier)
    if (!fileURLToPath(url).startsWith(fileURLToPath(distUrl))) {
      throw new Error(`${referencing.identifier} imports ${specifier}, outside dist`)
    }
    return load(url)
  }
  throw new Error(`${referencing.identifier} imports ${specifier}, which this realm cannot provide`)
}

try {
  const checks = await load(checksUrl)
  await checks.link(link)
  await checks.evaluate()
  for (const { name, ok, actual, expected } of JSON.parse(checks.namespace.results)) {
    report(ok, name, `expected ${expected}\n    actual   ${actual}`)
  }
} catch (error) {
  report(false, 'load and run the checks', String(error?.stack ?? error))
}

finish('esm smoke')
