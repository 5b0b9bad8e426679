/**
 * Engine scenarios: Slotwise's `availability()` against an engine written by hand with
 * temporal-polyfill (S1, S2) and against the `slot-calculator` package (S1 reduced).
 * Inputs are built with the seeded PRNG outside the timed rounds; before timing, the
 * outputs are compared slot by slot and the run stops on the first difference.
 */

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  type AvailabilityRequest,
  type AvailabilityResult,
  availability,
  type BusyEvent,
  formatPlainDate,
  parsePlainDate,
  type SlotPolicy,
  toInstant,
  toWallTime,
  weekdayOf,
} from '@slotwise/core'
import {
  runSlotCalculator,
  type SlotCalculatorInput,
  slotCalculatorConfig,
  slotCalculatorSlotsByDay,
} from '../baselines/slotCalculator.js'
import { type BaselineResult, temporalAvailability } from '../baselines/temporalEngine.js'
import { type BenchConfig, compare, median, mulberry32, SEED } from '../harness.js'
import { type Comparison, compareMeasurements, type Target } from '../report.js'

export const ENGINE_START = '2026-03-01'
/** `now` of every engine scenario: 2026-03-01T00:00Z. */
export const ENGINE_NOW = Date.UTC(2026, 2, 1)

export const S1_ZONE = 'America/New_York'
export const S1_DAYS = 31
export const S1_EVENTS = 150
export const S1_POLICY: SlotPolicy = {
  durationMinutes: 30,
  intervalMinutes: 15,
  alignment: 'window',
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 5,
  minimumNoticeMinutes: 120,
  lookBusy: { percent: 30, seed: 'bench' },
}

export const S2_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const
export const S2_FULL = { people: 100, days: 100 } as const
export const S2_QUICK = { people: 20, days: 31 } as const
/** Busy events per person per local weekday (40 per five-day week). */
export const S2_EVENTS_PER_WEEKDAY = 8
export const S2_POLICY: SlotPolicy = { durationMinutes: 30, intervalMinutes: 30, alignment: 'window' }

const WEEKLY_HOURS = [{ from: '09:00', to: '17:00' }]
const LUNCH = [{ from: '12:00', to: '13:00' }]
const WORKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const

const TEMPORAL_TARGET: Target = {
  minRatio: 20,
  description: 'availability ≥ 20× faster than the temporal-polyfill engine (S1, S2)',
}
const SLOT_CALCULATOR_TARGET: Target = {
  minRatio: 1,
  description: 'availability faster than slot-calculator 2.2.1 (S1 reduced)',
}

/** A full run of S2 spends ~5 s per baseline round: fewer timed rounds than the default. */
const S2_FULL_ROUNDS = 5

function schedule(timeZone: string) {
  return {
    timeZone,
    weekly: Object.fromEntries(WORKDAYS.map((day) => [day, WEEKLY_HOURS])),
    breaks: { weekly: Object.fromEntries(WORKDAYS.map((day) => [day, LUNCH])) },
  }
}

/** Local Mon–Fri dates (`YYYY-MM-DD`) of `days` dates from {@link ENGINE_START}. */
function weekdayDates(days: number): string[] {
  const first = parsePlainDate(ENGINE_START)
  const dates: string[] = []
  for (let day = first; day < first + days; day++) if (weekdayOf(day) <= 5) dates.push(formatPlainDate(day))
  return dates
}

const pad = (value: number): string => String(value).padStart(2, '0')

/** One busy event on a local date: start uniform in [08:00, 18:00) by the minute, 15–120 minutes long. */
function randomEvent(random: () => number, id: string, date: string, timeZone: string): BusyEvent {
  const startMinute = 8 * 60 + Math.floor(random() * 600)
  const length = 15 + Math.floor(random() * 106)
  const start = toInstant(`${date}T${pad(Math.floor(startMinute / 60))}:${pad(startMinute % 60)}`, timeZone)
  return { id, start, end: start + length * 60_000 }
}

