import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import type { BenchConfig, Measurement } from './harness.js'
import { SEED } from './harness.js'

/** What a scenario should reach; printed next to the ratio, never enforced. */
export interface Target {
  /** Minimum of baseline time / Slotwise time. */
  readonly minRatio: number
  readonly description: string
}

/** One implementation's line of the table. */
export interface RowStats {
  readonly implementation: string
  /** `ms` per round (bulk scenarios) or `µs` per call (single-call scenarios). */
  readonly unit: 'ms' | 'µs'
  readonly median: number
  readonly min: number
  readonly max: number
  /** 90th percentile, for per-call scenarios. */
  readonly p90: number | undefined
  /** (max − min) / median of the bulk rounds; for per-call scenarios, of the per-process medians. */
  readonly relativeSpread: number
  readonly nsPerOperation: number
  readonly peakHeapMB: number | undefined
}

/** A Slotwise implementation measured side by side with a baseline. */
export interface Comparison {
  readonly scenario: string
  readonly inputs: string
  readonly subject: RowStats
  readonly baseline: RowStats
  /** baseline median / Slotwise median: above 1 means Slotwise is faster. */
  readonly ratio: number
  /** Lowest and highest ratio of paired samples (same round or same run), when there are pairs. */
  readonly ratioRange: readonly [number, number] | undefined
  readonly target: Target
  readonly checked: string
  readonly raw: unknown
}

export function rowFromMeasurement(measurement: Measurement): RowStats {
  return {
    implementation: measurement.implementation,
    unit: 'ms',
    median: measurement.medianMs,
    min: measurement.minMs,
    max: measurement.maxMs,
    p90: undefined,
    relativeSpread: measurement.relativeSpread,
    nsPerOperation: measurement.nsPerOperation,
    peakHeapMB: measurement.peakHeapMB,
  }
}

/** Ratio of two bulk measurements, with the range of the per-round paired ratios. */
export function compareMeasurements(
  scenario: string,
  inputs: string,
  subject: Measurement,
  baseline: Measurement,
  target: Target,
  checked: string,
): Comparison {
  const paired = subject.roundsMs.map((time, index) => baseline.roundsMs[index]! / time)
  return {
    scenario,
    inputs,
    subject: rowFromMeasurement(subject),
    baseline: rowFromMeasurement(baseline),
    ratio: baseline.medianMs / subject.medianMs,
    ratioRange: [Math.min(...paired), Math.max(...paired)],
    target,
    checked,
    raw: { subject, baseline },
  }
}

function number(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function time(value: number, unit: 'ms' | 'µs'): string {
  const digits = value >= 100 ? 1 : value >= 10 ? 2 : 3
  return `${number(value, digits)} ${unit}`
}

function perOperation(ns: number): string {
  if (ns >= 10_000) return `${number(ns / 1000, 1)} µs`
  return `${number(ns, ns >= 100 ? 0 : 1)} ns`
}

function ratio(value: number): string {
  return value >= 10 ? `${number(value, 1)}×` : `${number(value, 2)}×`
}

const HEADERS = [
  'Scenario',
  'Implementation',
  'Median',
  'Min',
  'Max',
  'p90',
  'Spread',
  'Per op',
  'Peak heap',
  'Ratio base/Slotwise',
  'Paired range',
  'Target',
] as const

const RIGHT_ALIGNED = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10])

function rowCells(comparison: Comparison, row: RowStats, isSubject: boolean): string[] {
  const met = comparison.ratio >= comparison.target.minRatio
  return [
    isSubject ? comparison.scenario : '',
    row.implementation,
    time(row.median, row.unit),
    time(row.min, row.unit),
    time(row.max, row.unit),
    row.p90 === undefined ? '–' : time(row.p90, row.unit),
    `${number(row.relativeSpread * 100, 1)}%`,
    perOperation(row.nsPerOperation),
    row.peakHeapMB === undefined ? '–' : `${number(row.peakHeapMB, 1)} MB`,
    isSubject ? ratio(comparison.ratio) : '',
    isSubject && comparison.ratioRange !== undefined
      ? `${ratio(comparison.ratioRange[0])}–${ratio(comparison.ratioRange[1])}`
      : '',
    isSubject ? `≥ ${ratio(comparison.target.minRatio)} ${met ? 'met' : 'NOT met'}` : '',
  ]
}

/** The aligned results table, one pair of lines per comparison. */
export function formatTable(comparisons: readonly Comparison[]): string {
  const rows: string[][] = [[...HEADERS]]
  for (const comparison of comparisons) {
    rows.push(rowCells(comparison, comparison.subject, true))
    rows.push(rowCells(comparison, comparison.baseline, false))
  }
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]): string =>
    row
      .map((cell, column) =>
        RIGHT_ALIGNED.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  const out = [line(rows[0]!), rule]
  for (let index = 1; index < rows.length; index += 2) {
    out.push(line(rows[index]!), line(rows[index + 1]!))
  }
  return out.join('\n')
}

export interface MachineInfo {
  readonly node: string
  readonly platform: string
  readonly cpuModel: string
  readonly cpuCount: number
  readonly totalMemoryGB: number
  readonly date: string
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus()
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    date: new Date().toISOString(),
  }
}

export function formatMachine(machine: MachineInfo): string {
  return (
    `node ${machine.node} · ${machine.platform} · ${machine.cpuModel} · ${machine.cpuCount} CPUs · ` +
    `${machine.totalMemoryGB} GB · ${machine.date}`
  )
}

/** apps/bench/bench-results.json, whatever the working directory. */
export const RESULTS_PATH = fileURLToPath(new URL('../bench-results.json', import.meta.url))

export function writeResults(
  machine: MachineInfo,
  config: BenchConfig,
  comparisons: readonly Comparison[],
  elapsedSeconds: number,
  extra: Record<string, unknown> = {},
): void {
  const document = {
    machine,
    mode: config.quick ? 'quick' : 'full',
    seed: SEED,
    warmupRounds: config.warmupRounds,
    rounds: config.rounds,
    elapsedSeconds: Math.round(elapsedSeconds * 10) / 10,
    ...extra,
    results: comparisons.map((comparison) => ({
      scenario: comparison.scenario,
      inputs: comparison.inputs,
      checked: comparison.checked,
      ratio: comparison.ratio,
      ratioRange: comparison.ratioRange,
      target: comparison.target,
      targetMet: comparison.ratio >= comparison.target.minRatio,
      subject: comparison.subject,
      baseline: comparison.baseline,
      raw: comparison.raw,
    })),
  }
  writeFileSync(RESULTS_PATH, `${JSON.stringify(document, null, 2)}\n`)
}
