// The pass/fail lines of the check scripts (smoke-no-node.mjs, runtimes.mjs) and their end.

let passed = 0
let failed = 0

/** Prints one check as ✓ or ✗, with `detail` under a failure. */
export function report(ok, name, detail = '') {
  if (ok) passed += 1
  else failed += 1
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || detail === '' ? '' : `\n    ${detail}`}`)
}

/** Prints `label: N passed, M failed` and exits, non-zero on any failure. */
export function finish(label) {
  console.log(`\n${label}: ${passed} passed, ${failed} failed`)
  process.exit(failed === 0 ? 0 : 1)
}