/** S1 (and its 10× variant): one person in New York, `days` dates, `events` random busy events. */
export function buildS1Request(
  days = S1_DAYS,
  events = S1_EVENTS,
  policy: SlotPolicy = S1_POLICY,
): AvailabilityRequest {
  const random = mulberry32(SEED + 1)
  const dates = weekdayDates(days)
  const busy: BusyEvent[] = []
  for (let i = 0; i < events; i++) {
    busy.push(randomEvent(random, `e${i}`, dates[Math.floor(random() * dates.length)]!, S1_ZONE))
  }
  return {
    window: {
      from: ENGINE_START,
      to: formatPlainDate(parsePlainDate(ENGINE_START) + days - 1),
      timeZone: S1_ZONE,
    },
    now: ENGINE_NOW,
    people: [{ id: 'ana', schedule: schedule(S1_ZONE), busy }],
    policy,
  }
}

/** S2: `people` people, person i in zone i mod 10, 8 busy events on each local weekday. */
export function buildS2Request(
  people: number,
  days: number,
  mode: 'collective' | 'anyOf',
): AvailabilityRequest {
  const random = mulberry32(SEED + 2)
  const dates = weekdayDates(days)
  const list = []
  for (let p = 0; p < people; p++) {
    const timeZone = S2_ZONES[p % S2_ZONES.length]!
    const busy: BusyEvent[] = []
    for (const date of dates) {
      for (let k = 0; k < S2_EVENTS_PER_WEEKDAY; k++)
        busy.push(randomEvent(random, `p${p}-e${busy.length}`, date, timeZone))
    }
    list.push({ id: `p${p}`, schedule: schedule(timeZone), busy })
  }
  return {
    window: {
      from: ENGINE_START,
      to: formatPlainDate(parsePlainDate(ENGINE_START) + days - 1),
      timeZone: 'UTC',
    },
    now: ENGINE_NOW,
    people: list,
    policy: S2_POLICY,
    team: { mode },
  }
}

/**
 * A full GC, when V8 lets us turn `--expose-gc` on at run time (it does on Node 20); a no-op
 * otherwise. Used before each engine scenario so its peak heap starts from live data only.
 */
let gcFunction: (() => void) | undefined

export function collectGarbage(): void {
  gcFunction ??= exposeGc() ?? (() => {})
  gcFunction()
}

function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

const at = (instant: number, timeZone: string): string => `${toWallTime(instant, timeZone)} ${timeZone}`

function listDifference(
  label: string,
  timeZone: string,
  slotwise: readonly { start: number; end: number }[],
  baseline: readonly { start: number; end: number }[],
): string | undefined {
  const key = (slot: { start: number; end: number }) => `${slot.start}-${slot.end}`
  const a = new Set(slotwise.map(key))
  const b = new Set(baseline.map(key))
  const onlySlotwise = slotwise.filter((slot) => !b.has(key(slot)))
  const onlyBaseline = baseline.filter((slot) => !a.has(key(slot)))
  if (onlySlotwise.length === 0 && onlyBaseline.length === 0) {
    return slotwise.length === baseline.length && slotwise.every((slot, i) => key(slot) === key(baseline[i]!))
      ? undefined
      : `${label}: same slots in a different order or with duplicates`
  }
  const show = (slots: readonly { start: number; end: number }[]) =>
    slots
      .slice(0, 3)
      .map((slot) => `${at(slot.start, timeZone)}–${toWallTime(slot.end, timeZone).slice(11)}`)
      .join(', ')
  return (
    `${label}: ${onlySlotwise.length} only in Slotwise (${show(onlySlotwise)}), ` +
    `${onlyBaseline.length} only in the baseline (${show(onlyBaseline)})`
  )
}

/**
 * Throws on the first difference between Slotwise and the temporal baseline: per person and
 * local date the shown and the hidden slots, then the team's slots with their people.
 */
