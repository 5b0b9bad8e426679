import fc from 'fast-check'
import { named } from '../fuzz.js'

// Arbitraries for the availability engine of @slotwise/core: schedules, busy events, slot
// policies and whole requests, all built constructively (a start plus a non-negative length,
// weekly ranges laid out one after another) so every generated request is valid. The testkit
// does not depend on the core, so the request shapes are declared here again, structurally.
// Everything is placed around 2024's DST changes in the zones below, in windows of 1–14 days.

const MINUTE = 60_000
const MS_PER_DAY = 86_400_000
const MINUTES_PER_DAY = 1440

/** Zones every request draws from: no DST, US/EU DST, 30-minute DST, DST at midnight, odd offsets. */
export const REQUEST_TIME_ZONES: readonly string[] = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe', // DST of 30 minutes
  'America/Santiago', // DST at midnight: 2024-09-08 starts at 01:00
  'Asia/Kathmandu', // +05:45
  'Pacific/Chatham', // +12:45 / +13:45
]

/** Local dates of 2024's DST changes in {@link REQUEST_TIME_ZONES}, and a few ordinary dates. */
export const REQUEST_ANCHOR_DATES: readonly string[] = [
  '2024-03-10', // New York spring forward
  '2024-11-03', // New York fall back
  '2024-03-31', // London spring forward
  '2024-10-27', // London fall back
  '2024-04-06', // Santiago: a 25-hour day (midnight repeats as 23:00)
  '2024-04-07', // Lord Howe and Chatham fall back
  '2024-09-08', // Santiago: the day starts at 01:00
  '2024-09-29', // Chatham spring forward
  '2024-10-06', // Lord Howe spring forward (30 minutes)
  '2024-01-15',
  '2024-02-28',
  '2024-06-20',
  '2024-12-30',
]

/** Weekday keys in ISO order (monday first). */
export const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
export type TestWeekdayName = (typeof WEEKDAY_NAMES)[number]

// Structural copies of the core's request types (see @slotwise/core `AvailabilityRequest`).
export interface TestTimeRange {
  readonly from: string
  readonly to: string
}
export type TestWeeklyHours = { readonly [K in TestWeekdayName]?: readonly TestTimeRange[] }
export interface TestDateHours {
  readonly date: string
  readonly hours: readonly TestTimeRange[]
}
export type TestDateSpan = string | { readonly from: string; readonly to: string }
export type TestLeave = TestDateSpan | { readonly start: number; readonly end: number }
export interface TestSchedule {
  readonly timeZone: string
  readonly weekly?: TestWeeklyHours | null
  readonly overrides?: readonly TestDateHours[]
  readonly holidays?: readonly TestDateSpan[]
  readonly leave?: readonly TestLeave[]
  readonly breaks?: { readonly weekly?: TestWeeklyHours; readonly dates?: readonly TestDateHours[] }
  readonly zoneChanges?: readonly { readonly from: string; readonly timeZone: string }[]
}
export interface TestBusyEvent {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly soft?: boolean
  readonly bufferBeforeMinutes?: number
  readonly bufferAfterMinutes?: number
  readonly eventType?: string
}
export interface TestBookingLimit {
  readonly count?: number
  readonly minutes?: number
}
export type TestAlignment = 'window' | 'clock' | 'free'
export interface TestSlotPolicy {
  readonly durationMinutes: number
  readonly intervalMinutes?: number
  readonly alignment?: TestAlignment
  readonly bufferBeforeMinutes?: number
  readonly bufferAfterMinutes?: number
  readonly buffersWithinHours?: boolean
  readonly minimumNoticeMinutes?: number
  readonly horizon?: { readonly days: number } | { readonly instant: number }
  readonly softEventsBlock?: boolean
  readonly eventType?: string
  readonly capacity?: number
  readonly limits?: {
    readonly day?: TestBookingLimit
    readonly week?: TestBookingLimit
    readonly month?: TestBookingLimit
  }
  readonly lookBusy?: { readonly percent: number; readonly seed?: string; readonly enforce?: boolean }
}
export interface TestPerson {
  readonly id: string
  readonly schedule: TestSchedule
  readonly busy?: readonly TestBusyEvent[]
}
export type TestTeamMode =
  | { readonly mode: 'collective' }
  | { readonly mode: 'anyOf' }
  | { readonly mode: 'atLeast'; readonly count: number }
