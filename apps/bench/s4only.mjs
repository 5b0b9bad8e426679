import { runLeadConnectorS4 } from '/work/main/apps/bench/dist/scenarios/vendors.js'
import { configFromArgs } from '/work/main/apps/bench/dist/harness.js'
const config = configFromArgs(process.argv.slice(2))
const r = runLeadConnectorS4(config, () => {})
console.log(r.subject?.median ?? "", r.baseline?.median ?? "", r.ratio, Object.keys(r))