export function assertSameAsBaseline(
  label: string,
  slotwise: AvailabilityResult,
  baseline: BaselineResult,
): void {
  if (slotwise.people.length !== baseline.people.length) throw new Error(`${label}: people count differs`)
  slotwise.people.forEach((person, p) => {
    const other = baseline.people[p]!
    if (person.id !== other.id) throw new Error(`${label}: person ${p} is ${person.id} vs ${other.id}`)
    const dates = person.days.map((day) => day.date).join(',')
    const otherDates = other.days.map((day) => day.date).join(',')
    if (dates !== otherDates) throw new Error(`${label}: ${person.id}: dates ${dates} vs ${otherDates}`)
    person.days.forEach((day, d) => {
      const where = `${label}: ${person.id} ${day.date}`
      const problem =
        listDifference(`${where} slots`, person.timeZone, day.slots, other.days[d]!.slots) ??
        listDifference(`${where} hidden`, person.timeZone, day.hidden, other.days[d]!.hidden)
      if (problem !== undefined) throw new Error(problem)
    })
  })
  if ((slotwise.team === undefined) !== (baseline.team === undefined))
    throw new Error(`${label}: team missing`)
  if (slotwise.team !== undefined && baseline.team !== undefined) {
    const zone = slotwise.people[0]!.timeZone
    const problem =
      listDifference(`${label}: team slots`, zone, slotwise.team.slots, baseline.team.slots) ??
      listDifference(`${label}: team hidden`, zone, slotwise.team.hidden, baseline.team.hidden)
    if (problem !== undefined) throw new Error(problem)
    slotwise.team.slots.forEach((slot, i) => {
      const ids = slot.people.join(',')
      const otherIds = baseline.team!.slots[i]!.people.join(',')
      if (ids !== otherIds)
        throw new Error(`${label}: team slot ${at(slot.start, zone)}: ${ids} vs ${otherIds}`)
    })
  }
}

function countSlots(result: AvailabilityResult | BaselineResult): {
  shown: number
  hidden: number
  team: number
} {
  let shown = 0
  let hidden = 0
  for (const person of result.people) {
    for (const day of person.days) {
      shown += day.slots.length
      hidden += day.hidden.length
    }
  }
  return { shown, hidden, team: result.team?.slots.length ?? 0 }
}

function describeS1(request: AvailabilityRequest): string {
  const busy = request.people[0]!.busy!.length
  return (
    `1 person, ${S1_ZONE}, ${S1_DAYS} days from ${ENGINE_START}, Mon–Fri 09:00–17:00, lunch 12:00–13:00, ` +
    `${busy} busy events (seed ${SEED + 1}); 30-min slots every 15 min ('window'), buffers 10/5, ` +
    `notice 120 min from ${new Date(ENGINE_NOW).toISOString()}, look-busy 30% seed 'bench'`
  )
}

/** S1: one person, against the temporal-polyfill engine. */
export function runEngineS1(config: BenchConfig, log: (line: string) => void): Comparison {
  const scenario = 'engine S1: one person, 31 days'
  collectGarbage()
  const request = buildS1Request()
  const expected = availability(request)
  assertSameAsBaseline(scenario, expected, temporalAvailability(request))
  const counts = countSlots(expected)
  log(
    `${scenario} — ${counts.shown} shown + ${counts.hidden} hidden slots on ${expected.people[0]!.days.length} dates ` +
      'checked against the temporal-polyfill engine, identical results: yes',
  )
  const [subject, baseline] = compare(
    scenario,
    S1_DAYS,
    [
      { implementation: 'Slotwise availability()', run: () => countSlots(availability(request)).shown },
      {
        implementation: 'temporal-polyfill engine (by hand)',
        run: () => countSlots(temporalAvailability(request)).shown,
      },
    ],
    config,
  )
  return compareMeasurements(
    scenario,
    `${describeS1(request)}; per op = per person-day; ${counts.shown} shown + ${counts.hidden} hidden slots`,
    subject!,
    baseline!,
    TEMPORAL_TARGET,
    'identical (shown and hidden slots per local date)',
  )
}

