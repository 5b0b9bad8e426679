/**
 * End-to-end vendor scenarios: JSON request text in, JSON response text out, through the
 * adapters. No baseline answers these shapes, so each is measured against a floor: the
 * `JSON.parse` of the very same input text(s) plus the `JSON.stringify` of the same response
 * object, the least any implementation must do to read the question and write the answer.
 * Inputs are built with the seeded PRNG outside the timed rounds.
 */

import { addDays, formatPlainDate, parsePlainDate, toInstant, weekdayOf } from '@slotwise/core'
import { computeLeadConnectorFreeSlots } from '@slotwise/leadconnector'
import { answerLeadSquaredSlotsRequest } from '@slotwise/leadsquared'
import { type BenchConfig, compare, mulberry32, SEED } from '../harness.js'
import { type Comparison, compareMeasurements, type Target } from '../report.js'

/** ratio = floor / Slotwise: at least 0.2 means end to end within 5× of parsing the input and stringifying the answer. */
const FLOOR_TARGET: Target = {
  minRatio: 0.2,
  description:
    'end to end (JSON in → JSON out) within 5× of the floor: JSON.parse of the input + JSON.stringify of the answer (ratio ≥ 0.2)',
}

const pad = (value: number): string => String(value).padStart(2, '0')
const hhmmss = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}:00`
/** `yyyy-MM-dd HH:mm:ss` in UTC, as LeadSquared's task APIs write it. */
const utcText = (instant: number): string => new Date(instant).toISOString().slice(0, 19).replace('T', ' ')

// ---------------------------------------------------------------------------------------
// S3: LeadSquared

export const S3_SEED = SEED + 20
export const S3_FROM = '2026-03-01'
export const S3_TO = '2026-06-09'
export const S3_USERS = 100
export const S3_QUICK_USERS = 20
export const S3_TASKS_PER_WEEKDAY = 4
const S3_NOW = Date.UTC(2026, 1, 28)

export const S3_TEMPLATES = [
  { Id: 'wdt-ny', TimeZone: 'America/New_York', hours: [[540, 1020]], breaks: [[720, 780]] },
  { Id: 'wdt-la', TimeZone: 'America/Los_Angeles', hours: [[480, 960]], breaks: [[720, 750]] },
  { Id: 'wdt-lon', TimeZone: 'Europe/London', hours: [[540, 1050]], breaks: [[780, 840]] },
  {
    Id: 'wdt-in',
    TimeZone: 'Asia/Kolkata',
    hours: [
      [570, 780],
      [840, 1110],
    ],
    breaks: [],
  },
  { Id: 'wdt-syd', TimeZone: 'Australia/Sydney', hours: [[510, 1020]], breaks: [[750, 795]] },
] as const

export interface JsonScenarioInput {
  readonly request: string
  readonly account: string
  readonly summary: string
}

export function buildLeadSquaredInput(users: number): JsonScenarioInput {
  const random = mulberry32(S3_SEED)
  const first = parsePlainDate(S3_FROM)
  const days = parsePlainDate(S3_TO) - first + 1
  const templates = S3_TEMPLATES.map((template, index) => ({
    Id: template.Id,
    Name: `Template ${index}`,
    TimeZone: template.TimeZone,
    WorkingDays:
      index === 3
        ? ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
        : ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    WorkingHours: template.hours.map(([from, to]) => ({ StartTime: hhmmss(from), EndTime: hhmmss(to) })),
    Breaks: template.breaks.map(([from, to]) => ({ StartTime: hhmmss(from), EndTime: hhmmss(to) })),
  }))
  const holidayCalendars = [
    {
      Id: 'hol-us',
      Holidays: [
        { Name: 'Memorial Day', Date: '2026-05-25' },
        { Name: 'Spring day', Date: '2026-04-03' },
      ],
    },
    {
      Id: 'hol-in',
      Holidays: [
        { Name: 'Holi', Date: '2026-03-04' },
        { Name: 'Break', FromDate: '2026-04-13', ToDate: '2026-04-15' },
      ],
    },
  ]
  const taskTypes = [
    { Name: 'Meeting', AllowConflicts: false },
    { Name: 'Call', AllowConflicts: false, Duration: 30 },
    { Name: 'Follow-up', AllowConflicts: true },
  ]
  const userList: unknown[] = []
  const leaves: unknown[] = []
  const tasks: unknown[] = []
  const emails: string[] = []
  for (let index = 0; index < users; index++) {
    const template = S3_TEMPLATES[index % S3_TEMPLATES.length]!
    const id = `u-${index}`
    const email = `user${index}@example.com`
    emails.push(email)
    userList.push({
      ID: id,
      EmailAddress: email,
      TimeZone: template.TimeZone,
      WorkDayTemplateId: template.Id,
      HolidayCalendarId: index % 5 === 3 ? 'hol-in' : index % 5 < 2 ? 'hol-us' : null,
    })
    // Leave: one whole-day stretch of 1–3 days and two partial afternoons.
    const leaveStart = first + Math.floor(random() * (days - 3))
    leaves.push({
      UserId: id,
      FromDate: formatPlainDate(leaveStart),
      ToDate: formatPlainDate(leaveStart + Math.floor(random() * 3)),
    })
    for (let partial = 0; partial < 2; partial++) {
      leaves.push({
        EmailAddress: email,
        FromDate: formatPlainDate(first + Math.floor(random() * days)),
        StartTime: '14:00:00',
        EndTime: '16:00:00',
      })
    }
    // Tasks: 4 per local weekday, start 08:00–18:00 local, 15–120 minutes, UTC text.
    for (let day = first; day < first + days; day++) {
      const weekday = weekdayOf(day)
      if (weekday >= 6) continue
      const date = formatPlainDate(day)
      for (let task = 0; task < S3_TASKS_PER_WEEKDAY; task++) {
        const minute = 480 + Math.floor(random() * 600)
        const length = 15 + Math.floor(random() * 106)
        const type = taskTypes[Math.floor(random() * taskTypes.length)]!.Name
        const start = toInstant(
          `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
          template.TimeZone,
        )
        tasks.push({
          UserTaskId: `${id}-t${tasks.length}`,
          TaskType: type,
          OwnerId: id,
          DueDate: utcText(start),
          EndDate: utcText(start + length * 60_000),
        })
      }
    }
  }
  const request = {
    FromDate: S3_FROM,
    ToDate: S3_TO,
    Users: emails,
    IncludeAllowedConflictSlots: false,
  }
  const account = { now: S3_NOW, users: userList, templates, holidayCalendars, leaves, tasks, taskTypes }
  return {
    request: JSON.stringify(request),
    account: JSON.stringify(account),
    summary:
      `${users} users (template i mod 5: ${S3_TEMPLATES.map((t) => t.TimeZone).join(', ')}), ` +
      `FromDate ${S3_FROM}..ToDate ${S3_TO} (${days} dates), ${tasks.length} tasks, ${leaves.length} leave entries, ` +
      `2 holiday calendars, seed ${S3_SEED}`,
  }
}

