// The terminal demo: one week of a three-person team in three zones, across New York's clock
// change (Sunday 2026-03-08), each person read from a bundled vendor payload through its
// adapter, drawn as a grid in UTC; then the LeadConnector answer for one of them.
// No network, no clock: `now` comes from the samples. Colours only when stdout is a TTY.
import {
  type AvailabilityResult,
  addDays,
  availability,
  formatPlainDate,
  type Interval,
  offsetMinutes,
  parsePlainDate,
  type Schedule,
  timeZoneTransitions,
  toWallTime,
  weekdayOf,
} from '@slotwise/core'
import { computeLeadConnectorFreeSlots, toLeadConnectorFreeSlots } from '@slotwise/leadconnector'
import calendlySample from './samples/calendly.json' with { type: 'json' }
import leadConnectorSample from './samples/leadconnector.json' with { type: 'json' }
import leadSquaredSample from './samples/leadsquared.json' with { type: 'json' }
import {
  type AnyVendorLoad,
  describeWarnings,
  loadCalendlyBundle,
  loadLeadConnectorBundle,
  loadLeadSquaredBundle,
  readNow,
  VENDOR_LABEL,
} from './vendors.js'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000
const CELL_MINUTES = 15
const WEEK_FIRST = '2026-03-05'
const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

// ---- colour -----------------------------------------------------------------------------

const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined
const paint = (code: string, text: string) => (colour && text !== '' ? `\x1b[${code}m${text}\x1b[0m` : text)
const bold = (text: string) => paint('1', text)
const dim = (text: string) => paint('2', text)

type Kind = 'outside' | 'working' | 'break' | 'busy' | 'soft' | 'free' | 'hidden'

const STYLE: Record<Kind, string> = {
  outside: '90',
  working: '37',
  break: '33',
  busy: '1;31',
  soft: '35',
  free: '1;32',
  hidden: '2;36',
}

// ---- the team, through the adapters -----------------------------------------------------

interface Member {
  readonly load: AnyVendorLoad
  readonly source: string
  readonly result: AvailabilityResult
}

const team: Member[] = (
  [
    {
      load: loadLeadSquaredBundle(leadSquaredSample),
      source: 'work-day template (half Saturday), holiday calendar, leave, tasks',
    },
    {
      load: loadCalendlyBundle(calendlySample),
      source: 'availability schedule (split days, override, closed date), busy times',
    },
    {
      load: loadLeadConnectorBundle(leadConnectorSample),
      source: 'user schedule, calendar (look busy), events (recurring, EXDATE), a block',
    },
  ] as const
).map((m) => ({ ...m, result: availability(m.load.request) }))

const personOf = (m: Member) => m.result.people[0]!
const zoneOf = (m: Member) => personOf(m).timeZone
const nameOf = (m: Member) => m.load.names[personOf(m).id] ?? personOf(m).id
const scheduleOf = (m: Member): Schedule => m.load.request.people[0]!.schedule

// ---- helpers ------------------------------------------------------------------------------

const dates = Array.from({ length: 7 }, (_, i) => formatPlainDate(addDays(parsePlainDate(WEEK_FIRST), i)))
const clock = (instant: number, zone: string) => toWallTime(instant, zone).slice(11, 16)
const dayName = (date: string) => `${WEEKDAYS[weekdayOf(parsePlainDate(date))]} ${date.slice(8)}`

/** `+05:30`, `−04:00`, `±00:00` */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

const overlaps = (list: readonly Interval[], start: number, end: number) =>
  list.find((i) => i.start < end && i.end > start)

/** Everything one person's answer says, flattened over the week. */
function layers(m: Member) {
  const days = personOf(m).days
  return {
    working: days.flatMap((d) => d.working),
    breaks: days.flatMap((d) => d.breaks),
    busy: days.flatMap((d) => d.busy.filter((b) => b.blocking)),
    soft: days.flatMap((d) => d.busy.filter((b) => !b.blocking)),
    free: days.flatMap((d) => d.slots),
    hidden: days.flatMap((d) => d.hidden),
  }
}

/** One character: the strongest thing in the cell, slots drawn as `[]` (free) or `()` (hidden). */
function cell(l: ReturnType<typeof layers>, start: number, end: number): [Kind, string] {
  if (overlaps(l.busy, start, end)) return ['busy', '#']
  if (overlaps(l.breaks, start, end)) return ['break', '~']
  const slot = (list: readonly Interval[], open: string, mid: string, close: string) => {
    const s = overlaps(list, start, end)
    return s === undefined ? undefined : s.start >= start ? open : s.end <= end ? close : mid
  }
  const free = slot(l.free, '[', '=', ']')
  if (free !== undefined) return ['free', free]
  const hidden = slot(l.hidden, '(', ':', ')')
  if (hidden !== undefined) return ['hidden', hidden]
  if (overlaps(l.soft, start, end)) return ['soft', '+']
  if (overlaps(l.working, start, end)) return ['working', '-']
  return ['outside', '·']
}