/** S2: a team in ten zones, collective and anyOf, against the temporal-polyfill engine. */
export function runEngineS2(config: BenchConfig, log: (line: string) => void): Comparison[] {
  const size = config.quick ? S2_QUICK : S2_FULL
  const rounds = config.quick ? config.rounds : Math.min(config.rounds, S2_FULL_ROUNDS)
  const comparisons: Comparison[] = []
  for (const mode of ['collective', 'anyOf'] as const) {
    const scenario = `engine S2: team ${mode}`
    collectGarbage()
    const request = buildS2Request(size.people, size.days, mode)
    const expected = availability(request)
    assertSameAsBaseline(scenario, expected, temporalAvailability(request))
    const counts = countSlots(expected)
    const events = request.people.reduce((sum, person) => sum + person.busy!.length, 0)
    log(
      `${scenario} — ${size.people} people, ${counts.shown} personal slots, ${counts.team} team slots checked ` +
        'against the temporal-polyfill engine, identical results: yes',
    )
    const operations = size.people * size.days
    const [subject, baseline] = compare(
      scenario,
      operations,
      [
        { implementation: 'Slotwise availability()', run: () => countSlots(availability(request)).team },
        {
          implementation: 'temporal-polyfill engine (by hand)',
          run: () => countSlots(temporalAvailability(request)).team,
        },
      ],
      { ...config, rounds },
    )
    comparisons.push(
      compareMeasurements(
        scenario,
        `${size.people} people (${size.people / S2_ZONES.length} per zone: ${S2_ZONES.join(', ')}), ${size.days} days from ${ENGINE_START} ` +
          `(window in UTC), Mon–Fri 09:00–17:00 local, lunch 12:00–13:00, ${S2_EVENTS_PER_WEEKDAY} busy events per ` +
          `local weekday (${events} in all, seed ${SEED + 2}); 30-min slots every 30 min ('window'), no buffers, ` +
          `notice or look-busy; team ${mode}; ${rounds} rounds; per op = per person-day; ` +
          `${counts.shown} personal slots, ${counts.team} team slots`,
        subject!,
        baseline!,
        TEMPORAL_TARGET,
        'identical (personal slots per local date, team slots with people)',
      ),
    )
  }
  return comparisons
}

/** The reduced S1 both Slotwise and slot-calculator can answer. */
export function buildS1Reduced(): { request: AvailabilityRequest; input: SlotCalculatorInput } {
  const policy: SlotPolicy = {
    durationMinutes: 30,
    intervalMinutes: 30,
    alignment: 'free',
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 5,
    minimumNoticeMinutes: 120,
  }
  const request = buildS1Request(S1_DAYS, S1_EVENTS, policy)
  const expected = availability(request)
  const before = policy.bufferBeforeMinutes! * 60_000
  const after = policy.bufferAfterMinutes! * 60_000
  return {
    request,
    input: {
      start: expected.window.start,
      end: expected.window.end,
      timeZone: S1_ZONE,
      weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      hours: WEEKLY_HOURS[0]!,
      breaks: LUNCH,
      // The slot's buffered span may not overlap the event: the event grown by the opposite buffers.
      busy: request.people[0]!.busy!.map((event) => ({
        start: event.start - after,
        end: event.end + before,
      })),
      durationMinutes: policy.durationMinutes,
    },
  }
}

interface GridDifference {
  readonly same: number
  readonly onlySlotwise: number
  readonly onlyCalculator: number
  readonly examples: string[]
}

/** Slot by slot, per local date: Slotwise's shown slots against slot-calculator's available ones. */
function diffSlotCalculator(request: AvailabilityRequest, input: SlotCalculatorInput): GridDifference {
  const slotwise = availability(request)
  const calculator = slotCalculatorSlotsByDay(runSlotCalculator(slotCalculatorConfig(input)))
  let same = 0
  let onlySlotwise = 0
  let onlyCalculator = 0
  const examples: string[] = []
  const calculatorDates = new Set(calculator.keys())
  const wall = (slots: { start: number }[]) =>
    slots.map((slot) => toWallTime(slot.start, S1_ZONE).slice(11, 16))
  for (const day of slotwise.people[0]!.days) {
    calculatorDates.delete(day.date)
    const theirs = calculator.get(day.date) ?? []
    const mine = new Set(day.slots.map((slot) => slot.start))
    const their = new Set(theirs.map((slot) => slot.start))
    if (theirs.some((slot) => slot.end - slot.start !== input.durationMinutes * 60_000)) {
      throw new Error(`slot-calculator: a slot of another length on ${day.date}`)
    }
    same += day.slots.filter((slot) => their.has(slot.start)).length
    const mineOnly = day.slots.filter((slot) => !their.has(slot.start))
    const theirOnly = theirs.filter((slot) => !mine.has(slot.start))
    onlySlotwise += mineOnly.length
    onlyCalculator += theirOnly.length
    if ((mineOnly.length > 0 || theirOnly.length > 0) && examples.length < 2) {
      examples.push(
        `${day.date}: only Slotwise ${wall(mineOnly).join(' ') || '–'}; only slot-calculator ${wall(theirOnly).join(' ') || '–'}`,
      )
    }
  }
  if (calculatorDates.size > 0)
    throw new Error(`slot-calculator: slots on ${[...calculatorDates].join(', ')}`)
  return { same, onlySlotwise, onlyCalculator, examples }
}

