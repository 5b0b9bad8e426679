// The week grid: 7 local dates of the viewing zone as columns, hours as rows, one lane per
// person (and one for the team), every block placed by its wall clock in the viewing zone.
import type { AvailabilityResult } from '@slotwise/core'
import { clock, type DayPiece, dateOffsets, dayLabel, formatOffset, piecesByLocalDate } from './time.js'

export const HOUR_PX = 44

export type BlockKind = 'working' | 'break' | 'busy' | 'busy-soft' | 'slot-free' | 'slot-hidden'

export interface Lane {
  /** A person id, or `team`. */
  readonly key: string
  readonly label: string
  readonly color: string
}

export interface Block {
  readonly lane: string
  readonly kind: BlockKind
  readonly start: number
  readonly end: number
  /** Where the drawing stops (a slot is drawn for one grid step so overlapping starts tile). */
  readonly drawEnd: number
  readonly title: string
  readonly eventId?: string
  readonly people?: readonly string[]
}

export interface CalendarModel {
  readonly dates: readonly string[]
  readonly zone: string
  readonly lanes: readonly Lane[]
  readonly blocks: readonly Block[]
  /** `lane|start` of the selected slot. */
  readonly selected?: string
}

export interface CalendarHandlers {
  onSlot(block: Block): void
  onLane(lane: string, date: string, minute: number): void
}

const PERSON_COLORS = ['#2563eb', '#9333ea', '#ea580c', '#0d9488', '#db2777', '#65a30d']
export const TEAM_COLOR = '#0f766e'
export const personColor = (index: number) => PERSON_COLORS[index % PERSON_COLORS.length]!

const TESTID: Record<BlockKind, string> = {
  working: 'working',
  break: 'break',
  busy: 'busy',
  'busy-soft': 'busy',
  'slot-free': 'slot-free',
  'slot-hidden': 'slot-hidden',
}

