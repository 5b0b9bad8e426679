// Runs the core's test suite under several host time zones. The core must never read the
// host zone, so every run has to pass and give the same results.
import { spawnSync } from 'node:child_process'

const zones = (process.env.HOST_ZONES ?? 'America/New_York,Australia/Lord_Howe,Pacific/Apia').split(',')
let failed = false
for (const zone of zones) {
  console.log(`\n== @slotwise/core tests with TZ=${zone} ==`)
  const result = spawnSync(
    'pnpm',
    ['--filter', '@slotwise/core', 'exec', 'vitest', 'run', '--reporter=dot'],
    {
      stdio: 'inherit',
      env: { ...process.env, TZ: zone },
    },
  )
  if (result.status !== 0) {
    console.error(`core tests failed with TZ=${zone}`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
