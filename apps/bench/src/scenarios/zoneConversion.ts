import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  formatPlainDate,
  parsePlainDate,
  parsePlainDateTime,
  parsePlainTime,
  toInstant,
  toInstantFromWallMilliseconds,
  toWallMilliseconds,
} from '@slotwise/core'
import { Temporal } from 'temporal-polyfill'
import type { ColdRunResult } from '../cold.js'
import { type BenchConfig, compare, median, mulberry32, quantile, SEED } from '../harness.js'
import { type Comparison, compareMeasurements, type RowStats, type Target } from '../report.js'

/** Zones the bulk scenarios draw from: both hemispheres' DST, odd offsets, a Ramadan zone, UTC. */
export const BULK_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/Santiago',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'UTC',
] as const

/** First day of the bulk scenarios; 100 days cross March and April DST changes in both hemispheres. */
export const START_DATE = '2026-03-01'
export const DAY_COUNT = 100
export const WALL_TIMES = ['09:00', '17:00'] as const
export const FULL_PEOPLE = 1_000
export const QUICK_PEOPLE = 200

/** The wall time every zone converts once in the cold scenario. */
export const COLD_WALL_TIME = '2026-07-01T09:00'
export const FULL_COLD_RUNS = 5
export const QUICK_COLD_RUNS = 2

const BULK_TARGET: Target = {
  minRatio: 50,
  description: 'bulk conversions ≥ 50× faster than temporal-polyfill',
}
const COLD_TARGET: Target = {
  minRatio: 1,
  description: 'cold single conversion no slower than temporal-polyfill',
}

/** Inputs of the bulk scenarios, person-major: person p's conversions are [p·200, (p+1)·200). */
export interface BulkInputs {
  readonly people: number
  readonly perPerson: number
  readonly count: number
  /** Zone of each person, drawn from {@link BULK_ZONES} with the seeded PRNG. */
  readonly personZones: readonly string[]
  /** Wall milliseconds (days · 86 400 000 + ms of day) of each conversion. */
  readonly walls: Float64Array
  /** The same wall times as `YYYY-MM-DDTHH:MM`. */
  readonly isoStrings: readonly string[]
  /** The same wall times as Temporal objects. */
  readonly plainDateTimes: readonly Temporal.PlainDateTime[]
}

export function buildBulkInputs(people: number): BulkInputs {
  const random = mulberry32(SEED)
  const personZones: string[] = []
  for (let person = 0; person < people; person++) {
    personZones.push(BULK_ZONES[Math.floor(random() * BULK_ZONES.length)]!)
  }
  const firstDay = parsePlainDate(START_DATE)
  const perPerson = DAY_COUNT * WALL_TIMES.length
  const count = people * perPerson
  const walls = new Float64Array(count)
  const isoStrings: string[] = []
  const plainDateTimes: Temporal.PlainDateTime[] = []
  // One person's 200 wall times, shared by everybody (only the zone differs).
  const dayWalls: number[] = []
  const dayStrings: string[] = []
  for (let day = 0; day < DAY_COUNT; day++) {
    const date = formatPlainDate(firstDay + day)
    for (const time of WALL_TIMES) {
      const text = `${date}T${time}`
      const wall = (firstDay + day) * 86_400_000 + parsePlainTime(time) * 1000
      if (parsePlainDateTime(text) !== wall) throw new Error(`wall milliseconds disagree for ${text}`)
      dayWalls.push(wall)
      dayStrings.push(text)
    }
  }
  for (let person = 0; person < people; person++) {
    for (let k = 0; k < perPerson; k++) {
      walls[person * perPerson + k] = dayWalls[k]!
      isoStrings.push(dayStrings[k]!)
      plainDateTimes.push(Temporal.PlainDateTime.from(dayStrings[k]!))
    }
  }
  return { people, perPerson, count, personZones, walls, isoStrings, plainDateTimes }
}

function assertIdentical(
  label: string,
  inputs: BulkInputs,
  expected: Float64Array,
  actual: Float64Array,
): void {
  let mismatches = 0
  let first = ''
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] !== actual[i]) {
      if (mismatches === 0) {
        const zone = inputs.personZones[Math.floor(i / inputs.perPerson)]
        first = `#${i} ${inputs.isoStrings[i]} in ${zone}: Slotwise ${expected[i]}, temporal-polyfill ${actual[i]}`
      }
      mismatches++
    }
  }
  if (mismatches > 0) {
    throw new Error(`${label}: ${mismatches} of ${expected.length} results differ; first: ${first}`)
  }
}

function describeInputs(inputs: BulkInputs): string {
  return (
    `${inputs.people} people × ${DAY_COUNT} days × ${WALL_TIMES.join('/')} = ${inputs.count} conversions, ` +
    `${START_DATE} +${DAY_COUNT - 1} days, seed ${SEED}`
  )
}