/**
 * Reduced S1 against slot-calculator. Its grid equals Slotwise's `'free'` one when every
 * buffered busy block is at least a slot long (S1's are: 15 minutes + 15 of buffers), so the
 * outputs must be identical; the run stops otherwise. For the record, the same input
 * without buffers (blocks from 15 minutes) is compared too, untimed, and its differences
 * are printed: there the two grid rules part.
 */
export function runSlotCalculatorS1(config: BenchConfig, log: (line: string) => void): Comparison {
  const scenario = 'engine S1 reduced: one person'
  collectGarbage()
  const { request, input } = buildS1Reduced()
  const calculatorConfig = slotCalculatorConfig(input)
  const check = diffSlotCalculator(request, input)
  if (check.onlySlotwise > 0 || check.onlyCalculator > 0) {
    throw new Error(
      `${scenario}: ${check.onlySlotwise} slots only in Slotwise, ${check.onlyCalculator} only in slot-calculator; ` +
        check.examples.join('; '),
    )
  }
  log(
    `${scenario} — ${check.same} slots checked against slot-calculator (Slotwise alignment 'free'), identical results: yes`,
  )
  const unbuffered = diffSlotCalculator(
    { ...request, policy: { ...request.policy, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } },
    { ...input, busy: request.people[0]!.busy!.map((event) => ({ start: event.start, end: event.end })) },
  )
  log(
    `    (not timed) the same without buffers, busy blocks from 15 min: ${unbuffered.same} slots in both, ` +
      `${unbuffered.onlySlotwise} only in Slotwise, ${unbuffered.onlyCalculator} only in slot-calculator; ` +
      `e.g. ${unbuffered.examples[0] ?? '–'}`,
  )
  const checked = 'identical'
  const [subject, baseline] = compare(
    scenario,
    S1_DAYS,
    [
      {
        implementation: "Slotwise availability() 'free', 30/30",
        run: () => countSlots(availability(request)).shown,
      },
      {
        implementation: 'slot-calculator getSlots()',
        run: () => runSlotCalculator(calculatorConfig).availableSlots.length,
      },
    ],
    config,
  )
  return compareMeasurements(
    scenario,
    `S1's person, window, hours, lunch, 150 events and notice; 30-min slots back to back (Slotwise: ` +
      `intervalMinutes 30, alignment 'free', buffers 10/5; slot-calculator: duration 30, events widened by ` +
      `5 min before / 10 min after, window from/to as ISO instants); no look-busy; per op = per person-day; ` +
      `${check.same} slots`,
    subject!,
    baseline!,
    SLOT_CALCULATOR_TARGET,
    checked,
  )
}

/** What grows with the window: S1 at 1× and 10× (310 days, 1,500 events). */
export interface MemoryNote {
  readonly days: number
  readonly events: number
  /** Slotwise median per call after warm-up, ms. */
  readonly medianMs: number
  /** temporal-polyfill engine median per call, ms (fewer runs). */
  readonly baselineMedianMs: number
  /** Shown + hidden slots. */
  readonly slots: number
  /** Busy intervals listed in the per-date detail. */
  readonly busyIntervals: number
  /** Heap kept alive by one Slotwise result (after a full GC), MB. */
  readonly resultMB: number
  /** The same result as JSON, MB. */
  readonly jsonMB: number
  /**
   * Heap allocated by one call: `heapUsed` growth over the call, right after a full GC (a
   * lower bound if a scavenge runs during the call), MB; Slotwise and the temporal engine.
   */
  readonly allocatedMB: number
  readonly baselineAllocatedMB: number
}

