// The web demo: a team's week drawn in any viewing zone, recomputed in the browser with
// `availability()` on every change; clicks are judged by `checkBooking()`.
import {
  type AvailabilityCaps,
  type AvailabilityRequest,
  type AvailabilityResult,
  assign,
  availability,
  type BookingCheck,
  checkBooking,
  isSlotwiseError,
  isValidTimeZone,
  type Person,
  type Reason,
  type SlotPolicy,
  type TeamMode,
  timeZoneTransitions,
  toOffsetDateTime,
} from '@slotwise/core'
import { VENDOR_LABEL } from '../vendors.js'
import { type Block, blocksFrom, type Lane, personColor, renderCalendar, TEAM_COLOR } from './calendar.js'
import { type LoadedPayload, loadPayloadText, PayloadError, VENDOR_SAMPLES } from './loadPayload.js'
import { SAMPLE_NAMES, SAMPLE_REQUEST } from './sampleTeam.js'
import {
  clock,
  datesFrom,
  dayLabel,
  formatOffset,
  instantAt,
  localDate,
  MINUTE_MS,
  shiftDate,
  startOfDate,
} from './time.js'

const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
]

/** Legacy ids some browsers still report for zones in the list. */
const ALIASES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Australia/NSW': 'Australia/Sydney',
  'US/Eastern': 'America/New_York',
  'US/Pacific': 'America/Los_Angeles',
}

type TeamChoice = 'each' | 'collective' | 'anyOf' | 'atLeast'
type ControlledPolicy =
  | 'durationMinutes'
  | 'intervalMinutes'
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'minimumNoticeMinutes'
  | 'alignment'
  | 'lookBusy'

interface Selection {
  /** A person id, or `team`. */
  readonly lane: string
  readonly start: number
  readonly end: number
  /** What was booked here, once it was. */
  booked?: string
}

interface State {
  people: Person[]
  now: number
  /** Policy fields the controls do not show (capacity, limits, horizon …), kept from a payload. */
  extraPolicy: Omit<SlotPolicy, ControlledPolicy>
  caps: AvailabilityCaps | undefined
  /** Look-busy seed: a vendor's own (LeadConnector seeds with the calendar id), else the demo's. */
  lookBusySeed: string
  atLeastCount: number
  weekStart: string
  names: Record<string, string>
  bookingsBy: Map<string, number>
  nextBooking: number
  selection: Selection | undefined
  result: AvailabilityResult | undefined
}

const state: State = {
  people: [...SAMPLE_REQUEST.people],
  now: SAMPLE_REQUEST.now,
  extraPolicy: {},
  caps: undefined,
  lookBusySeed: 'slotwise-demo',
  atLeastCount: 2,
  weekStart: '2026-03-05',
  names: { ...SAMPLE_NAMES },
  bookingsBy: new Map(),
  nextBooking: 1,
  selection: undefined,
  result: undefined,
}

// ---- DOM ----------------------------------------------------------------------------

const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const node = document.querySelector<T>(`[data-testid="${id}"]`)
  if (node === null) throw new Error(`missing [data-testid="${id}"]`)
  return node
}

const form = byTestId<HTMLFormElement>('controls')
const input = (id: string) => byTestId<HTMLInputElement>(id)
const select = (id: string) => byTestId<HTMLSelectElement>(id)
const zoneSelect = select('zone')
const teamSelect = select('team-mode')
const calendarRoot = byTestId('calendar-root')
const checkResult = byTestId('check-result')
const errorBox = byTestId('error')
const payloadInput = byTestId<HTMLTextAreaElement>('payload-input')
const payloadStatus = byTestId('payload-status')

const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

// ---- the request --------------------------------------------------------------------

const zone = () => zoneSelect.value
const nameOf = (id: string) => state.names[id] ?? id
const numberOf = (id: string): number | undefined => {
  const text = input(id).value.trim()
  return text === '' ? undefined : Number(text)
}