/**
 * Bulk wall→instant: numbers and strings. Returns the comparisons and the instants (checked
 * identical in both libraries) for the instant→wall scenario.
 */
export function runBulkWallToInstant(
  inputs: BulkInputs,
  config: BenchConfig,
  log: (line: string) => void,
): { comparisons: Comparison[]; instants: Float64Array } {
  const { people, perPerson, personZones, walls, isoStrings, plainDateTimes, count } = inputs
  const slotwiseOut = new Float64Array(count)
  const temporalOut = new Float64Array(count)

  const slotwiseNumbers = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++)
        slotwiseOut[i] = toInstantFromWallMilliseconds(walls[i]!, zone)
    }
    return slotwiseOut[count - 1]!
  }
  const temporalObjects = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++) {
        temporalOut[i] = plainDateTimes[i]!.toZonedDateTime(zone).epochMilliseconds
      }
    }
    return temporalOut[count - 1]!
  }
  const slotwiseStrings = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++) slotwiseOut[i] = toInstant(isoStrings[i]!, zone)
    }
    return slotwiseOut[count - 1]!
  }
  const temporalStrings = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++) {
        temporalOut[i] = Temporal.PlainDateTime.from(isoStrings[i]!).toZonedDateTime(zone).epochMilliseconds
      }
    }
    return temporalOut[count - 1]!
  }

  const comparisons: Comparison[] = []

  // Numbers / objects.
  slotwiseNumbers()
  temporalObjects()
  assertIdentical('zone: bulk wall→instant', inputs, slotwiseOut, temporalOut)
  const instants = slotwiseOut.slice()
  log(`zone: bulk wall→instant — ${count} conversions checked, identical results: yes`)
  {
    const scenario = 'zone: bulk wall→instant'
    const [subject, baseline] = compare(
      scenario,
      count,
      [
        { implementation: 'Slotwise toInstantFromWallMilliseconds', run: slotwiseNumbers },
        { implementation: 'temporal-polyfill PlainDateTime.toZonedDateTime', run: temporalObjects },
      ],
      config,
    )
    comparisons.push(
      compareMeasurements(scenario, describeInputs(inputs), subject!, baseline!, BULK_TARGET, 'identical'),
    )
  }

  // Strings.
  slotwiseStrings()
  temporalStrings()
  assertIdentical('zone: bulk wall string→instant', inputs, slotwiseOut, temporalOut)
  assertIdentical('zone: bulk wall string→instant vs numbers', inputs, instants, slotwiseOut)
  log(`zone: bulk wall string→instant — ${count} conversions checked, identical results: yes`)
  {
    const scenario = 'zone: bulk wall string→instant'
    const [subject, baseline] = compare(
      scenario,
      count,
      [
        { implementation: 'Slotwise toInstant(string)', run: slotwiseStrings },
        {
          implementation: 'temporal-polyfill PlainDateTime.from(string).toZonedDateTime',
          run: temporalStrings,
        },
      ],
      config,
    )
    comparisons.push(
      compareMeasurements(scenario, describeInputs(inputs), subject!, baseline!, BULK_TARGET, 'identical'),
    )
  }
  return { comparisons, instants }
}

/** Bulk instant→wall over the instants of the wall→instant scenario. */
export function runBulkInstantToWall(
  inputs: BulkInputs,
  instants: Float64Array,
  config: BenchConfig,
  log: (line: string) => void,
): Comparison {
  const { people, perPerson, personZones, walls, count } = inputs
  const slotwiseOut = new Float64Array(count)
  const temporalOut = new Float64Array(count)

  // Full check first (outside timing): every field of the wall time, not just hour:minute.
  for (let person = 0; person < people; person++) {
    const zone = personZones[person]!
    for (let i = person * perPerson; i < (person + 1) * perPerson; i++) {
      const slotwise = toWallMilliseconds(instants[i]!, zone)
      const z = Temporal.Instant.fromEpochMilliseconds(instants[i]!).toZonedDateTimeISO(zone)
      const temporal = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second, z.millisecond)
      if (slotwise !== temporal || slotwise !== walls[i]) {
        throw new Error(
          `zone: bulk instant→wall: ${instants[i]} in ${zone}: Slotwise ${slotwise}, ` +
            `temporal-polyfill ${temporal}, expected ${walls[i]}`,
        )
      }
    }
  }

  // Timed: each library turns the instant into a wall clock and reads hour and minute.
  const slotwise = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++) {
        const wall = toWallMilliseconds(instants[i]!, zone)
        slotwiseOut[i] = Math.floor(wall / 60_000) % 1440
      }
    }
    return slotwiseOut[count - 1]!
  }
  const temporal = (): number => {
    for (let person = 0; person < people; person++) {
      const zone = personZones[person]!
      const end = (person + 1) * perPerson
      for (let i = person * perPerson; i < end; i++) {
        const zoned = Temporal.Instant.fromEpochMilliseconds(instants[i]!).toZonedDateTimeISO(zone)
        temporalOut[i] = zoned.hour * 60 + zoned.minute
      }
    }
    return temporalOut[count - 1]!
  }
  slotwise()
  temporal()
  assertIdentical('zone: bulk instant→wall', inputs, slotwiseOut, temporalOut)
  log(`zone: bulk instant→wall — ${count} conversions checked, identical results: yes`)
  const scenario = 'zone: bulk instant→wall'
  const [subject, baseline] = compare(
    scenario,
    count,
    [
      { implementation: 'Slotwise toWallMilliseconds', run: slotwise },
      { implementation: 'temporal-polyfill Instant.toZonedDateTimeISO', run: temporal },
    ],
    config,
  )
  return compareMeasurements(
    scenario,
    `the ${count} instants of "zone: bulk wall→instant", read back as hour and minute`,
    subject!,
    baseline!,
    BULK_TARGET,
    'identical',
  )
}