// The hours drawn: the team's working time in UTC, whole hours.
const allWorking = team.flatMap((m) => layers(m).working)
const minuteOfDay = (instant: number) => Math.floor((((instant % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS)
const firstHour = Math.floor(Math.min(...allWorking.map((w) => minuteOfDay(w.start))) / 60)
const lastHour = Math.ceil(Math.max(...allWorking.map((w) => minuteOfDay(w.end - 1) + 1)) / 60)
const cellsPerHour = 60 / CELL_MINUTES

/** The clock change of a zone inside the week, if any. */
function changesOf(zone: string) {
  const start = parsePlainDate(dates[0]!) * DAY_MS - DAY_MS
  const end = (parsePlainDate(dates[6]!) + 2) * DAY_MS
  return timeZoneTransitions(zone, { start, end })
}

/** What a person's local date holds, in words: hours and offset, or why there are none. */
function note(m: Member, date: string): string {
  const zone = zoneOf(m)
  const day = personOf(m).days.find((d) => d.date === date)
  const override = scheduleOf(m).overrides?.some((o) => o.date === date) === true
  let text: string
  if (day === undefined) text = ''
  else if (day.working.length > 0) {
    const first = day.working[0]!
    const last = day.working[day.working.length - 1]!
    text = `${clock(first.start, zone)}–${clock(last.end, zone)} ${offsetText(offsetMinutes(first.start, zone))}`
    if (override) text += ' override'
    // Leave given as instants (a partial day) shortens the hours: say so.
    const leave = (scheduleOf(m).leave ?? []).filter(
      (x): x is Interval =>
        typeof x === 'object' &&
        'start' in x &&
        overlaps([x], first.start, last.end + DAY_MS / 2) !== undefined,
    )
    if (leave.length > 0) text += ' (leave)'
  } else {
    const reason = day.noSlotsReason
    text =
      reason === 'Holiday'
        ? 'holiday'
        : reason === 'Leave'
          ? 'on leave'
          : reason === 'WorkDayTemplateNotDefined'
            ? 'no template'
            : override
              ? 'closed (date rule)'
              : 'day off'
  }
  for (const change of changesOf(zone)) {
    if (toWallTime(change.instant, zone).slice(0, 10) !== date) continue
    const before = clock(change.instant + change.offsetSecondsBefore * 1000, 'UTC')
    text += `${text === '' ? '' : '; '}clocks ${before}→${clock(change.instant, zone)}`
  }
  return text
}

// ---- the grid -------------------------------------------------------------------------------

const out: string[] = []
const print = (line = '') => out.push(line)
const nameWidth = Math.max(...team.map((m) => nameOf(m).length)) + 1
const gutter = ' '.repeat(7 + nameWidth)

const now = team[0]!.load.request.now
print(
  bold('Slotwise demo') +
    ` · one week, three people, three zones, three vendors · now ${toWallTime(now, 'UTC').slice(0, 16).replace('T', ' ')} UTC`,
)
print(
  dim(
    'Each person is a bundled vendor sample (src/samples/*.json) read through its adapter, then availability().',
  ),
)
print(
  dim(
    `Columns are UTC, one character per ${CELL_MINUTES} minutes (a 30-minute slot is two); the note is the local day.`,
  ),
)
print()
let ruler = ''
for (let h = firstHour; h < lastHour; h++) ruler += String(h).padStart(2, '0').padEnd(cellsPerHour)
print(`${'UTC'.padStart(gutter.length - 1)} ${dim(ruler)}`)

for (const date of dates) {
  const dayStart = parsePlainDate(date) * DAY_MS
  team.forEach((m, index) => {
    const l = layers(m)
    let line = ''
    let run = ''
    let runKind: Kind | undefined
    for (let c = firstHour * cellsPerHour; c < lastHour * cellsPerHour; c++) {
      const start = dayStart + c * CELL_MINUTES * MINUTE_MS
      const [kind, char] = cell(l, start, start + CELL_MINUTES * MINUTE_MS)
      if (kind !== runKind && runKind !== undefined) {
        line += paint(STYLE[runKind], run)
        run = ''
      }
      runKind = kind
      run += char
    }
    if (runKind !== undefined) line += paint(STYLE[runKind], run)
    const label = index === 0 ? bold(dayName(date).padEnd(7)) : ' '.repeat(7)
    const text = note(m, date)
    const styled = /→/.test(text) ? paint('1;35', text) : dim(text)
    print(`${label}${nameOf(m).padEnd(nameWidth)}${line}  ${styled}`)
  })
}
print()
const key = (kind: Kind, chars: string, text: string) => `${paint(STYLE[kind], chars)} ${text}`
print(
  [
    key('free', '[]', 'free slot'),
    key('hidden', '()', 'free, hidden by look busy'),
    key('busy', '##', 'busy'),
    key('break', '~~', 'break'),
    key('working', '--', 'working, nothing offered'),
    key('outside', '··', 'outside hours'),
  ].join('   '),
)
if (team.some((m) => layers(m).soft.length > 0)) print(key('soft', '++', 'soft busy (allows conflicts)'))
print()

// ---- who is who -------------------------------------------------------------------------------

for (const m of team) {
  const zone = zoneOf(m)
  const changes = changesOf(zone)
  const free = personOf(m).days.reduce((n, d) => n + d.slots.length, 0)
  const hidden = personOf(m).days.reduce((n, d) => n + d.hidden.length, 0)
  print(
    `${bold(nameOf(m).padEnd(nameWidth))}${zone.padEnd(17)} ${VENDOR_LABEL[m.load.kind].padEnd(15)}` +
      dim(m.source),
  )
  const policy = m.load.request.policy
  let detail = `${free} free slots of ${policy.durationMinutes} min`
  if (hidden > 0) detail += ` (+${hidden} hidden)`
  if ((policy.bufferAfterMinutes ?? 0) > 0) detail += `, ${policy.bufferAfterMinutes} min buffer after`
  if (changes.length === 0) {
    detail += `; ${offsetText(offsetMinutes(parsePlainDate(dates[0]!) * DAY_MS, zone))} all week`
  }
  print(`${' '.repeat(nameWidth)}${detail}`)
  for (const change of changes) {
    const wall = toWallTime(change.instant, zone)
    const nine = (offset: number) => clock(Date.UTC(2026, 0, 1, 9) - offset * 1000, 'UTC')
    const before = clock(change.instant + change.offsetSecondsBefore * 1000, 'UTC')
    print(
      ' '.repeat(nameWidth) +
        paint(
          '1;35',
          `clocks change ${dayName(wall.slice(0, 10))} ${before}→${clock(change.instant, zone)}`,
        ) +
        ` (${offsetText(change.offsetSecondsBefore / 60)} → ${offsetText(change.offsetSecondsAfter / 60)}):` +
        ` 09:00 local moves from ${nine(change.offsetSecondsBefore)} to ${nine(change.offsetSecondsAfter)} UTC`,
    )
  }
  const warnings = describeWarnings(m.load.warnings)
  if (warnings.length > 0) print(`${' '.repeat(nameWidth)}${dim(`adapter warnings: ${warnings.join(', ')}`)}`)
}
print()

// ---- a vendor-shaped answer -------------------------------------------------------------------

const lc = team.find((m) => m.load.kind === 'leadconnector')!
if (lc.load.kind === 'leadconnector') {
  const answer = toLeadConnectorFreeSlots(lc.result, {
    timeZone: lc.load.answerTimeZone,
    ...(lc.load.traceId === undefined ? {} : { traceId: lc.load.traceId }),
  })
  // The one-call path from the same JSON must say exactly the same.
  const sample = leadConnectorSample as unknown as Parameters<typeof computeLeadConnectorFreeSlots>[0]
  const direct = computeLeadConnectorFreeSlots({ ...sample, now: readNow(sample.now) }).response
  const shown = ['2026-03-06', '2026-03-09']
  print(
    bold(`LeadConnector free-slots answer for ${nameOf(lc)}`) +
      dim(
        ` (toLeadConnectorFreeSlots in ${lc.load.answerTimeZone}, trimmed to ${shown.length} of its ${Object.keys(answer).length - 1} dates)`,
      ),
  )
  const lines = ['{']
  for (const date of shown) {
    const day = answer[date]
    if (typeof day !== 'object') continue
    lines.push(`  "${date}": { "slots": [`)
    for (let i = 0; i < day.slots.length; i += 3) {
      const chunk = day.slots.slice(i, i + 3).map((s) => JSON.stringify(s))
      lines.push(`    ${chunk.join(', ')}${i + 3 < day.slots.length ? ',' : ''}`)
    }
    lines.push('  ] },')
  }
  lines.push(`  "traceId": ${JSON.stringify(answer.traceId)}`)
  lines.push('}')
  for (const line of lines) print(line)
  const same = JSON.stringify(direct) === JSON.stringify(answer)
  print(
    same
      ? dim('computeLeadConnectorFreeSlots on the raw sample JSON gives the identical answer.')
      : paint('1;31', 'computeLeadConnectorFreeSlots on the raw sample JSON gives a DIFFERENT answer!'),
  )
}

console.log(out.join('\n'))