function policy(): SlotPolicy {
  const interval = numberOf('interval')
  return {
    ...state.extraPolicy,
    durationMinutes: numberOf('duration') ?? Number.NaN,
    ...(interval === undefined ? {} : { intervalMinutes: interval }),
    bufferBeforeMinutes: numberOf('buffer-before') ?? 0,
    bufferAfterMinutes: numberOf('buffer-after') ?? 0,
    minimumNoticeMinutes: numberOf('notice') ?? 0,
    alignment: select('alignment').value as 'window' | 'clock' | 'free',
    lookBusy: {
      percent: numberOf('look-busy') ?? 0,
      seed: state.lookBusySeed,
      enforce: input('look-busy-enforce').checked,
    },
  }
}

const teamChoice = () => teamSelect.value as TeamChoice

function teamMode(): TeamMode | undefined {
  const choice = teamChoice()
  if (choice === 'each') return undefined
  return choice === 'atLeast' ? { mode: 'atLeast', count: state.atLeastCount } : { mode: choice }
}

/** The request for the week on screen; `lane` narrows it to one person (no team). */
function buildRequest(lane = 'team'): AvailabilityRequest {
  const team = lane === 'team' ? teamMode() : undefined
  const people = lane === 'team' ? state.people : state.people.filter((p) => p.id === lane)
  return {
    window: { from: state.weekStart, to: shiftDate(state.weekStart, 6), timeZone: zone() },
    now: state.now,
    people,
    policy: policy(),
    ...(team === undefined ? {} : { team }),
    ...(state.caps === undefined ? {} : { caps: state.caps }),
  }
}

// ---- rendering ----------------------------------------------------------------------