const COLD_SCRIPT = fileURLToPath(new URL('../cold.js', import.meta.url))

function coldRow(implementation: string, pooled: number[], runMedians: number[]): RowStats {
  const middle = median(pooled)
  return {
    implementation,
    unit: 'µs',
    median: middle,
    min: Math.min(...pooled),
    max: Math.max(...pooled),
    p90: quantile(pooled, 0.9),
    relativeSpread: (Math.max(...runMedians) - Math.min(...runMedians)) / middle,
    nsPerOperation: middle * 1000,
    peakHeapMB: undefined,
  }
}

/**
 * Single cold conversion: each run is a fresh child process (`dist/cold.js`), so neither
 * library has seen any zone; every zone of `Intl.supportedValuesOf('timeZone')` is
 * converted once per library, interleaved.
 */
export function runColdSingleConversion(config: BenchConfig, log: (line: string) => void): Comparison {
  const runCount = config.quick ? QUICK_COLD_RUNS : FULL_COLD_RUNS
  const runs: ColdRunResult[] = []
  for (let run = 0; run < runCount; run++) {
    const output = execFileSync(process.execPath, [COLD_SCRIPT, `--slotwise-first=${run % 2 === 0}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    })
    runs.push(JSON.parse(output) as ColdRunResult)
  }
  const zoneCount = runs[0]!.zones.length
  log(
    `zone: single cold conversion — ${runCount} fresh processes × ${zoneCount} zones checked, identical results: yes`,
  )
  const slotwisePooled = runs.flatMap((run) => run.slotwiseMicroseconds)
  const temporalPooled = runs.flatMap((run) => run.temporalMicroseconds)
  const slotwiseMedians = runs.map((run) => median(run.slotwiseMicroseconds))
  const temporalMedians = runs.map((run) => median(run.temporalMicroseconds))
  const perRunRatios = runs.map((_, index) => temporalMedians[index]! / slotwiseMedians[index]!)
  const subject = coldRow('Slotwise toInstant(string), new zone', slotwisePooled, slotwiseMedians)
  const baseline = coldRow(
    'temporal-polyfill PlainDateTime.from(string).toZonedDateTime, new zone',
    temporalPooled,
    temporalMedians,
  )
  return {
    scenario: 'zone: single cold conversion',
    inputs:
      `'${COLD_WALL_TIME}' once in each of ${zoneCount} zones, ${runCount} fresh processes, ` +
      'ICU pre-warmed, libraries interleaved per zone',
    subject,
    baseline,
    ratio: baseline.median / subject.median,
    ratioRange: [Math.min(...perRunRatios), Math.max(...perRunRatios)],
    target: COLD_TARGET,
    checked: 'identical',
    raw: {
      perRun: runs.map((run, index) => ({
        slotwiseFirstOnEvenZones: run.slotwiseFirst,
        slotwiseMedianUs: slotwiseMedians[index],
        temporalMedianUs: temporalMedians[index],
        ratio: perRunRatios[index],
        icuPrewarmMs: run.icuPrewarmMilliseconds,
        firstZone: run.zones[0],
        slotwiseFirstZoneUs: run.slotwiseMicroseconds[0],
        temporalFirstZoneUs: run.temporalMicroseconds[0],
        slowestSlotwise: run.slowestSlotwise,
        slowestTemporal: run.slowestTemporal,
      })),
    },
  }
}