export type TestWindow =
  | { readonly start: number; readonly end: number }
  | { readonly from: string; readonly to: string; readonly timeZone: string }
export interface TestAvailabilityRequest {
  readonly window: TestWindow
  readonly now: number
  readonly people: readonly TestPerson[]
  readonly policy: TestSlotPolicy
  readonly team?: TestTeamMode
  readonly explain?: boolean
}

/** Options of {@link arbitraryAvailabilityRequest}; every one narrows what is generated. */
export interface RequestArbitraryOptions {
  /** Fewest and most people (default 1 and 2). */
  readonly minPeople?: number
  readonly maxPeople?: number
  /** Longest window in local days (default 14; most windows are 1–3 days). */
  readonly maxWindowDays?: number
  /**
   * Only weekly hours and weekly breaks: no overrides, holidays, leave, date breaks or zone
   * changes, so a test can rebuild the working time from the hours alone.
   */
  readonly simple?: boolean
  /** Force the policy's alignment. */
  readonly alignment?: TestAlignment
  /** Always (true) or never (false) set a team mode; default: sometimes. */
  readonly team?: boolean
  /** Always (true) or never (false) set `explain`; default: sometimes. */
  readonly explain?: boolean
  /** Always set look-busy. */
  readonly lookBusy?: boolean
  /** Leave out look-busy (so shown slots are all the slots). */
  readonly noLookBusy?: boolean
}

// ---------------------------------------------------------------------------------------
// Calendar helpers (written again from the definitions: the testkit does not import the core)

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
export function dayNumberOf(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  )
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

