/**
 * RRULE expansion: Slotwise's `expand()` against `rrule` 2.8.1 (floating wall times converted
 * with temporal-polyfill, and its own `tzid` mode) and `rrule-temporal`. Inputs come from the
 * seeded PRNG outside the timed rounds; before timing, the instants of the correct baselines
 * are compared with Slotwise's.
 */

import { expand, formatPlainDate, parsePlainDate, toWallTime } from '@slotwise/core'
import rrulePackage from 'rrule'
import { RRuleTemporal } from 'rrule-temporal'
import { Temporal } from 'temporal-polyfill'
import { type BenchConfig, compare, mulberry32, SEED } from '../harness.js'
import { type Comparison, compareMeasurements, type Target } from '../report.js'

// rrule 2.8.1 ships CommonJS for Node's ESM loader: the named exports live on the default.
const { RRule } = rrulePackage

export const RRULE_SEED = SEED + 10
export const RRULE_COUNT = 1_000
export const RRULE_QUICK_COUNT = 200
export const RRULE_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney'] as const
export const RRULE_RULES = [
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=DAILY',
  'FREQ=MONTHLY;BYMONTHDAY=1,15',
] as const
/** The window: 2026-02-15T00:00Z to 2026-05-26T00:00Z, 100 days, across every DST change of the zones. */
export const RRULE_FROM = '2026-02-15'
export const RRULE_DAYS = 100
const WINDOW_START = Date.UTC(2026, 1, 15)
const WINDOW_END = WINDOW_START + RRULE_DAYS * 86_400_000
/** Widening of the floating (wall-time) window of the `rrule` baselines: more than any offset. */
const FLOATING_MARGIN = 2 * 86_400_000

const RRULE_TARGET: Target = {
  minRatio: 5,
  description: 'RRULE expansion ≥ 5× faster than every baseline (so than the fastest)',
}

export interface RecurrenceInput {
  readonly rrule: string
  readonly timeZone: string
  /** DTSTART wall time in `timeZone`, `YYYY-MM-DDTHH:MM`. */
  readonly dtstart: string
  /** The same, as iCalendar text for rrule-temporal. */
  readonly ics: string
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
}

const pad = (value: number): string => String(value).padStart(2, '0')

/** 1,000 rules: rule, zone, DTSTART 365–1,095 days before the window at a random minute of the day. */
export function buildRecurrences(count: number): RecurrenceInput[] {
  const random = mulberry32(RRULE_SEED)
  const first = parsePlainDate(RRULE_FROM)
  const inputs: RecurrenceInput[] = []
  for (let index = 0; index < count; index++) {
    const rrule = RRULE_RULES[Math.floor(random() * RRULE_RULES.length)]!
    const timeZone = RRULE_ZONES[Math.floor(random() * RRULE_ZONES.length)]!
    const daysBack = 365 + Math.floor(random() * 731)
    const minuteOfDay = Math.floor(random() * 1440)
    const date = formatPlainDate(first - daysBack)
    const [year, month, day] = date.split('-').map(Number) as [number, number, number]
    const hour = Math.floor(minuteOfDay / 60)
    const minute = minuteOfDay % 60
    const dtstart = `${date}T${pad(hour)}:${pad(minute)}`
    const ics = `DTSTART;TZID=${timeZone}:${date.replaceAll('-', '')}T${pad(hour)}${pad(minute)}00\nRRULE:${rrule}`
    inputs.push({ rrule, timeZone, dtstart, ics, year, month, day, hour, minute })
  }
  return inputs
}

const WINDOW = { start: WINDOW_START, end: WINDOW_END }

export function slotwiseExpand(input: RecurrenceInput): number[] {
  return expand({ dtstart: input.dtstart, timeZone: input.timeZone, rrule: input.rrule }, WINDOW)
}

/**
 * The correct way with `rrule`: expand wall times as if they were UTC ("floating"), then
 * convert each with temporal-polyfill (`'compatible'`), and keep those in the window.
 */