function leadSquaredEndToEnd(input: JsonScenarioInput): string {
  const request = JSON.parse(input.request) as unknown
  const account = JSON.parse(input.account)
  return JSON.stringify(answerLeadSquaredSlotsRequest(request, account).value)
}

// ---------------------------------------------------------------------------------------
// S4: LeadConnector

export const S4_SEED = SEED + 30
export const S4_ZONE = 'America/New_York'
export const S4_FROM = '2026-03-01'
export const S4_DAYS = 31
export const S4_EVENTS_PER_WEEKDAY = 5
const S4_NOW = Date.UTC(2026, 1, 28)
/** The five members: ana works the calendar's hours; the others their own attached schedules. */
export const S4_MEMBERS = [
  { userId: 'ana', timeZone: 'America/New_York', from: '', to: '' },
  { userId: 'ben', timeZone: 'Europe/London', from: '13:00', to: '21:00' },
  { userId: 'cai', timeZone: 'America/Chicago', from: '08:00', to: '16:30' },
  { userId: 'dee', timeZone: 'America/Los_Angeles', from: '07:00', to: '15:00' },
  { userId: 'eli', timeZone: 'America/Sao_Paulo', from: '10:00', to: '18:00' },
] as const

export function buildLeadConnectorInput(): {
  readonly json: string
  readonly summary: string
} {
  const random = mulberry32(S4_SEED)
  const first = parsePlainDate(S4_FROM)
  const calendar = {
    calendar: {
      id: 'CaL1',
      calendarType: 'round_robin',
      teamMembers: S4_MEMBERS.map((member, index) => ({
        userId: member.userId,
        priority: index === 0 ? 1 : 0.5,
      })),
      slotDuration: 30,
      slotDurationUnit: 'mins',
      slotInterval: 15,
      slotIntervalUnit: 'mins',
      slotBuffer: 10,
      slotBufferUnit: 'mins',
      openHours: [
        {
          daysOfTheWeek: [1, 2, 3, 4, 5],
          hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }],
        },
      ],
      availabilities: [{ id: 'AvL1', date: '2026-03-17T00:00:00.000Z', hours: [], deleted: false }],
    },
  }
  const schedules = {
    schedules: S4_MEMBERS.slice(1).map((member) => ({
      userId: member.userId,
      calendarIds: ['CaL1'],
      timezone: member.timeZone,
      rules: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
        type: 'wday',
        day,
        intervals: [{ from: member.from, to: member.to }],
      })),
    })),
  }
  const events: unknown[] = []
  const blocked: unknown[] = []
  for (const member of S4_MEMBERS) {
    for (let day = first - 1; day < first + S4_DAYS + 1; day++) {
      const weekday = weekdayOf(day)
      if (weekday >= 6) continue
      const date = formatPlainDate(day)
      for (let event = 0; event < S4_EVENTS_PER_WEEKDAY; event++) {
        const minute = 420 + Math.floor(random() * 660)
        const length = 15 + Math.floor(random() * 76)
        const start = toInstant(
          `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
          member.timeZone,
        )
        events.push({
          id: `${member.userId}-e${events.length}`,
          calendarId: random() < 0.7 ? 'CaL1' : 'CaL2',
          assignedUserId: member.userId,
          appointmentStatus: random() < 0.1 ? 'cancelled' : 'confirmed',
          startTime: new Date(start).toISOString(),
          endTime: new Date(start + length * 60_000).toISOString(),
        })
      }
      if (weekday === 3) {
        const start = toInstant(`${date}T12:00`, member.timeZone)
        blocked.push({
          id: `${member.userId}-b${blocked.length}`,
          assignedUserId: member.userId,
          startTime: new Date(start).toISOString(),
          endTime: new Date(start + 90 * 60_000).toISOString(),
        })
      }
    }
  }
  const startDate = toInstant(`${S4_FROM}T00:00`, S4_ZONE)
  const endDate = toInstant(`${formatPlainDate(addDays(first, S4_DAYS))}T00:00`, S4_ZONE) - 1
  const document = {
    calendar,
    schedules,
    events: { events },
    blockedSlots: { events: blocked },
    query: { startDate: String(startDate), endDate: String(endDate), timezone: S4_ZONE },
    now: S4_NOW,
    timeZone: S4_ZONE,
    traceId: 'bench',
  }
  return {
    json: JSON.stringify(document),
    summary:
      `round-robin calendar CaL1, 5 members (ana: calendar hours Mon–Fri 09:00–17:00 New York; ben London 13:00–21:00, ` +
      `cai Chicago 08:00–16:30, dee Los Angeles 07:00–15:00, eli São Paulo 10:00–18:00, Mon–Fri, own schedules), ` +
      `30-min slots every 15 min, buffer 10, 2026-03-17 closed; ${events.length} appointments ` +
      `(${S4_EVENTS_PER_WEEKDAY} per member per local weekday, 30% on another calendar, 10% cancelled), ` +
      `${blocked.length} blocked slots; query ${S4_DAYS} days from ${S4_FROM} in ${S4_ZONE}; seed ${S4_SEED}`,
  }
}

function leadConnectorEndToEnd(json: string): string {
  return JSON.stringify(computeLeadConnectorFreeSlots(JSON.parse(json)).response)
}

// ---------------------------------------------------------------------------------------

/** A number read from a parsed value, so that the parse cannot be optimised away. */
function countKeys(value: unknown): number {
  return typeof value === 'object' && value !== null ? Object.keys(value).length : 0
}

function floorComparison(
  scenario: string,
  inputs: string,
  endToEnd: () => string,
  /** The floor's reading half: `JSON.parse` of every input text the end-to-end run parses. */
  parseInputs: () => number,
  config: BenchConfig,
  log: (line: string) => void,
  operations: number,
  count: (text: string) => string,
): Comparison {
  const first = endToEnd()
  if (endToEnd() !== first) throw new Error(`${scenario}: two runs gave different JSON`)
  const response = JSON.parse(first) as unknown
  if (JSON.stringify(response) !== first)
    throw new Error(`${scenario}: the floor does not write the same text`)
  log(
    `${scenario} — ${count(first)}; response ${(first.length / 1024).toFixed(0)} KB; floor writes the same text: yes`,
  )
  const [subject, floor] = compare(
    scenario,
    operations,
    [
      { implementation: 'Slotwise JSON in → JSON out', run: () => endToEnd().length },
      {
        implementation: 'floor: JSON.parse(input) + JSON.stringify(response)',
        run: () => parseInputs() + JSON.stringify(response).length,
      },
    ],
    config,
  )
  return compareMeasurements(
    scenario,
    `${inputs}; per op = per person-day; response ${first.length} characters`,
    subject!,
    floor!,
    FLOOR_TARGET,
    'response text identical over two runs; floor parses the same input and stringifies the same response (same text)',
  )
}

export function runLeadSquaredS3(config: BenchConfig, log: (line: string) => void): Comparison {
  const users = config.quick ? S3_QUICK_USERS : S3_USERS
  const input = buildLeadSquaredInput(users)
  const dates = parsePlainDate(S3_TO) - parsePlainDate(S3_FROM) + 1
  return floorComparison(
    'S3 LeadSquared maximum end to end',
    `${input.summary}; JSON.parse of request and account + answerLeadSquaredSlotsRequest + JSON.stringify timed`,
    () => leadSquaredEndToEnd(input),
    () => countKeys(JSON.parse(input.request)) + countKeys(JSON.parse(input.account)),
    config,
    log,
    users * dates,
    (text) => {
      const answer = JSON.parse(text) as {
        RecordCount: number
        List: { UserSlots: { AvailableSlots: unknown[] | null }[] }[]
      }
      let windows = 0
      for (const day of answer.List)
        for (const user of day.UserSlots) windows += user.AvailableSlots?.length ?? 0
      return `${answer.RecordCount} dates × ${users} users, ${windows} available windows`
    },
  )
}

export function runLeadConnectorS4(config: BenchConfig, log: (line: string) => void): Comparison {
  const input = buildLeadConnectorInput()
  return floorComparison(
    'S4 LeadConnector team of five, 31 days',
    `${input.summary}; JSON.parse + computeLeadConnectorFreeSlots + JSON.stringify timed`,
    () => leadConnectorEndToEnd(input.json),
    () => countKeys(JSON.parse(input.json)),
    config,
    log,
    S4_MEMBERS.length * S4_DAYS,
    (text) => {
      const answer = JSON.parse(text) as Record<string, { slots?: string[] }>
      let slots = 0
      let dates = 0
      for (const value of Object.values(answer)) {
        if (typeof value === 'object' && value.slots !== undefined) {
          dates++
          slots += value.slots.length
        }
      }
      return `${slots} free slots on ${dates} dates`
    },
  )
}