/** Turn an availability answer into blocks, deduplicating what several local dates repeat. */
export function blocksFrom(
  result: AvailabilityResult,
  names: (id: string) => string,
  zone: string,
  step: number,
  showPersonSlots: boolean,
): Block[] {
  const blocks: Block[] = []
  const seen = new Set<string>()
  const push = (block: Block) => {
    const key = `${block.lane}|${block.kind}|${block.start}|${block.end}|${block.eventId ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    blocks.push(block)
  }
  const span = (start: number, end: number) => `${clock(start, zone)}–${clock(end, zone)}`
  for (const person of result.people) {
    const who = names(person.id)
    for (const day of person.days) {
      for (const w of day.working) {
        push({
          lane: person.id,
          kind: 'working',
          ...w,
          drawEnd: w.end,
          title: `${who}: working ${span(w.start, w.end)}`,
        })
      }
      for (const b of day.breaks) {
        push({
          lane: person.id,
          kind: 'break',
          ...b,
          drawEnd: b.end,
          title: `${who}: break ${span(b.start, b.end)}`,
        })
      }
      for (const e of day.busy) {
        push({
          lane: person.id,
          kind: e.blocking ? 'busy' : 'busy-soft',
          start: e.start,
          end: e.end,
          drawEnd: e.end,
          eventId: e.eventId,
          title: `${who}: ${e.eventId} ${span(e.start, e.end)}${e.blocking ? '' : ' (soft: allows conflicts)'}`,
        })
      }
      if (!showPersonSlots) continue
      for (const s of day.slots) {
        push({
          lane: person.id,
          kind: 'slot-free',
          ...s,
          drawEnd: Math.min(s.end, s.start + step),
          title: `${who}: free ${span(s.start, s.end)}`,
          people: [person.id],
        })
      }
      for (const s of day.hidden) {
        push({
          lane: person.id,
          kind: 'slot-hidden',
          ...s,
          drawEnd: Math.min(s.end, s.start + step),
          title: `${who}: free but hidden by look-busy ${span(s.start, s.end)}`,
          people: [person.id],
        })
      }
    }
  }
  if (result.team !== undefined) {
    const team = result.team
    const who = (ids: readonly string[]) => ids.map(names).join(', ')
    for (const s of team.slots) {
      push({
        lane: 'team',
        kind: 'slot-free',
        start: s.start,
        end: s.end,
        drawEnd: Math.min(s.end, s.start + step),
        title: `Team (${team.mode}) ${span(s.start, s.end)}: ${who(s.people)}`,
        people: s.people,
      })
    }
    for (const s of team.hidden) {
      push({
        lane: 'team',
        kind: 'slot-hidden',
        start: s.start,
        end: s.end,
        drawEnd: Math.min(s.end, s.start + step),
        title: `Team (${team.mode}) ${span(s.start, s.end)}, hidden by look-busy: ${who(s.people)}`,
        people: s.people,
      })
    }
  }
  // Starts closer than a step (team slots merge several people's grids) must not overlap:
  // draw each slot only up to the next start in its lane.
  const slots = blocks.filter((b) => b.kind === 'slot-free' || b.kind === 'slot-hidden')
  slots.sort((a, b) => (a.lane === b.lane ? a.start - b.start : a.lane < b.lane ? -1 : 1))
  const clipped = new Map<Block, number>()
  slots.forEach((block, i) => {
    const next = slots[i + 1]
    if (next !== undefined && next.lane === block.lane && next.start < block.drawEnd)
      clipped.set(block, next.start)
  })
  return blocks.map((block) => {
    const drawEnd = clipped.get(block)
    return drawEnd === undefined ? block : { ...block, drawEnd }
  })
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

/** First and last hour to draw: the working time of the week, whole hours, at least 8 hours. */
function hourRange(pieces: readonly DayPiece[]): { from: number; to: number } {
  if (pieces.length === 0) return { from: 8, to: 18 }
  let from = 24
  let to = 0
  for (const p of pieces) {
    from = Math.min(from, Math.floor(p.fromMinute / 60))
    to = Math.max(to, Math.ceil(p.toMinute / 60))
  }
  from = Math.max(0, from)
  to = Math.min(24, Math.max(to, from + 8))
  return { from, to }
}

const blockKey = (b: Block) => `${b.lane}|${b.start}`

/** Draw the week into `root` (replacing what was there). */
export function renderCalendar(root: HTMLElement, model: CalendarModel, handlers: CalendarHandlers): void {
  const { dates, zone, lanes } = model
  const shown = new Set(dates)
  const placed = model.blocks.map((block) => ({
    block,
    pieces: piecesByLocalDate(block.start, block.drawEnd, zone)
      .filter((piece) => shown.has(piece.date))
      // A slot is drawn once, where it starts.
      .slice(0, block.kind.startsWith('slot') ? 1 : undefined),
  }))
  const range = hourRange(placed.filter((p) => p.block.kind === 'working').flatMap((p) => p.pieces))
  const top = (minute: number) => (minute - range.from * 60) * (HOUR_PX / 60)

  const grid = el('div', { class: 'cal', 'data-testid': 'calendar', 'data-zone': zone })
  grid.style.setProperty('--hour', `${HOUR_PX}px`)
  grid.style.setProperty('--lanes', String(lanes.length))
  // Dates without any working time (a weekend) get a narrow column.
  const busyDates = new Set(
    placed.filter((p) => p.block.kind === 'working').flatMap((p) => p.pieces.map((x) => x.date)),
  )
  grid.style.gridTemplateColumns = `50px ${dates
    .map((d) => (busyDates.has(d) ? 'minmax(calc(var(--lanes) * 30px + 6px), 1fr)' : 'minmax(84px, 0.5fr)'))
    .join(' ')}`

  // Header row: dates, the viewing zone's offset (both when it changes that day), lane initials.
  grid.append(el('div', { class: 'corner' }, formatOffset(dateOffsets(dates[0]!, zone).start)))
  for (const date of dates) {
    const offsets = dateOffsets(date, zone)
    const head = el('div', { class: 'day-head', 'data-testid': 'day-head', 'data-date': date })
    head.append(el('div', { class: 'day-name' }, dayLabel(date)))
    const changes = offsets.start !== offsets.end
    head.append(
      el(
        'div',
        { class: changes ? 'day-offset dst' : 'day-offset' },
        changes
          ? `${formatOffset(offsets.start)} → ${formatOffset(offsets.end)}`
          : formatOffset(offsets.start),
      ),
    )
    const laneHeads = el('div', { class: 'lane-heads' })
    for (const lane of lanes) {
      const short = lane.key === 'team' ? (busyDates.has(date) ? 'Team' : 'T') : lane.label.slice(0, 1)
      const chip = el('span', { class: 'lane-head', title: lane.label }, short)
      chip.style.setProperty('--c', lane.color)
      laneHeads.append(chip)
    }
    head.append(laneHeads)
    grid.append(head)
  }

  // Hour gutter.
  const gutter = el('div', { class: 'gutter' })
  gutter.style.height = `${(range.to - range.from) * HOUR_PX}px`
  for (let h = range.from; h < range.to; h++) {
    const label = el('div', { class: 'hour' }, `${String(h).padStart(2, '0')}:00`)
    label.style.top = `${(h - range.from) * HOUR_PX}px`
    gutter.append(label)
  }
  grid.append(gutter)

  // Day columns with one lane per person (and the team).
  const laneNodes = new Map<string, HTMLElement>()
  for (const date of dates) {
    const day = el('div', { class: 'day', 'data-testid': 'day', 'data-date': date })
    day.style.height = `${(range.to - range.from) * HOUR_PX}px`
    for (const lane of lanes) {
      const node = el('div', {
        class: lane.key === 'team' ? 'lane team' : 'lane',
        'data-testid': 'lane',
        'data-person': lane.key,
        'data-date': date,
      })
      node.style.setProperty('--c', lane.color)
      node.addEventListener('click', (event) => {
        const rect = node.getBoundingClientRect()
        const minute = range.from * 60 + ((event.clientY - rect.top) / HOUR_PX) * 60
        handlers.onLane(lane.key, date, minute)
      })
      laneNodes.set(`${lane.key}|${date}`, node)
      day.append(node)
    }
    grid.append(day)
  }

  for (const { block, pieces } of placed) {
    for (const piece of pieces) {
      const lane = laneNodes.get(`${block.lane}|${piece.date}`)
      if (lane === undefined) continue
      const isSlot = block.kind === 'slot-free' || block.kind === 'slot-hidden'
      const node = el('div', {
        class: `block ${block.kind}${model.selected === blockKey(block) ? ' selected' : ''}`,
        'data-testid': TESTID[block.kind],
        'data-start': String(block.start),
        'data-end': String(block.end),
        'data-person': block.lane,
        title: block.title,
      })
      if (block.eventId !== undefined) node.dataset.eventId = block.eventId
      if (block.people !== undefined) node.dataset.people = block.people.join(',')
      const y = top(piece.fromMinute)
      node.style.top = `${y}px`
      node.style.height = `${Math.max(top(piece.toMinute) - y, 3)}px`
      if (isSlot) {
        node.append(el('span', { class: 'label' }, clock(block.start, zone)))
        node.addEventListener('click', (event) => {
          event.stopPropagation()
          handlers.onSlot(block)
        })
      } else if (block.kind !== 'working') {
        // `ana-standup` in Ana's lane reads `standup`: the lane already says whose it is.
        const id = block.eventId
        const prefix = `${block.lane}-`
        const label = id === undefined ? 'break' : id.startsWith(prefix) ? id.slice(prefix.length) : id
        node.append(el('span', { class: 'label' }, label))
      }
      lane.append(node)
    }
  }

  root.replaceChildren(grid)
}
