import { buildLeadConnectorInput } from '/work/main/apps/bench/dist/scenarios/vendors.js'
import { computeLeadConnectorFreeSlots } from '@slotwise/leadconnector'
const { json } = buildLeadConnectorInput()
const run = () => JSON.stringify(computeLeadConnectorFreeSlots(JSON.parse(json)).response)
for (let i = 0; i < 300; i++) run()
const n = Number(process.argv[2] ?? 2000)
const t = performance.now()
for (let i = 0; i < n; i++) run()
const per = (performance.now() - t) / n
const t2 = performance.now()
const out = run()
for (let i = 0; i < n; i++) JSON.stringify(JSON.parse(out)), JSON.parse(json)
console.log('e2e ms', per.toFixed(3), 'floor ms', ((performance.now() - t2) / n).toFixed(3), 'input', json.length, 'out', out.length)