export function rruleFloatingExpand(input: RecurrenceInput): number[] {
  const rule = new RRule({
    ...RRule.parseString(input.rrule),
    dtstart: new Date(Date.UTC(input.year, input.month - 1, input.day, input.hour, input.minute)),
  })
  const walls = rule.between(
    new Date(WINDOW_START - FLOATING_MARGIN),
    new Date(WINDOW_END + FLOATING_MARGIN),
    true,
  )
  const out: number[] = []
  for (const wall of walls) {
    const instant = new Temporal.PlainDateTime(
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
    ).toZonedDateTime(input.timeZone, { disambiguation: 'compatible' }).epochMilliseconds
    if (instant >= WINDOW_START && instant < WINDOW_END) out.push(instant)
  }
  return out
}

/**
 * `rrule`'s own `tzid` mode, as its README shows it: DTSTART given as a UTC Date holding the
 * wall time, results read back the same way. What comes out depends on the host's zone.
 */
export function rruleTzidExpand(input: RecurrenceInput): number[] {
  const rule = new RRule({
    ...RRule.parseString(input.rrule),
    dtstart: new Date(Date.UTC(input.year, input.month - 1, input.day, input.hour, input.minute)),
    tzid: input.timeZone,
  })
  const out: number[] = []
  for (const date of rule.between(new Date(WINDOW_START), new Date(WINDOW_END), true)) {
    const instant = date.getTime()
    if (instant < WINDOW_END) out.push(instant)
  }
  return out
}

const WINDOW_START_DATE = new Date(WINDOW_START)
const WINDOW_END_DATE = new Date(WINDOW_END)

export function rruleTemporalExpand(input: RecurrenceInput): number[] {
  const rule = new RRuleTemporal({ rruleString: input.ics })
  const out: number[] = []
  for (const zoned of rule.between(WINDOW_START_DATE, WINDOW_END_DATE, true)) {
    const instant = zoned.epochMilliseconds
    if (instant < WINDOW_END) out.push(instant)
  }
  return out
}

function runAll(inputs: readonly RecurrenceInput[], one: (input: RecurrenceInput) => number[]): number {
  let total = 0
  for (const input of inputs) total += one(input).length
  return total
}

interface Difference {
  readonly rules: number
  readonly instants: number
  readonly example: string | undefined
}

/** Rules whose instants differ, instants present on one side only, and the first example. */
function diff(
  inputs: readonly RecurrenceInput[],
  expected: readonly number[][],
  one: (input: RecurrenceInput) => number[],
): Difference {
  let rules = 0
  let instants = 0
  let example: string | undefined
  inputs.forEach((input, index) => {
    const mine = new Set(expected[index]!)
    const theirs = new Set(one(input))
    const onlyMine = [...mine].filter((instant) => !theirs.has(instant))
    const onlyTheirs = [...theirs].filter((instant) => !mine.has(instant))
    if (onlyMine.length + onlyTheirs.length === 0) return
    rules++
    instants += onlyMine.length + onlyTheirs.length
    if (example === undefined) {
      const show = (list: number[]) =>
        list
          .slice(0, 2)
          .map((instant) => `${new Date(instant).toISOString()} (${toWallTime(instant, input.timeZone)})`)
          .join(', ') || 'none'
      example =
        `rule #${index} ${input.rrule}, DTSTART ${input.dtstart} ${input.timeZone}: ` +
        `only Slotwise ${show(onlyMine)}; only baseline ${show(onlyTheirs)}`
    }
  })
  return { rules, instants, example }
}

/** rrule's `tzid` mode takes about 70 ms per rule here (it formats every occurrence since DTSTART through Intl): a subset. */
export const RRULE_TZID_COUNT = 20
export const RRULE_TZID_QUICK_COUNT = 8
const TZID_ROUNDS = 3

export function slotwiseExpandSkipping(input: RecurrenceInput): number[] {
  return expand({ dtstart: input.dtstart, timeZone: input.timeZone, rrule: input.rrule }, WINDOW, {
    skipNonexistent: true,
  })
}

