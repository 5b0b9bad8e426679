/**
 * S5 scaling: Slotwise `availability()` alone over a grid of people × days, with S2's
 * inputs (no team), reporting time per slot returned, per person-day, and a linear fit of
 * time against the number of slots. No baseline: this is about Slotwise's own growth.
 */

import { type AvailabilityRequest, availability } from '@slotwise/core'
import { type BenchConfig, median } from '../harness.js'
import { buildS2Request, collectGarbage } from './engine.js'

export const S5_PEOPLE = [1, 10, 100, 1_000] as const
export const S5_DAYS = [7, 31, 100, 365] as const
/** With `--quick`, combinations above this many person-days are skipped. */
export const S5_QUICK_MAX_PERSON_DAYS = 10_000
/** Time budget of the timed runs of one combination (after one untimed run). */
const BUDGET_MS = { quick: 300, full: 1_500 }

export interface ScalingPoint {
  readonly people: number
  readonly days: number
  readonly personDays: number
  readonly slots: number
  readonly runs: number
  readonly medianMs: number
  readonly minMs: number
  readonly maxMs: number
  readonly nsPerSlot: number
  readonly usPerPersonDay: number
}

export interface ScalingFit {
  /** time (ms) = interceptMs + msPerSlot × slots, least squares over every point. */
  readonly interceptMs: number
  readonly msPerSlot: number
  readonly r2: number
}

export interface ScalingResult {
  readonly points: ScalingPoint[]
  readonly skipped: string[]
  readonly fit: ScalingFit
}

function countSlots(request: AvailabilityRequest): number {
  let slots = 0
  for (const person of availability(request).people) for (const day of person.days) slots += day.slots.length
  return slots
}

export function linearFit(xs: readonly number[], ys: readonly number[]): ScalingFit {
  const n = xs.length
  const meanX = xs.reduce((a, b) => a + b, 0) / n
  const meanY = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY)
    sxx += (xs[i]! - meanX) ** 2
    syy += (ys[i]! - meanY) ** 2
  }
  const slope = sxx === 0 ? 0 : sxy / sxx
  const intercept = meanY - slope * meanX
  let residual = 0
  for (let i = 0; i < n; i++) residual += (ys[i]! - (intercept + slope * xs[i]!)) ** 2
  return { interceptMs: intercept, msPerSlot: slope, r2: syy === 0 ? 1 : 1 - residual / syy }
}

export function runScaling(config: BenchConfig, log: (line: string) => void): ScalingResult {
  const points: ScalingPoint[] = []
  const skipped: string[] = []
  const budget = config.quick ? BUDGET_MS.quick : BUDGET_MS.full
  for (const people of S5_PEOPLE) {
    for (const days of S5_DAYS) {
      const personDays = people * days
      if (config.quick && personDays > S5_QUICK_MAX_PERSON_DAYS) {
        skipped.push(`${people}×${days}`)
        continue
      }
      collectGarbage()
      const { team: _team, ...request } = buildS2Request(people, days, 'anyOf')
      // One untimed run (the JIT is warm from the earlier scenarios and the smaller points).
      let start = performance.now()
      const slots = countSlots(request)
      const first = performance.now() - start
      const times: number[] = []
      if (first > budget) {
        // The largest points run once more, timed, and only once.
        start = performance.now()
        countSlots(request)
        times.push(performance.now() - start)
      } else {
        const runs = Math.max(3, Math.min(config.rounds * 20, Math.floor(budget / Math.max(first, 0.01))))
        for (let run = 0; run < runs; run++) {
          start = performance.now()
          countSlots(request)
          times.push(performance.now() - start)
        }
      }
      const medianMs = median(times)
      points.push({
        people,
        days,
        personDays,
        slots,
        runs: times.length,
        medianMs,
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        nsPerSlot: slots === 0 ? Number.NaN : (medianMs * 1e6) / slots,
        usPerPersonDay: (medianMs * 1e3) / personDays,
      })
    }
  }
  const fit = linearFit(
    points.map((point) => point.slots),
    points.map((point) => point.medianMs),
  )
  log(
    `S5 scaling — ${points.length} points${skipped.length > 0 ? ` (skipped in --quick: ${skipped.join(', ')})` : ''}; ` +
      `fit: time = ${fit.interceptMs.toFixed(3)} ms + ${(fit.msPerSlot * 1e6).toFixed(0)} ns × slots, R² = ${fit.r2.toFixed(4)}`,
  )
  return { points, skipped, fit }
}

export function formatScaling(result: ScalingResult): string {
  const header = [
    'People',
    'Days',
    'Person-days',
    'Slots',
    'Runs',
    'Median',
    'Min',
    'Max',
    'Per slot',
    'Per person-day',
  ]
  const rows = result.points.map((point) => [
    point.people.toLocaleString('en-US'),
    String(point.days),
    point.personDays.toLocaleString('en-US'),
    point.slots.toLocaleString('en-US'),
    String(point.runs),
    `${point.medianMs.toFixed(3)} ms`,
    `${point.minMs.toFixed(3)} ms`,
    `${point.maxMs.toFixed(3)} ms`,
    `${point.nsPerSlot.toFixed(0)} ns`,
    `${point.usPerPersonDay.toFixed(2)} µs`,
  ])
  const all = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]!.length)))
  const line = (row: string[]) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ')
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
    `linear fit over the points: time = ${result.fit.interceptMs.toFixed(3)} ms + ${(result.fit.msPerSlot * 1e6).toFixed(0)} ns × slots, R² = ${result.fit.r2.toFixed(4)}`,
  ].join('\n')
}