/** `heapUsed` growth over one call, right after a full GC, MB. */
function allocatedBy(run: () => unknown): number {
  collectGarbage()
  const before = process.memoryUsage().heapUsed
  run()
  return (process.memoryUsage().heapUsed - before) / 2 ** 20
}

function timeRuns(run: () => unknown, warmups: number, runs: number): number {
  for (let i = 0; i < warmups; i++) run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * S1 with 1× and 10× the window and the events, untimed by the harness: Slotwise after
 * warm-up (median of 20 / 40 calls), the temporal-polyfill engine (median of 3 / 7), the
 * number of slots and busy intervals, and the heap one Slotwise result keeps alive.
 */
export function runMemoryNote(config: BenchConfig, log: (line: string) => void): MemoryNote[] {
  // Twice: the first pass can leave garbage that finalisation frees only on the next one.
  const gc = () => {
    collectGarbage()
    collectGarbage()
  }
  const runs = config.quick ? 20 : 40
  const baselineRuns = config.quick ? 3 : 7
  const notes: MemoryNote[] = []
  for (const factor of [1, 10]) {
    const days = S1_DAYS * factor
    const events = S1_EVENTS * factor
    const request = buildS1Request(days, events)
    assertSameAsBaseline(`memory note ${days} days`, availability(request), temporalAvailability(request))
    const medianMs = timeRuns(() => availability(request), runs, runs)
    const baselineMedianMs = timeRuns(() => temporalAvailability(request), 1, baselineRuns)
    gc()
    const heapWithout = process.memoryUsage().heapUsed
    let result: AvailabilityResult | undefined = availability(request)
    gc()
    const heapWith = process.memoryUsage().heapUsed
    const counts = countSlots(result)
    const busyIntervals = result.people[0]!.days.reduce((sum, day) => sum + day.busy.length, 0)
    const jsonMB = JSON.stringify(result).length / 2 ** 20
    result = undefined
    const allocatedMB = allocatedBy(() => availability(request))
    const baselineAllocatedMB = allocatedBy(() => temporalAvailability(request))
    notes.push({
      days,
      events,
      medianMs,
      baselineMedianMs,
      slots: counts.shown + counts.hidden,
      busyIntervals,
      resultMB: (heapWith - heapWithout) / 2 ** 20,
      jsonMB,
      allocatedMB,
      baselineAllocatedMB,
    })
  }
  const [one, ten] = notes as [MemoryNote, MemoryNote]
  const times = (a: number, b: number) => `${(b / a).toFixed(1)}×`
  log(
    `memory note (S1 ×1 → ×10: ${one.days} → ${ten.days} days, ${one.events} → ${ten.events} events; identical results: yes): ` +
      `Slotwise ${one.medianMs.toFixed(3)} → ${ten.medianMs.toFixed(3)} ms (${times(one.medianMs, ten.medianMs)}), ` +
      `temporal-polyfill engine ${one.baselineMedianMs.toFixed(2)} → ${ten.baselineMedianMs.toFixed(2)} ms ` +
      `(${times(one.baselineMedianMs, ten.baselineMedianMs)}); ratio ${(one.baselineMedianMs / one.medianMs).toFixed(1)}× → ` +
      `${(ten.baselineMedianMs / ten.medianMs).toFixed(1)}×; slots ${one.slots} → ${ten.slots}, busy intervals ` +
      `${one.busyIntervals} → ${ten.busyIntervals}; one Slotwise result keeps ${one.resultMB.toFixed(2)} → ` +
      `${ten.resultMB.toFixed(2)} MB of heap (${one.jsonMB.toFixed(2)} → ${ten.jsonMB.toFixed(2)} MB as JSON); ` +
      `one call allocates ${one.allocatedMB.toFixed(2)} → ${ten.allocatedMB.toFixed(2)} MB ` +
      `(temporal-polyfill engine ${one.baselineAllocatedMB.toFixed(2)} → ${ten.baselineAllocatedMB.toFixed(2)} MB)`,
  )
  return notes
}