/** `HH:MM` (or `HH:MM:00`) of minutes 0–1439 since midnight. */
function formatClock(minutes: number, withSeconds: boolean): string {
  const text = `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
  return withSeconds ? `${text}:00` : text
}

/** Minutes since midnight of `HH:MM[:SS]` (seconds ignored), `24:00` = 1440. */
export function parseClockMinutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))
}

/** A range's `[from, to)` in minutes from its own date's midnight: `to` past 1440 crosses midnight. */
export function rangeMinutes(range: TestTimeRange): [number, number] {
  const from = parseClockMinutes(range.from)
  let to = parseClockMinutes(range.to)
  if (to <= from) to += MINUTES_PER_DAY
  return [from, to]
}

/** Writes `[from, to)` minutes (0 <= from < 1440, from < to <= from + 1440) as a time range. */
export function formatRange(
  from: number,
  to: number,
  withSeconds = false,
  midnightAs24 = true,
): TestTimeRange {
  const end =
    to === MINUTES_PER_DAY
      ? midnightAs24
        ? withSeconds
          ? '24:00:00'
          : '24:00'
        : formatClock(0, withSeconds)
      : formatClock(to % MINUTES_PER_DAY, withSeconds)
  return { from: formatClock(from, withSeconds), to: end }
}

/** The first day number of a request's window (its `from`, or the UTC date of its start). */
export function windowFirstDay(window: TestWindow): number {
  return 'from' in window ? dayNumberOf(window.from) : Math.floor(window.start / MS_PER_DAY)
}

/** The window's length in whole days, rounded up. */
export function windowDays(window: TestWindow): number {
  return 'from' in window
    ? dayNumberOf(window.to) - dayNumberOf(window.from) + 1
    : Math.ceil((window.end - window.start) / MS_PER_DAY)
}

// ---------------------------------------------------------------------------------------
// Schedules

/**
 * A record whose fields are each present only `1 / freq` of the time (absent, never
 * `undefined`, as `exactOptionalPropertyTypes` wants), so that options combine without
 * all of them applying at once and leaving no slot.
 */
function sparseRecord<T extends object>(
  fields: { [K in keyof T]-?: readonly [fc.Arbitrary<T[K]>, number] },
): fc.Arbitrary<T> {
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  for (const [key, [arbitrary, freq]] of Object.entries(fields) as [
    string,
    [fc.Arbitrary<unknown>, number],
  ][]) {
    model[key] = freq <= 1 ? arbitrary : fc.option(arbitrary, { nil: undefined, freq })
  }
  return fc.record(model).map((record) => {
    const present: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(record)) if (value !== undefined) present[key] = value
    return present as T
  })
}

/** One day's rule: non-overlapping ranges laid out in order, the last one may cross midnight. */
export function arbitraryDayRanges(maxRanges = 3): fc.Arbitrary<TestTimeRange[]> {
  const laidOut = fc
    .tuple(
      fc.constantFrom(15, 30, 60, 5, 1),
      fc.array(
        fc.tuple(
          fc.nat({ max: 600 }),
          // Lengths up to 12 hours mostly, up to a whole day sometimes.
          fc.oneof(
            { weight: 5, arbitrary: fc.integer({ min: 1, max: 720 }) },
            { weight: 1, arbitrary: fc.integer({ min: 1, max: MINUTES_PER_DAY }) },
          ),
        ),
        {
          minLength: 1,
          maxLength: maxRanges,
        },
      ),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([unit, steps, withSeconds, midnightAs24]) => {
      const ranges: TestTimeRange[] = []
      let cursor = 0
      for (const [gap, length] of steps) {
        const from = cursor + Math.floor(gap / unit) * unit
        if (from >= MINUTES_PER_DAY) break
        const minutes = Math.max(unit, Math.floor(length / unit) * unit)
        const to = from + Math.min(minutes, MINUTES_PER_DAY)
        ranges.push(formatRange(from, to, withSeconds, midnightAs24))
        cursor = to
        if (cursor >= MINUTES_PER_DAY) break
      }
      return ranges
    })
  return fc.oneof(
    { weight: 10, arbitrary: laidOut },
    {
      weight: 1,
      arbitrary: fc.constantFrom<TestTimeRange[]>(
        [{ from: '00:00', to: '24:00' }],
        [{ from: '00:00', to: '00:00' }], // 24 hours: an end not after the start crosses midnight
        [{ from: '09:00', to: '09:00' }],
        [{ from: '22:00', to: '06:00' }],
        [
          { from: '09:00', to: '12:00' },
          { from: '12:00', to: '17:00' }, // touching ranges are fine
        ],
      ),
    },
  )
}

/** Weekly hours: each weekday mostly a day rule, sometimes empty or absent. */
export function arbitraryWeeklyHours(maxRanges = 3): fc.Arbitrary<TestWeeklyHours> {
  const day = [
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<TestTimeRange[]>([]) },
      { weight: 6, arbitrary: arbitraryDayRanges(maxRanges) },
    ),
    6,
  ] as const
  return sparseRecord<TestWeeklyHours>({
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: day,
    sunday: day,
  })
}

/** Weekly breaks: a short range on some weekdays. */
function arbitraryWeeklyBreaks(): fc.Arbitrary<TestWeeklyHours> {
  const day = [arbitraryDayRanges(1), 3] as const
  return sparseRecord<TestWeeklyHours>({
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: day,
    sunday: day,
  })
}

/** A local date within a few days of the window `[firstDay, firstDay + days)`. */
function arbitraryDateNear(firstDay: number, days: number): fc.Arbitrary<string> {
  return fc.integer({ min: firstDay - 3, max: firstDay + days + 1 }).map(formatDayNumber)
}

function arbitraryDateSpan(firstDay: number, days: number): fc.Arbitrary<TestDateSpan> {
  return fc.oneof(
    arbitraryDateNear(firstDay, days),
    fc
      .tuple(fc.integer({ min: firstDay - 3, max: firstDay + days + 1 }), fc.nat({ max: 3 }))
      .map(([from, length]) => ({ from: formatDayNumber(from), to: formatDayNumber(from + length) })),
  )
}

/** An instant near the window: whole minutes from UTC midnight of the first day, sometimes any millisecond. */
function arbitraryInstantNear(firstDay: number, days: number): fc.Arbitrary<number> {
  const base = firstDay * MS_PER_DAY
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: -2 * 288, max: (days + 1) * 288 }).map((m) => base + m * 5 * MINUTE),
    },
    {
      weight: 2,
      arbitrary: fc.integer({ min: -2 * 1440, max: (days + 1) * 1440 }).map((m) => base + m * MINUTE),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: -2 * MS_PER_DAY, max: (days + 1) * MS_PER_DAY }).map((ms) => base + ms),
    },
  )
}

/** A length in minutes, 0 included. */
function arbitraryLengthMinutes(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => n * 15) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max }) },
  )
}

function arbitraryDateHoursList(firstDay: number, days: number, ranges: fc.Arbitrary<TestTimeRange[]>) {
  return fc.uniqueArray(fc.record({ date: arbitraryDateNear(firstDay, days), hours: ranges }), {
    maxLength: 3,
    selector: (entry) => entry.date,
  })
}

/** A schedule whose dates (overrides, holidays, leave, zone changes) lie around the window. */
export function arbitrarySchedule(
  firstDay: number,
  days: number,
  simple = false,
): fc.Arbitrary<TestSchedule> {
  const zone = fc.constantFrom(...REQUEST_TIME_ZONES)
  if (simple) {
    return sparseRecord<TestSchedule>({
      timeZone: [zone, 1],
      weekly: [arbitraryWeeklyHours(), 1],
      overrides: [fc.constant([]), 1],
      holidays: [fc.constant([]), 1],
      leave: [fc.constant([]), 1],
      breaks: [sparseRecord({ weekly: [arbitraryWeeklyBreaks(), 1], dates: [fc.constant([]), 1] }), 2],
      zoneChanges: [fc.constant([]), 1],
    }).map(({ overrides: _o, holidays: _h, leave: _l, zoneChanges: _z, ...schedule }) => schedule)
  }
  const leave: fc.Arbitrary<TestLeave> = fc.oneof(
    { weight: 1, arbitrary: arbitraryDateSpan(firstDay, days) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(arbitraryInstantNear(firstDay, days), arbitraryLengthMinutes(2880))
        .map(([start, length]) => ({ start, end: start + length * MINUTE })),
    },
  )
  return sparseRecord<TestSchedule>({
    timeZone: [zone, 1],
    weekly: [
      fc.oneof(
        { weight: 12, arbitrary: arbitraryWeeklyHours() },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      12,
    ],
    overrides: [
      arbitraryDateHoursList(
        firstDay,
        days,
        fc.oneof(fc.constant<TestTimeRange[]>([]), arbitraryDayRanges()),
      ),
      3,
    ],
    holidays: [fc.array(arbitraryDateSpan(firstDay, days), { maxLength: 1 }), 5],
    leave: [fc.array(leave, { maxLength: 2 }), 4],
    breaks: [
      sparseRecord({
        weekly: [arbitraryWeeklyBreaks(), 1],
        dates: [arbitraryDateHoursList(firstDay, days, arbitraryDayRanges(2)), 3],
      }),
      2,
    ],
    zoneChanges: [
      fc.tuple(arbitraryDateNear(firstDay, days), zone).map(([from, timeZone]) => [{ from, timeZone }]),
      8,
    ],
  })
}

// ---------------------------------------------------------------------------------------
// Busy events and policies

/** Event types shared by events and policies, so capacity and limits apply often. */
export const EVENT_TYPES: readonly string[] = ['demo', 'call']

type EventFields = Omit<TestBusyEvent, 'id'>

/** One event near the window: a start plus a non-negative length, hard or soft, own buffers, a type. */
export function arbitraryBusyEventFields(
  firstDay: number,
  days: number,
  hard = false,
): fc.Arbitrary<EventFields> {
  return fc
    .record(
      {
        start: arbitraryInstantNear(firstDay, days),
        length: arbitraryLengthMinutes(480),
        soft: hard ? fc.constant(false) : fc.boolean(),
        bufferBeforeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
        bufferAfterMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
        eventType: fc.constantFrom(...EVENT_TYPES),
      },
      { requiredKeys: ['start', 'length'] },
    )
    .map(({ length, ...event }) => ({ ...event, end: event.start + length * MINUTE }))
}

/** A person's events with ids `e0`, `e1`, … */
export function arbitraryBusyEvents(
  firstDay: number,
  days: number,
  maxLength = 6,
): fc.Arbitrary<TestBusyEvent[]> {
  return fc
    .array(arbitraryBusyEventFields(firstDay, days), { maxLength })
    .map((events) => events.map((event, i) => ({ id: `e${i}`, ...event })))
}

/** Look-busy percentages: whole, with two decimals, or any double in 0–100. */
export function arbitraryPercent(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, 50, 100, 12.5, 33.33),
  )
}

function arbitraryLimit(): fc.Arbitrary<TestBookingLimit> {
  return sparseRecord<TestBookingLimit>({
    count: [
      fc.oneof(
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) },
      ),
      2,
    ],
    minutes: [
      fc.oneof(
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 5, arbitrary: fc.integer({ min: 30, max: 900 }) },
      ),
      2,
    ],
  })
}

/** A slot policy using every option, each now and then; instants (horizon) lie around the window. */
export function arbitraryPolicy(
  firstDay: number,
  days: number,
  options: { alignment?: TestAlignment; lookBusy?: boolean; noLookBusy?: boolean } = {},
): fc.Arbitrary<TestSlotPolicy> {
  const buffer = [
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 15, 1440) },
    ),
    3,
  ] as const
  const lookBusy = sparseRecord<NonNullable<TestSlotPolicy['lookBusy']>>({
    percent: [arbitraryPercent(), 1],
    seed: [fc.string({ maxLength: 8 }).map((s) => `s${s}`), 2],
    enforce: [fc.boolean(), 2],
  })
  return sparseRecord<TestSlotPolicy>({
    durationMinutes: [fc.oneof(fc.constantFrom(15, 30, 45, 60, 90), fc.integer({ min: 5, max: 240 })), 1],
    intervalMinutes: [
      fc.oneof(fc.constantFrom(5, 10, 15, 20, 30, 45, 60), fc.integer({ min: 5, max: 180 })),
      2,
    ],
    alignment:
      options.alignment === undefined
        ? [fc.constantFrom<TestAlignment>('window', 'clock', 'free'), 2]
        : [fc.constant(options.alignment), 1],
    bufferBeforeMinutes: buffer,
    bufferAfterMinutes: buffer,
    buffersWithinHours: [fc.boolean(), 4],
    minimumNoticeMinutes: [
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 720 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 4320 }) },
      ),
      3,
    ],
    horizon: [
      fc.oneof(
        fc.record({ days: fc.integer({ min: 0, max: 20 }) }),
        fc.record({ instant: arbitraryInstantNear(firstDay, days) }),
      ),
      4,
    ],
    softEventsBlock: [fc.boolean(), 3],
    eventType: [fc.constantFrom(...EVENT_TYPES), 2],
    capacity: [fc.integer({ min: 1, max: 3 }), 3],
    limits: [
      sparseRecord({ day: [arbitraryLimit(), 2], week: [arbitraryLimit(), 2], month: [arbitraryLimit(), 2] }),
      5,
    ],
    lookBusy:
      options.noLookBusy === true
        ? [fc.constant(undefined), 2]
        : [lookBusy, options.lookBusy === true ? 1 : 4],
  }).map((policy) => {
    if (policy.lookBusy !== undefined) return policy
    const { lookBusy: _, ...rest } = policy
    return rest
  })
}

// ---------------------------------------------------------------------------------------
// Whole requests

function arbitraryWindow(firstDay: number, days: number): fc.Arbitrary<TestWindow> {
  return fc.oneof(
    fc.constantFrom(...REQUEST_TIME_ZONES).map((timeZone) => ({
      from: formatDayNumber(firstDay),
      to: formatDayNumber(firstDay + days - 1),
      timeZone,
    })),
    fc
      .tuple(
        fc.oneof(
          fc.integer({ min: -48, max: 48 }).map((n) => n * 15 * MINUTE),
          fc.integer({ min: -12 * 60 * MINUTE, max: 12 * 60 * MINUTE }),
        ),
        fc.integer({ min: -60, max: 60 }),
      )
      .map(([offset, adjustMinutes]) => {
        const start = firstDay * MS_PER_DAY + offset
        return { start, end: start + days * MS_PER_DAY + adjustMinutes * MINUTE }
      }),
  )
}

/** The first day of the window and its length in days (mostly 1–3, up to `maxDays`). */
function arbitraryWindowDays(maxDays: number): fc.Arbitrary<{ firstDay: number; days: number }> {
  return fc.record({
    firstDay: fc
      .tuple(fc.constantFrom(...REQUEST_ANCHOR_DATES), fc.integer({ min: -3, max: 1 }))
      .map(([date, shift]) => dayNumberOf(date) + shift),
    days: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: Math.min(3, maxDays) }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: maxDays }) },
    ),
  })
}

/** A person with id `p<i>`. */
export function arbitraryPerson(
  firstDay: number,
  days: number,
  id: string,
  simple = false,
): fc.Arbitrary<TestPerson> {
  return fc.record(
    {
      id: fc.constant(id),
      schedule: arbitrarySchedule(firstDay, days, simple),
      busy: arbitraryBusyEvents(firstDay, days),
    },
    { requiredKeys: ['id', 'schedule'] },
  )
}

/** A valid availability request around a 2024 DST change. */
export function arbitraryAvailabilityRequest(
  options: RequestArbitraryOptions = {},
): fc.Arbitrary<TestAvailabilityRequest> {
  const minPeople = options.minPeople ?? 1
  const maxPeople = Math.max(minPeople, options.maxPeople ?? 2)
  return arbitraryWindowDays(options.maxWindowDays ?? 14).chain(({ firstDay, days }) => {
    const people = fc
      .integer({ min: minPeople, max: maxPeople })
      .chain((count) =>
        fc.tuple(
          ...Array.from({ length: count }, (_, i) =>
            arbitraryPerson(firstDay, days, `p${i}`, options.simple),
          ),
        ),
      )
    const team = people.chain((list) =>
      fc
        .oneof(
          fc.constant<TestTeamMode>({ mode: 'collective' }),
          fc.constant<TestTeamMode>({ mode: 'anyOf' }),
          fc.integer({ min: 1, max: list.length }).map((count): TestTeamMode => ({ mode: 'atLeast', count })),
        )
        .map((mode) => ({ people: list, team: mode })),
    )
    const explain =
      options.explain === undefined
        ? fc.option(fc.boolean(), { nil: undefined })
        : fc.constant(options.explain)
    return fc
      .record({
        window: arbitraryWindow(firstDay, days),
        now: fc.oneof(
          { weight: 2, arbitrary: arbitraryInstantNear(firstDay, days) },
          // Mostly before the window, so notice and horizon leave something to offer.
          {
            weight: 4,
            arbitrary: fc.integer({ min: -3 * 1440, max: 0 }).map((m) => firstDay * MS_PER_DAY + m * MINUTE),
          },
          {
            weight: 1,
            arbitrary: fc.integer({ min: -40, max: 0 }).map((d) => firstDay * MS_PER_DAY + d * MS_PER_DAY),
          },
        ),
        withTeam: options.team === undefined ? fc.boolean() : fc.constant(options.team),
        peopleAndTeam: team,
        policy: arbitraryPolicy(firstDay, days, options),
        explain,
      })
      .map(({ window, now, withTeam, peopleAndTeam, policy, explain }) => {
        const request: TestAvailabilityRequest = { window, now, people: peopleAndTeam.people, policy }
        const withExplain = explain === undefined ? request : { ...request, explain }
        return withTeam ? { ...withExplain, team: peopleAndTeam.team } : withExplain
      })
  })
}

/** A request and one more hard (blocking) event, for a person of the request. */
export function arbitraryRequestWithHardEvent(
  options: RequestArbitraryOptions = {},
): fc.Arbitrary<{ request: TestAvailabilityRequest; person: number; event: TestBusyEvent }> {
  return arbitraryAvailabilityRequest(options).chain((request) =>
    fc.record({
      request: fc.constant(request),
      person: fc.nat({ max: request.people.length - 1 }),
      event: arbitraryBusyEventFields(windowFirstDay(request.window), windowDays(request.window), true).map(
        ({ eventType: _, ...fields }) => ({ id: 'extra', ...fields }),
      ),
    }),
  )
}

/**
 * More working time for one person: either a new range on a weekday without hours, or one
 * existing range widened at either end (never into its neighbours, never past 24 hours).
 */
export function arbitraryMoreWorkingTime(person: TestPerson): fc.Arbitrary<TestPerson> {
  const weekly = person.schedule.weekly ?? {}
  const freeDays = WEEKDAY_NAMES.filter((name) => (weekly[name] ?? []).length === 0)
  const busyDays = WEEKDAY_NAMES.filter((name) => (weekly[name] ?? []).length > 0)
  const withWeekly = (day: TestWeekdayName, ranges: TestTimeRange[]): TestPerson => ({
    ...person,
    schedule: { ...person.schedule, weekly: { ...weekly, [day]: ranges } },
  })
  const choices: fc.Arbitrary<TestPerson>[] = []
  if (freeDays.length > 0) {
    choices.push(
      fc
        .tuple(fc.constantFrom(...freeDays), arbitraryDayRanges())
        .map(([day, ranges]) => withWeekly(day, ranges)),
    )
  }
  if (busyDays.length > 0) {
    choices.push(
      fc
        .tuple(fc.constantFrom(...busyDays), fc.nat(), fc.nat({ max: 720 }), fc.nat({ max: 720 }))
        .map(([day, which, earlier, later]) => {
          const ranges = [...(weekly[day] ?? [])].map(rangeMinutes).sort((a, b) => a[0] - b[0])
          const index = which % ranges.length
          const [from, to] = ranges[index]!
          const low = index === 0 ? 0 : ranges[index - 1]![1]
          // A range holds at most 24 hours, so a whole-day range cannot start earlier.
          const newFrom = Math.max(low, from - earlier, to - MINUTES_PER_DAY)
          const high = index === ranges.length - 1 ? newFrom + MINUTES_PER_DAY : ranges[index + 1]![0]
          const newTo = Math.min(high, to + later)
          const widened = ranges.map(([f, t], i) =>
            i === index ? formatRange(newFrom, newTo) : formatRange(f, t),
          )
          return withWeekly(day, widened)
        }),
    )
  }
  return choices.length === 0 ? fc.constant(person) : fc.oneof(...choices)
}

// ---------------------------------------------------------------------------------------
// Hostile input

/**
 * Arrays of zeros one past the 100,000 and 1,000,000 caps, shared and frozen: a function that
 * writes into one throws, and no call pays for allocating a million elements.
 */
const PAST_CAP_ARRAYS: readonly (readonly unknown[])[] = [100_001, 1_000_001].map((length) =>
  Object.freeze(named(new Array<unknown>(length).fill(0), `ZEROS_${length}`)),
)

/** Values that break naive readers: NaN, -0, 1e21, '', null, a huge array, a `__proto__` key, … */
export function arbitraryHostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      Number.NaN,
      -0,
      1e21,
      -1e21,
      '',
      null,
      undefined,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      0.5,
      8.64e15,
      -8.64e15,
      2 ** 53,
      '24:00',
      '9999-12-31',
      '0000-01-01',
      'UTC',
      'Not/AZone',
      true,
      [],
      {},
    ),
    fc
      .constant(null)
      .map(() => JSON.parse('{"__proto__": {"start": 0, "end": 1, "from": "2024-01-01"}}') as unknown),
    fc
      .constant(null)
      .map(() => JSON.parse('{"__proto__": null, "constructor": {"prototype": 1}}') as unknown),
    fc.constantFrom(...PAST_CAP_ARRAYS),
    fc.anything(),
  )
}

type Key = string | number

/** Every path (list of keys) to a value inside `value`, the root included; own keys only. */
export function pathsOf(value: unknown, path: Key[] = [], into: Key[][] = []): Key[][] {
  into.push(path)
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pathsOf(item, [...path, i], into)
    })
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value))
      pathsOf((value as Record<string, unknown>)[key], [...path, key], into)
  }
  return into
}

/** A copy of `value` with the value at `path` replaced; the original is never touched. */
export function replaceAt(value: unknown, path: readonly Key[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item))
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value as object)) {
    const inner = (value as Record<string, unknown>)[key]
    // defineProperty, so an own `__proto__` key stays an own key and sets no prototype.
    Object.defineProperty(copy, key, {
      value: key === head ? replaceAt(inner, rest, replacement) : inner,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}

/**
 * A valid value with one field (or element, or the whole) replaced by a hostile value, one
 * number replaced by a far-away instant, or an extra `__proto__` key parsed from JSON into
 * one of its objects.
 */
export function arbitraryMutation(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value)
  const at = (path: readonly (string | number)[]) =>
    path.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], value)
  const numeric = paths.filter((path) => typeof at(path) === 'number')
  // Valid but far away: instants at the ends of the Date range, so caps must stop the work.
  const extreme = fc.constantFrom(
    8.64e15,
    -8.64e15,
    8.64e15 - 1,
    -8.64e15 + 1,
    2 ** 52,
    -(2 ** 52),
    253_402_300_799_999,
  )
  return fc.oneof(
    numeric.length === 0
      ? fc.constant(value)
      : fc.tuple(fc.constantFrom(...numeric), extreme).map(([path, far]) => replaceAt(value, path, far)),
    fc
      .tuple(fc.constantFrom(...paths), arbitraryHostileValue())
      .map(([path, hostile]) => replaceAt(value, path, hostile)),
    fc.constantFrom(...paths).map((path) => {
      const original = at(path)
      if (typeof original !== 'object' || original === null || Array.isArray(original)) return value
      const rest = JSON.stringify(original).slice(1)
      const polluted = JSON.parse(`{"__proto__": {"polluted": true}${rest === '}' ? '' : ','} ${rest}`)
      return replaceAt(value, path, polluted)
    }),
  )
}

/**
 * Look-busy on crowded dates: one person open round the clock, 5- or 10-minute steps (up to
 * 288 slots a date) and any percentage, so p × n / 100 often lands near a half.
 */
export function arbitraryCrowdedLookBusyRequest(): fc.Arbitrary<TestAvailabilityRequest> {
  return arbitraryWindowDays(2).chain(({ firstDay, days }) =>
    fc.record({
      window: arbitraryWindow(firstDay, days),
      now: fc.constant((firstDay - 7) * MS_PER_DAY),
      people: fc.constantFrom(...REQUEST_TIME_ZONES).map((timeZone) => [
        {
          id: 'p0',
          schedule: {
            timeZone,
            weekly: Object.fromEntries(WEEKDAY_NAMES.map((name) => [name, [{ from: '00:00', to: '24:00' }]])),
          },
        },
      ]),
      policy: fc.record({
        durationMinutes: fc.integer({ min: 5, max: 60 }),
        intervalMinutes: fc.constantFrom(5, 5, 10),
        lookBusy: fc.record(
          {
            percent: fc.oneof(
              arbitraryPercent(),
              // p × 288 / 100 within a hair of a half: a full date of 5-minute steps.
              fc
                .tuple(fc.integer({ min: 0, max: 287 }), fc.double({ min: -0.01, max: 0.01, noNaN: true }))
                .map(([k, hair]) => Math.min(100, Math.max(0, (100 * (k + 0.5)) / 288 + hair))),
            ),
            seed: fc.string({ maxLength: 4 }).map((s) => `s${s}`),
          },
          { requiredKeys: ['percent'] },
        ),
      }),
    }),
  )
}

/**
 * Events on a small grid (starts within four hours, lengths up to an hour, empty ones
 * included) so that overlaps, chains of overlaps and touching ends are common; buffers and
 * softness included, although conflicts ignore them. Ids `e0`, `e1`, … in input order.
 */
export function arbitraryCalendarEvents(maxLength = 12): fc.Arbitrary<TestBusyEvent[]> {
  const base = dayNumberOf('2024-03-10') * MS_PER_DAY
  return fc
    .array(
      fc.record(
        {
          start: fc.integer({ min: 0, max: 48 }).map((n) => base + n * 5 * MINUTE),
          length: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 1, max: 12 }).map((n) => n * 5),
          ),
          soft: fc.boolean(),
          bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
          bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
        },
        { requiredKeys: ['start', 'length'] },
      ),
      { maxLength },
    )
    .map((events) =>
      events.map(({ length, ...event }, i) => ({
        id: `e${i}`,
        ...event,
        end: event.start + length * MINUTE,
      })),
    )
}

/** Candidates for `assign`: ids from a small pool (duplicates possible), priorities and booking counts. */
export function arbitraryAssignment(): fc.Arbitrary<{
  slot: { people: string[] }
  candidates: { id: string; priority?: number; bookings?: number }[]
}> {
  const id = fc.constantFrom('ana', 'ben', 'cy', 'dee', 'eve')
  return fc.record({
    slot: fc.record({ people: fc.uniqueArray(id, { maxLength: 5 }) }),
    candidates: fc.array(
      fc.record(
        {
          id,
          priority: fc.oneof(
            fc.integer({ min: -2, max: 2 }),
            fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          ),
          bookings: fc.nat({ max: 4 }),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 6 },
    ),
  })
}

/**
 * The look-busy oracle: whether `hidden` is round half up of p × n / 100 with p read exactly
 * as the decimal it prints as (p = digits / 10^scale), i.e. hidden ≤ p·n/100 + 1/2 < hidden + 1.
 */
export function isRoundHalfUpShare(hidden: number, percent: number, count: number): boolean {
  const [, digits = '0', fraction = '', exponent = '0'] =
    /^(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(percent)) ?? []
  const scale = 10n ** BigInt(fraction.length - Number(exponent))
  const doubled = 2n * BigInt(digits + fraction) * BigInt(count) + 100n * scale // 200·10^s·(p·n/100 + 1/2)
  const unit = 200n * scale
  return BigInt(hidden) * unit <= doubled && doubled < BigInt(hidden + 1) * unit
}
