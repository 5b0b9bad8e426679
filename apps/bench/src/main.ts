/**
 * Runs every scenario in one process (the cold scenario in fresh child processes first) and
 * prints the table; writes apps/bench/bench-results.json. Usage: `node dist/main.js [--quick]`.
 */
import { CHART_PATH, writeChart } from './chart.js'
import { type BenchConfig, configFromArgs, SEED, sink } from './harness.js'
import {
  type Comparison,
  formatMachine,
  formatTable,
  machineInfo,
  RESULTS_PATH,
  writeResults,
} from './report.js'
import {
  collectGarbage,
  runEngineS1,
  runEngineS2,
  runMemoryNote,
  runSlotCalculatorS1,
} from './scenarios/engine.js'
import { runRRuleExpansion } from './scenarios/rrule.js'
import { formatScaling, runScaling } from './scenarios/scaling.js'
import { runLeadConnectorS4, runLeadSquaredS3 } from './scenarios/vendors.js'
import {
  buildBulkInputs,
  FULL_PEOPLE,
  QUICK_PEOPLE,
  runBulkInstantToWall,
  runBulkWallToInstant,
  runColdSingleConversion,
} from './scenarios/zoneConversion.js'

/** The bulk zone scenarios, in a function of their own so that their inputs die with it. */
function runBulkScenarios(
  config: BenchConfig,
  log: (line: string) => void,
  comparisons: Comparison[],
): number {
  const inputs = buildBulkInputs(config.quick ? QUICK_PEOPLE : FULL_PEOPLE)
  const heapAfterInputsMB = process.memoryUsage().heapUsed / 2 ** 20
  log(`bulk inputs built (numbers, strings, Temporal objects): heapUsed ${heapAfterInputsMB.toFixed(1)} MB`)
  const { comparisons: wallToInstant, instants } = runBulkWallToInstant(inputs, config, log)
  comparisons.push(...wallToInstant)
  comparisons.push(runBulkInstantToWall(inputs, instants, config, log))
  return heapAfterInputsMB
}

function main(): void {
  const started = performance.now()
  const config = configFromArgs(process.argv.slice(2))
  const machine = machineInfo()
  const log = (line: string): void => console.log(line)
  log(`Slotwise benchmarks (${config.quick ? 'quick' : 'full'}) — ${formatMachine(machine)}`)
  log(`seed ${SEED}; ${config.warmupRounds} warm-up + ${config.rounds} timed rounds per implementation`)
  log('')

  const comparisons: Comparison[] = []
  // First, and in child processes: no zone may be warm in either library.
  comparisons.push(runColdSingleConversion(config, log))

  const heapAfterInputsMB = runBulkScenarios(config, log, comparisons)

  // The availability engine: S1 (one person), S1 reduced (slot-calculator), S2 (a team). The
  // bulk inputs are garbage by now; each engine scenario starts with a full GC when it can.
  comparisons.push(runEngineS1(config, log))
  comparisons.push(runSlotCalculatorS1(config, log))
  comparisons.push(...runEngineS2(config, log))
  const engineMemory = runMemoryNote(config, log)
  collectGarbage()
  comparisons.push(...runRRuleExpansion(config, log))
  collectGarbage()
  comparisons.push(runLeadSquaredS3(config, log))
  collectGarbage()
  comparisons.push(runLeadConnectorS4(config, log))
  const scaling = runScaling(config, log)

  log('')
  log(formatTable(comparisons))
  log('')
  log(
    'Ratio = baseline (temporal-polyfill, or slot-calculator) median / Slotwise median; above 1× Slotwise is faster.',
  )
  log('Paired range: lowest–highest ratio of the rounds (bulk) or fresh processes (cold) taken side by side.')
  log('Spread: (max − min) / median of the rounds (bulk); of the per-process medians (cold).')
  log('Targets (reported, not enforced):')
  for (const target of new Set(comparisons.map((comparison) => comparison.target.description))) {
    const rows = comparisons.filter((comparison) => comparison.target.description === target)
    const met = rows.every((comparison) => comparison.ratio >= comparison.target.minRatio)
    log(`  ${met ? 'met    ' : 'NOT met'}  ${target}`)
  }
  for (const comparison of comparisons) log(`  ${comparison.scenario}: ${comparison.inputs}`)

  log('')
  log('S5 scaling (Slotwise availability() alone; S2 inputs, no team):')
  log(formatScaling(scaling))

  const elapsedSeconds = (performance.now() - started) / 1000
  writeResults(machine, config, comparisons, elapsedSeconds, { heapAfterInputsMB, engineMemory, scaling })
  writeChart(
    comparisons,
    scaling,
    `Slotwise benchmarks (${config.quick ? 'quick' : 'full'}), ${machine.date}, node ${machine.node}`,
  )
  log('')
  log(`wrote ${CHART_PATH}`)
  log(`wrote ${RESULTS_PATH} (${elapsedSeconds.toFixed(1)} s; checksum ${sink.value % 1000})`)
}

main()
