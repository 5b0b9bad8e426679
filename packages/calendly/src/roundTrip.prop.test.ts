// Round-trip laws between Calendly shapes and the core.
import { fc, test } from '@fast-check/vitest'
import {
  type AvailabilityRequest,
  availability,
  formatPlainDate,
  formatPlainTime,
  parsePlainTime,
  type Schedule,
  toInstant,
  toWallTime,
} from '@slotwise/core'
import {
  arbitraryAvailabilityRequest,
  arbitrarySchedule,
  dayNumberOf,
  REQUEST_ANCHOR_DATES,
  REQUEST_TIME_ZONES,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import {
  fromCalendlyAvailabilitySchedule,
  fromCalendlyAvailableTimes,
  toCalendlyAvailabilitySchedule,
  toCalendlyAvailableTimes,
} from './index.js'

const MINUTE = 60_000
const DAY = 86_400_000
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

/** Every slot of one person over a window, as `[start, end]` pairs. */
function slotsOf(
  schedule: Schedule,
  firstDay: number,
  days: number,
  policy: AvailabilityRequest['policy'],
): number[][] {
  const result = availability({
    window: { start: firstDay * DAY, end: (firstDay + days) * DAY },
    now: 0,
    people: [{ id: 'p', schedule }],
    policy,
  })
  return result.people[0]!.days.flatMap((d) => d.slots.map((s) => [s.start, s.end]))
}

/** A testkit schedule without what Calendly cannot hold at all (zone changes) and with leave on whole minutes. */
const representable = (firstDay: number, days: number) =>
  arbitrarySchedule(firstDay, days).map((schedule): Schedule => {
    const { zoneChanges: _, leave, ...rest } = schedule as Schedule
    if (leave === undefined) return rest
    return {
      ...rest,
      leave: leave.map((item) =>
        typeof item === 'object' && 'start' in item
          ? { start: Math.floor(item.start / MINUTE) * MINUTE, end: Math.ceil(item.end / MINUTE) * MINUTE }
          : item,
      ),
    }
  })

/**
 * True when a range or break of `schedule` starts or ends at a wall time that does not exist
 * on its date (inside a DST gap) in `[firstDay, lastDay]`. The core moves such a time forward
 * before subtracting breaks; wall-clock rules subtract first. See the README's quirks.
 */
function touchesDstGap(schedule: Schedule, firstDay: number, lastDay: number): boolean {
  const zone = schedule.timeZone
  const exists = (day: number, seconds: number) => {
    const wall = `${formatPlainDate(day + Math.floor(seconds / 86_400))}T${formatPlainTime(seconds % 86_400)}`
    return toWallTime(toInstant(wall, zone), zone) === wall
  }
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
  for (let day = firstDay; day <= lastDay; day++) {
    const name = names[(day + 4) % 7]!
    const date = formatPlainDate(day)
    const ranges = [
      ...(schedule.overrides?.find((o) => o.date === date)?.hours ?? schedule.weekly?.[name] ?? []),
      ...(schedule.breaks?.weekly?.[name] ?? []),
      ...(schedule.breaks?.dates?.find((b) => b.date === date)?.hours ?? []),
    ]
    for (const range of ranges) {
      const from = parsePlainTime(range.from)
      let to = parsePlainTime(range.to)
      if (to <= from) to += 86_400
      if (!exists(day, from) || !exists(day, to)) return true
    }
  }
  return false
}

const windowArbitrary = fc.record({
  firstDay: fc
    .tuple(fc.constantFrom(...REQUEST_ANCHOR_DATES), fc.integer({ min: -3, max: 1 }))
    .map(([d, s]) => dayNumberOf(d) + s),
  days: fc.integer({ min: 1, max: 6 }),
})

/** A window and a schedule around it. */
const scheduleArbitrary = windowArbitrary.chain((window) =>
  fc.record({ window: fc.constant(window), schedule: representable(window.firstDay, window.days) }),
)

const policyArbitrary = fc.record({
  durationMinutes: fc.constantFrom(15, 30, 60, 90),
  intervalMinutes: fc.constantFrom(5, 15, 30, 60),
  alignment: fc.constantFrom('window' as const, 'clock' as const),
})

describe('schedules', () => {
  test.prop({ input: scheduleArbitrary, policy: policyArbitrary })(
    'core schedule → Calendly rules → core schedule gives the same slots',
    ({ input: { window, schedule }, policy }) => {
      const written = toCalendlyAvailabilitySchedule(schedule)
      // Wall-clock rules cannot say which of a repeated hour a leave starts or ends in.
      fc.pre(!written.warnings.some((w) => w.code === 'LEAVE_IN_DST_FOLD'))
      fc.pre(!touchesDstGap(schedule, window.firstDay - 3, window.firstDay + window.days + 2))
      // An open time that really ends at 23:59 is written as 23:59: read it literally.
      const back = fromCalendlyAvailabilitySchedule(written.payload, { treat2359AsMidnight: false }).schedule
      // Two days of margin each side: night shifts and grids anchored before the window.
      const first = window.firstDay - 2
      const days = window.days + 4
      expect(slotsOf(back, first, days, policy)).toEqual(slotsOf(schedule, first, days, policy))
    },
  )

  const hhmm = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  /** Canonical intervals: sorted, apart (never touching), whole minutes, ending by 24:00. */
  const intervalsArbitrary = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b)
    const out: Array<{ from: string; to: string }> = []
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const from = sorted[i]! * 15
      const to = sorted[i + 1]! * 15
      const previous = out[out.length - 1]
      if (previous !== undefined && previous.to === hhmm(from)) continue
      out.push({ from: hhmm(from), to: to === 1440 ? '24:00' : hhmm(to) })
    }
    return out
  })
  const payloadArbitrary = fc.record({
    existing: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== 'timezone' && k !== 'rules'),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 4 },
    ),
    timezone: fc.constantFrom(...REQUEST_TIME_ZONES.filter((z) => z !== 'UTC'), 'UTC'),
    weekly: fc.tuple(...WEEKDAYS.map(() => intervalsArbitrary)),
    dates: fc.uniqueArray(
      fc.record({ day: fc.integer({ min: 20_000, max: 20_400 }), intervals: intervalsArbitrary }),
      {
        maxLength: 4,
        selector: (d) => d.day,
      },
    ),
  })

  test.prop({ input: payloadArbitrary })(
    'to(from(payload)) keeps the owned fields and every other field',
    ({ input }) => {
      const rules = [
        ...WEEKDAYS.map((wday, i) => ({ type: 'wday', wday, intervals: input.weekly[i]! })),
        ...[...input.dates]
          .sort((a, b) => a.day - b.day)
          .map((d) => ({
            type: 'date',
            date: new Date(d.day * DAY).toISOString().slice(0, 10),
            intervals: d.intervals,
          })),
      ]
      const payload = { ...input.existing, timezone: input.timezone, rules }
      const { schedule, warnings } = fromCalendlyAvailabilitySchedule(payload)
      expect(warnings).toEqual([])
      const written = toCalendlyAvailabilitySchedule(schedule, { existing: payload })
      expect(written.warnings).toEqual([])
      expect(JSON.stringify(written.payload)).toBe(JSON.stringify(payload))
    },
  )

  test.prop({
    existing: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
    input: scheduleArbitrary,
  })(
    'an update keeps every field of the existing object it does not own, in order',
    ({ existing, input: { schedule } }) => {
      const { payload } = toCalendlyAvailabilitySchedule(schedule, { existing })
      for (const key of Object.keys(existing)) {
        if (key === 'timezone' || key === 'rules') continue
        expect(Object.hasOwn(payload, key)).toBe(true)
        expect(payload[key]).toEqual(existing[key])
      }
      const kept = Object.keys(payload).filter((k) => Object.hasOwn(existing, k))
      expect(kept).toEqual(Object.keys(existing))
      expect(payload.timezone).toBe(schedule.timeZone)
    },
  )
})

describe('available times', () => {
  test.prop({ request: arbitraryAvailabilityRequest({ maxPeople: 1, maxWindowDays: 4 }) })(
    'from(to(result)) gives back the shown slots',
    ({ request }) => {
      const result = availability(request as AvailabilityRequest)
      const duration = request.policy.durationMinutes
      const body = toCalendlyAvailableTimes(result, { schedulingUrl: 'https://calendly.com/acme/x' })
      const { slots } = fromCalendlyAvailableTimes(body, { durationMinutes: duration })
      const shown = result.people[0]!.days.flatMap((d) => d.slots)
      expect(slots.map(({ start, end }) => ({ start, end }))).toEqual(shown)
      expect(
        body.collection.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(t.start_time)),
      ).toBe(true)
    },
  )
})
