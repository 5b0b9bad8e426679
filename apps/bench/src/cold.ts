/**
 * Child process of "zone: single cold conversion" (started by main.js, one process per run,
 * so both libraries' zone caches are empty). Prints one JSON object ({@link ColdRunResult})
 * on stdout.
 *
 * 1. Pre-warm ICU: one `Intl.DateTimeFormat('en-US', { timeZone })` per zone, outside both
 *    libraries, so neither pays ICU's zone-data loading for the other.
 * 2. For zone i, each library converts `2026-07-01T09:00` once, timed alone with
 *    `performance.now()`; who goes first alternates from zone to zone.
 * 3. The two answers must be identical for every zone.
 */
import { toInstant } from '@slotwise/core'
import { Temporal } from 'temporal-polyfill'

export interface ColdRunResult {
  readonly zones: readonly string[]
  /** Whether Slotwise went first on even-numbered zones (Temporal first on odd ones). */
  readonly slotwiseFirst: boolean
  readonly icuPrewarmMilliseconds: number
  readonly slotwiseMicroseconds: readonly number[]
  readonly temporalMicroseconds: readonly number[]
  readonly slowestSlotwise: { readonly zone: string; readonly microseconds: number }
  readonly slowestTemporal: { readonly zone: string; readonly microseconds: number }
}

const WALL_TIME = '2026-07-01T09:00'

function slowest(zones: readonly string[], times: readonly number[]): { zone: string; microseconds: number } {
  let index = 0
  for (let i = 1; i < times.length; i++) if (times[i]! > times[index]!) index = i
  return { zone: zones[index]!, microseconds: times[index]! }
}

function main(): void {
  const slotwiseFirst = !process.argv.includes('--slotwise-first=false')
  const zones = Intl.supportedValuesOf('timeZone')

  const prewarmStart = performance.now()
  let prewarmSink = 0
  for (const zone of zones) {
    prewarmSink += new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0).length
  }
  const icuPrewarmMilliseconds = performance.now() - prewarmStart

  const slotwiseMicroseconds: number[] = []
  const temporalMicroseconds: number[] = []
  const mismatches: string[] = []
  for (let i = 0; i < zones.length; i++) {
    const zone = zones[i]!
    let slotwise = 0
    let temporal = 0
    const runSlotwise = (): void => {
      const start = performance.now()
      slotwise = toInstant(WALL_TIME, zone)
      slotwiseMicroseconds.push((performance.now() - start) * 1000)
    }
    const runTemporal = (): void => {
      const start = performance.now()
      temporal = Temporal.PlainDateTime.from(WALL_TIME).toZonedDateTime(zone).epochMilliseconds
      temporalMicroseconds.push((performance.now() - start) * 1000)
    }
    if ((i % 2 === 0) === slotwiseFirst) {
      runSlotwise()
      runTemporal()
    } else {
      runTemporal()
      runSlotwise()
    }
    if (slotwise !== temporal) mismatches.push(`${zone}: Slotwise ${slotwise}, temporal-polyfill ${temporal}`)
  }
  if (mismatches.length > 0) {
    throw new Error(`single cold conversion: ${mismatches.length} zones differ: ${mismatches.join('; ')}`)
  }
  const result: ColdRunResult = {
    zones,
    slotwiseFirst,
    icuPrewarmMilliseconds: prewarmSink > 0 ? icuPrewarmMilliseconds : 0,
    slotwiseMicroseconds,
    temporalMicroseconds,
    slowestSlotwise: slowest(zones, slotwiseMicroseconds),
    slowestTemporal: slowest(zones, temporalMicroseconds),
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main()