const describeError = (error: unknown) =>
  isSlotwiseError(error)
    ? `${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error)

function lanes(): Lane[] {
  const list: Lane[] = state.people.map((p, i) => ({ key: p.id, label: nameOf(p.id), color: personColor(i) }))
  if (teamChoice() !== 'each')
    list.push({ key: 'team', label: `Team (${teamSelect.selectedOptions[0]?.text})`, color: TEAM_COLOR })
  return list
}

function slotStep(p: SlotPolicy): number {
  return Math.min(p.durationMinutes, p.intervalMinutes ?? p.durationMinutes) * MINUTE_MS
}

function recompute(): void {
  let result: AvailabilityResult | undefined
  let request: AvailabilityRequest | undefined
  try {
    request = buildRequest()
    result = availability(request)
    errorBox.hidden = true
  } catch (error) {
    errorBox.textContent = describeError(error)
    errorBox.hidden = false
  }
  state.result = result
  const dates = datesFrom(state.weekStart, 7)
  const blocks =
    result === undefined || request === undefined
      ? []
      : blocksFrom(result, nameOf, zone(), slotStep(request.policy), teamChoice() === 'each')
  const selected =
    state.selection === undefined ? undefined : `${state.selection.lane}|${state.selection.start}`
  renderCalendar(
    calendarRoot,
    { dates, zone: zone(), lanes: lanes(), blocks, ...(selected === undefined ? {} : { selected }) },
    { onSlot: selectSlot, onLane: selectTime },
  )
  renderSummary(blocks)
  renderPeople(result)
  renderSelection()
  byTestId('week-label').textContent =
    `${dayLabel(dates[0]!)} – ${dayLabel(dates[6]!)} ${dates[6]!.slice(0, 4)}`
  byTestId('subtitle').textContent =
    `${count(state.people.length, 'person', 'people')}, each in their own zone, drawn in ${zone()}. ` +
    `Now is ${toOffsetDateTime(state.now, zone())} (fixed: the engine never reads the clock).`
}

function renderSummary(blocks: readonly Block[]): void {
  const free = blocks.filter((b) => b.kind === 'slot-free').length
  const hidden = blocks.filter((b) => b.kind === 'slot-hidden').length
  const summary = byTestId('summary')
  summary.dataset.free = String(free)
  summary.dataset.hidden = String(hidden)
  const mode = teamChoice() === 'each' ? 'each person' : `team: ${teamSelect.selectedOptions[0]?.text}`
  summary.textContent = `${free} free slots · ${hidden} hidden by look busy · ${mode}`
}

function renderPeople(result: AvailabilityResult | undefined): void {
  const list = byTestId('people-list')
  const weekStartFor = (tz: string) => startOfDate(state.weekStart, tz)
  const weekEndFor = (tz: string) => startOfDate(shiftDate(state.weekStart, 7), tz)
  const changesIn = (tz: string) =>
    timeZoneTransitions(tz, { start: weekStartFor(tz), end: weekEndFor(tz) }).map(
      (t) =>
        // The wall clock just before the change reads instant + the old offset (02:00, not 01:59).
        `clocks change ${dayLabel(localDate(t.instant, tz))} ${clock(t.instant + t.offsetSecondsBefore * 1000, 'UTC')} → ` +
        `${clock(t.instant, tz)} (${formatOffset(t.offsetSecondsBefore / 60)} → ${formatOffset(t.offsetSecondsAfter / 60)})`,
    )
  const items = state.people.map((person, i) => {
    const days = result?.people.find((p) => p.id === person.id)?.days ?? []
    const free = days.reduce((n, d) => n + d.slots.length, 0)
    const hidden = days.reduce((n, d) => n + d.hidden.length, 0)
    const tz = person.schedule.timeZone
    const chip = h('span', { class: 'chip' }, nameOf(person.id))
    chip.style.setProperty('--c', personColor(i))
    const changes = changesIn(tz)
    return h(
      'li',
      { 'data-testid': 'person', 'data-person': person.id },
      chip,
      h('span', { class: 'zone' }, tz),
      h(
        'span',
        { class: 'small muted' },
        `${free} free${hidden > 0 ? `, ${hidden} hidden` : ''} · ${changes.length > 0 ? changes.join('; ') : 'no clock change this week'}`,
      ),
    )
  })
  const viewChanges = changesIn(zone())
  items.push(
    h(
      'li',
      { class: 'viewing' },
      h('span', { class: 'chip view' }, 'Viewing'),
      h('span', { class: 'zone' }, zone()),
      h(
        'span',
        { class: 'small muted' },
        viewChanges.length > 0 ? viewChanges.join('; ') : 'no clock change this week',
      ),
    ),
  )
  list.replaceChildren(...items)
}

const REASON_TEXT: Record<Reason['code'], string> = {
  OutsideWorkingHours: 'outside working hours',
  OnBreak: 'on a break',
  Busy: 'busy',
  BufferConflict: 'too close to another event (buffers)',
  Holiday: 'holiday',
  Leave: 'on leave',
  TooSoon: 'too soon (minimum notice)',
  BeyondHorizon: 'beyond the booking horizon',
  LimitReached: 'booking limit reached',
  SlotFull: 'slot full',
  NotOnGrid: 'not on the slot grid (pick a listed start)',
}

function reasonText(reason: Reason): string {
  let text = REASON_TEXT[reason.code]
  if (reason.eventIds !== undefined && reason.eventIds.length > 0) text += `: ${reason.eventIds.join(', ')}`
  if (reason.code === 'Busy' && reason.eventIds?.length === 0) text += ' (hidden by look busy)'
  if (reason.limit !== undefined) text += ` (${reason.limit.period}, ${reason.limit.measure})`
  if (reason.personId !== undefined) text = `${nameOf(reason.personId)}: ${text}`
  return text
}

function renderSelection(): void {
  const sel = state.selection
  if (sel === undefined) return
  const tz = zone()
  const request = buildRequest(sel.lane)
  let check: BookingCheck | undefined
  let failure: string | undefined
  try {
    check = checkBooking(request, { start: sel.start, end: sel.end })
  } catch (error) {
    failure = describeError(error)
  }
  const who = sel.lane === 'team' ? `Team (${teamSelect.selectedOptions[0]?.text})` : nameOf(sel.lane)
  const laneIndex = state.people.findIndex((p) => p.id === sel.lane)
  const chip = h('span', { class: 'chip' }, who)
  chip.style.setProperty('--c', laneIndex < 0 ? TEAM_COLOR : personColor(laneIndex))
  const head = h(
    'div',
    {
      class: 'sel-head',
      'data-testid': 'check-slot',
      'data-start': String(sel.start),
      'data-end': String(sel.end),
    },
    chip,
    h('strong', {}, `${dayLabel(localDate(sel.start, tz))} ${clock(sel.start, tz)}–${clock(sel.end, tz)}`),
    h('span', { class: 'muted' }, ` in ${tz}`),
  )
  const local = h('dl', { class: 'local' })
  for (const person of request.people) {
    local.append(
      h('dt', {}, nameOf(person.id)),
      h(
        'dd',
        {},
        toOffsetDateTime(sel.start, person.schedule.timeZone),
        h('span', { class: 'muted' }, ` ${person.schedule.timeZone}`),
      ),
    )
  }
  const nodes: Node[] = [head, local]
  if (check === undefined) {
    nodes.push(
      h('div', { class: 'verdict no', 'data-testid': 'check-verdict', 'data-ok': 'false' }, failure ?? ''),
    )
  } else if (check.ok) {
    nodes.push(
      h(
        'div',
        { class: 'verdict ok', 'data-testid': 'check-verdict', 'data-ok': 'true' },
        `✓ checkBooking: bookable for ${check.people.map(nameOf).join(', ')}`,
      ),
    )
    const button = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'book-button' },
      'Book this slot',
    )
    button.addEventListener('click', () => book(sel, check.people))
    nodes.push(button)
  } else {
    nodes.push(
      h(
        'div',
        { class: 'verdict no', 'data-testid': 'check-verdict', 'data-ok': 'false' },
        '✗ checkBooking: refused',
      ),
      h(
        'ul',
        { class: 'reasons', 'data-testid': 'check-reasons' },
        ...check.reasons.map((r) => h('li', { 'data-testid': 'reason', 'data-code': r.code }, reasonText(r))),
      ),
    )
  }
  if (sel.booked !== undefined)
    nodes.push(h('p', { class: 'booked', 'data-testid': 'booking-status' }, sel.booked))
  checkResult.replaceChildren(...nodes)
}

function selectSlot(block: Block): void {
  state.selection = { lane: block.lane, start: block.start, end: block.end }
  recompute()
}

function selectTime(lane: string, date: string, minute: number): void {
  const duration = numberOf('duration')
  if (duration === undefined || !Number.isFinite(duration)) return
  // A proposal of the slot's length at the clicked quarter hour of the viewing zone.
  const start = instantAt(date, Math.floor(minute / 15) * 15, zone())
  state.selection = { lane, start, end: start + duration * MINUTE_MS }
  recompute()
}

function book(sel: Selection, free: readonly string[]): void {
  let ids: string[]
  if (sel.lane !== 'team' || teamChoice() === 'collective') {
    ids = [...free]
  } else {
    // anyOf / atLeast: `assign` picks by priority, then fewest bookings, then input order.
    const want = teamChoice() === 'anyOf' ? 1 : state.atLeastCount
    ids = []
    while (ids.length < want) {
      const id = assign(
        { people: free.filter((p) => !ids.includes(p)) },
        state.people.map((p) => ({ id: p.id, bookings: state.bookingsBy.get(p.id) ?? 0 })),
      )
      if (id === undefined) break
      ids.push(id)
    }
  }
  const eventId = `booking-${state.nextBooking++}`
  state.people = state.people.map((p) =>
    ids.includes(p.id)
      ? { ...p, busy: [...(p.busy ?? []), { id: eventId, start: sel.start, end: sel.end }] }
      : p,
  )
  for (const id of ids) state.bookingsBy.set(id, (state.bookingsBy.get(id) ?? 0) + 1)
  sel.booked = `Booked ${eventId} for ${ids.map(nameOf).join(', ')}: added as a busy event, so the slot is taken.`
  recompute()
}

// ---- payloads -----------------------------------------------------------------------

function setValue(id: string, value: number | undefined): void {
  input(id).value = value === undefined ? '' : String(value)
}

function apply(loaded: LoadedPayload): void {
  const request = loaded.request
  const {
    durationMinutes,
    intervalMinutes,
    bufferBeforeMinutes,
    bufferAfterMinutes,
    minimumNoticeMinutes,
    alignment,
    lookBusy,
    ...extra
  } = request.policy
  setValue('duration', durationMinutes)
  setValue('interval', intervalMinutes)
  setValue('buffer-before', bufferBeforeMinutes ?? 0)
  setValue('buffer-after', bufferAfterMinutes ?? 0)
  setValue('notice', minimumNoticeMinutes ?? 0)
  setValue('look-busy', lookBusy?.percent ?? 0)
  input('look-busy-enforce').checked = lookBusy?.enforce ?? false
  select('alignment').value = alignment ?? 'window'
  const team = request.team
  teamSelect.value = team === undefined ? 'each' : team.mode
  if (team?.mode === 'atLeast') state.atLeastCount = team.count
  const atLeast = teamSelect.querySelector<HTMLOptionElement>('option[value="atLeast"]')
  if (atLeast !== null) atLeast.text = `at least ${state.atLeastCount}`
  state.people = [...request.people]
  state.now = request.now
  state.extraPolicy = extra
  state.caps = request.caps
  state.lookBusySeed = lookBusy?.seed ?? 'slotwise-demo'
  state.names = { ...(loaded.names ?? {}) }
  state.weekStart = 'from' in request.window ? request.window.from : localDate(request.window.start, zone())
  state.bookingsBy = new Map()
  state.selection = undefined
  checkResult.replaceChildren(h('p', { class: 'muted' }, 'Click a free slot to check and book it.'))
  recompute()
}

function loadPayload(): void {
  payloadStatus.className = 'small'
  try {
    const loaded = loadPayloadText(payloadInput.value)
    // Judge the request exactly as pasted first (its own window too): a refusal leaves the page as it was.
    try {
      availability(loaded.request)
    } catch (error) {
      throw new PayloadError(`The engine refused this request: ${describeError(error)}`)
    }
    apply(loaded)
    if (!errorBox.hidden) throw new PayloadError(`Loaded, but the engine refused it: ${errorBox.textContent}`)
    payloadStatus.dataset.kind = loaded.kind
    payloadStatus.classList.add('ok')
    payloadStatus.textContent =
      `Loaded ${loaded.kind === 'core' ? 'a core request' : `a ${VENDOR_LABEL[loaded.kind]} bundle through its adapter`}: ` +
      `${count(loaded.request.people.length, 'person', 'people')}, ` +
      `shown as the week from ${dayLabel(state.weekStart)} in ${zone()}.` +
      loaded.notes.map((n) => ` ${n}`).join('')
  } catch (error) {
    delete payloadStatus.dataset.kind
    payloadStatus.classList.add('bad')
    payloadStatus.textContent = error instanceof PayloadError ? error.message : describeError(error)
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const sampleAsJson = () =>
  JSON.stringify({ ...SAMPLE_REQUEST, team: { mode: 'collective' }, names: SAMPLE_NAMES }, null, 2)

// ---- wiring -------------------------------------------------------------------------

function initZones(): void {
  const reported = Intl.DateTimeFormat().resolvedOptions().timeZone
  const browser = ALIASES[reported] ?? reported
  const initial = browser !== undefined && isValidTimeZone(browser) ? browser : 'UTC'
  const zones = ZONES.includes(initial) ? ZONES : [initial, ...ZONES]
  zoneSelect.replaceChildren(
    ...zones.map((z) => h('option', { value: z }, z === initial ? `${z} (browser)` : z)),
  )
  zoneSelect.value = initial
}

form.addEventListener('submit', (event) => event.preventDefault())
// Every control (number fields, selects, the checkbox) fires `input`: recompute on each.
form.addEventListener('input', () => recompute())
byTestId('week-prev').addEventListener('click', () => {
  state.weekStart = shiftDate(state.weekStart, -7)
  recompute()
})
byTestId('week-next').addEventListener('click', () => {
  state.weekStart = shiftDate(state.weekStart, 7)
  recompute()
})
byTestId('payload-load').addEventListener('click', loadPayload)
byTestId('payload-example').addEventListener('click', () => {
  payloadInput.value = sampleAsJson()
})
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-vendor]')) {
  button.addEventListener('click', () => {
    const sample = VENDOR_SAMPLES[button.dataset.vendor as keyof typeof VENDOR_SAMPLES]
    payloadInput.value = JSON.stringify(sample, null, 2)
    loadPayload()
  })
}
byTestId('reset-sample').addEventListener('click', () => {
  apply({ kind: 'core', request: SAMPLE_REQUEST, names: SAMPLE_NAMES, notes: [] })
  payloadStatus.className = 'small'
  payloadStatus.textContent = 'Back to the bundled sample team.'
})

initZones()
recompute()