export function runRRuleExpansion(config: BenchConfig, log: (line: string) => void): Comparison[] {
  const scenario = 'RRULE expansion'
  const count = config.quick ? RRULE_QUICK_COUNT : RRULE_COUNT
  const inputs = buildRecurrences(count)
  const expected = inputs.map(slotwiseExpand)
  const total = expected.reduce((sum, list) => sum + list.length, 0)

  const floating = diff(inputs, expected, rruleFloatingExpand)
  if (floating.rules > 0) {
    throw new Error(
      `${scenario}: rrule (floating + temporal-polyfill) differs from Slotwise: ${floating.example}`,
    )
  }
  const temporal = diff(inputs, expected, rruleTemporalExpand)
  // rrule-temporal drops local times in a DST gap (RFC 5545 3.3.10); Slotwise moves them
  // forward by default (3.3.5, Temporal's 'compatible') and drops them with skipNonexistent.
  const skipping = diff(inputs, inputs.map(slotwiseExpandSkipping), rruleTemporalExpand)
  if (skipping.rules > 0) {
    throw new Error(
      `${scenario}: rrule-temporal differs from Slotwise with skipNonexistent: ${skipping.example}`,
    )
  }
  const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const temporalNote =
    temporal.rules === 0
      ? 'identical instants'
      : `${temporal.instants} instant(s) in a DST gap differ in ${temporal.rules} rule(s) (rrule-temporal skips them, ` +
        `RFC 5545 3.3.10; Slotwise moves them forward, 3.3.5/'compatible'), e.g. ${temporal.example}; ` +
        'identical to expand(…, { skipNonexistent: true })'
  log(
    `${scenario} — ${count} rules, ${total} instants; rrule floating + temporal-polyfill: identical results: yes; ` +
      `rrule-temporal: ${temporalNote}`,
  )

  const [subject, floatingRun, temporalRun] = compare(
    scenario,
    total,
    [
      { implementation: 'Slotwise expand()', run: () => runAll(inputs, slotwiseExpand) },
      {
        implementation: 'rrule floating + temporal-polyfill',
        run: () => runAll(inputs, rruleFloatingExpand),
      },
      { implementation: 'rrule-temporal between()', run: () => runAll(inputs, rruleTemporalExpand) },
    ],
    config,
  )

  const tzidCount = config.quick ? RRULE_TZID_QUICK_COUNT : RRULE_TZID_COUNT
  const tzidInputs = inputs.slice(0, tzidCount)
  const tzidTotal = expected.slice(0, tzidCount).reduce((sum, list) => sum + list.length, 0)
  const tzid = diff(tzidInputs, expected.slice(0, tzidCount), rruleTzidExpand)
  const tzidNote =
    `not required identical (host zone ${hostZone}): ${tzid.instants} instants differ in ${tzid.rules} of ` +
    `${tzidCount} rules${tzid.example === undefined ? '' : `, e.g. ${tzid.example}`}`
  log(`${scenario} (rrule tzid, first ${tzidCount} rules, ${tzidTotal} instants) — ${tzidNote}`)
  const [tzidSubject, tzidRun] = compare(
    `${scenario} (rrule tzid)`,
    tzidTotal,
    [
      { implementation: 'Slotwise expand()', run: () => runAll(tzidInputs, slotwiseExpand) },
      {
        implementation: 'rrule tzid mode (host-zone dependent)',
        run: () => runAll(tzidInputs, rruleTzidExpand),
      },
    ],
    { ...config, warmupRounds: 1, minWarmupMs: 0, rounds: TZID_ROUNDS },
  )

  const describe =
    `${count} rules (seed ${RRULE_SEED}) drawn from ${RRULE_RULES.join(' | ')} in ${RRULE_ZONES.join(', ')}, ` +
    `DTSTART 365–1,095 days before ${RRULE_FROM} at a random minute of the day; window ${RRULE_FROM}T00:00Z + ${RRULE_DAYS} days; ` +
    `per op = per instant; ${total} instants`
  return [
    compareMeasurements(
      `${scenario} (rrule + Temporal)`,
      describe,
      subject!,
      floatingRun!,
      RRULE_TARGET,
      'identical instants',
    ),
    compareMeasurements(
      `${scenario} (rrule-temporal)`,
      describe,
      subject!,
      temporalRun!,
      RRULE_TARGET,
      temporalNote,
    ),
    compareMeasurements(
      `${scenario} (rrule tzid, ${tzidCount} rules)`,
      `the first ${tzidCount} rules of the above, ${tzidTotal} instants; ${TZID_ROUNDS} rounds; per op = per instant`,
      tzidSubject!,
      tzidRun!,
      RRULE_TARGET,
      tzidNote,
    ),
  ]
}
