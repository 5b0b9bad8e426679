// Cross-vendor interop: a schedule moved Calendly → core → LeadConnector (calendar
// openHours/availabilities, then user schedule rules) → core → LeadSquared work-day template
// → core → Calendly again gives the same slots, to the instant, over a month in which the
// clocks change; and the Calendly rules that come out are the rules that went in.
//
// apps/demo is the one place allowed to import all three adapters. Every hop goes through
// JSON.stringify/JSON.parse, as it would over the wire, and every mapping must report no
// warning: nothing is lost or reinterpreted on the way.
import { fromCalendlyAvailabilitySchedule, toCalendlyAvailabilitySchedule } from '@slotwise/calendly'
import {
  type AvailabilityResult,
  availability,
  type Schedule,
  type SlotPolicy,
  timeZoneTransitions,
  toInstant,
  toOffsetDateTime,
  toWallTime,
} from '@slotwise/core'
import {
  fromLeadConnectorCalendar,
  fromLeadConnectorSchedule,
  toLeadConnectorCalendar,
  toLeadConnectorSchedule,
} from '@slotwise/leadconnector'
import { fromLeadSquaredTemplate, toLeadSquaredTemplate } from '@slotwise/leadsquared'
import { describe, expect, it } from 'vitest'

/** Over the wire: plain JSON in, plain JSON out. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const interval = (from: string, to: string) => ({ from, to })

interface Case {
  readonly zone: string
  /** The local date the clocks change, inside March 2026. */
  readonly changeDate: string
  readonly changeUtc: number
  /** A date override, a closed date, and an override on the day of the change itself. */
  readonly override: string
  readonly closed: string
  /** The same wall clock on a date before and after the change, and its UTC hour each time. */
  readonly sameWallClock: readonly [before: string, after: string, utcBefore: number, utcAfter: number]
  readonly changeDayHours: readonly { from: string; to: string }[]
}

const CASES: readonly Case[] = [
  {
    zone: 'America/New_York',
    changeDate: '2026-03-08',
    changeUtc: Date.UTC(2026, 2, 8, 7),
    override: '2026-03-12',
    closed: '2026-03-17',
    sameWallClock: ['2026-03-02T09:00', '2026-03-09T09:00', 14, 13],
    // 02:00–03:00 does not exist that day: a range across the gap is 1 hour shorter.
    changeDayHours: [interval('01:00', '04:00'), interval('10:00', '12:00')],
  },
  {
    zone: 'Europe/London',
    changeDate: '2026-03-29',
    changeUtc: Date.UTC(2026, 2, 29, 1),
    override: '2026-03-25',
    closed: '2026-03-30',
    sameWallClock: ['2026-03-24T09:00', '2026-03-31T09:00', 9, 8],
    // 01:00–02:00 does not exist that day.
    changeDayHours: [interval('00:30', '03:30'), interval('10:00', '12:00')],
  },
]

/**
 * A Calendly user availability schedule (GET /user_availability_schedules/{uuid}) in the
 * canonical form Calendly's writer uses: seven `wday` rules, Sunday first, then `date`
 * rules by date. Weekly hours with split days (one day split twice), a Saturday, no Sunday;
 * an override, a closed date, and an override on the day the clocks change.
 */
function calendlyResource(c: Case) {
  const office = [interval('09:00', '12:00'), interval('13:00', '17:30')]
  return {
    uri: `https://api.calendly.com/user_availability_schedules/SCH-${c.zone.replace('/', '-')}`,
    default: true,
    name: `Working hours (${c.zone})`,
    user: 'https://api.calendly.com/users/USR-INTEROP',
    timezone: c.zone,
    rules: [
      { type: 'wday', wday: 'sunday', intervals: [] },
      { type: 'wday', wday: 'monday', intervals: office },
      { type: 'wday', wday: 'tuesday', intervals: office },
      {
        type: 'wday',
        wday: 'wednesday',
        intervals: [interval('08:00', '11:00'), interval('12:00', '15:00'), interval('16:00', '19:00')],
      },
      { type: 'wday', wday: 'thursday', intervals: office },
      { type: 'wday', wday: 'friday', intervals: [interval('08:30', '14:00')] },
      { type: 'wday', wday: 'saturday', intervals: [interval('10:00', '13:00')] },
      ...[
        { type: 'date', date: c.changeDate, intervals: c.changeDayHours },
        { type: 'date', date: c.override, intervals: [interval('10:00', '15:00')] },
        { type: 'date', date: c.closed, intervals: [] },
      ].sort((a, b) => (a.date < b.date ? -1 : 1)),
    ],
  }
}

const POLICIES: readonly SlotPolicy[] = [
  { durationMinutes: 30 },
  { durationMinutes: 45, intervalMinutes: 15 },
  { durationMinutes: 60, alignment: 'clock' },
]

const NOW = Date.UTC(2026, 1, 1)

function slotsOf(schedule: Schedule, zone: string, policy: SlotPolicy) {
  const result: AvailabilityResult = availability({
    window: { from: '2026-03-01', to: '2026-03-31', timeZone: zone },
    now: NOW,
    people: [{ id: 'interop', schedule }],
    policy,
  })
  return result.people[0]!.days.flatMap((day) => day.slots.map((slot) => [slot.start, slot.end]))
}

const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code)

/** Every hop of the journey, with the core schedule after it and the warnings it raised. */
function journey(c: Case) {
  const original = calendlyResource(c)
  const steps: { name: string; schedule: Schedule; warnings: string[] }[] = []

  // Calendly → core.
  const fromCalendly = fromCalendlyAvailabilitySchedule(wire({ resource: original }))
  steps.push({
    name: 'Calendly rules',
    schedule: fromCalendly.schedule,
    warnings: codes(fromCalendly.warnings),
  })

  // core → LeadConnector calendar (openHours + availabilities, wall clock of the location) → core.
  const calendar = toLeadConnectorCalendar(
    fromCalendly.schedule,
    { calendar: { id: 'CaLInterop', name: 'Interop', slotDuration: 30, slotDurationUnit: 'mins' } },
    { timeZone: c.zone },
  )
  const fromCalendar = fromLeadConnectorCalendar(wire({ calendar: calendar.calendar }), { timeZone: c.zone })
  steps.push({
    name: 'LeadConnector calendar',
    schedule: fromCalendar.schedule,
    warnings: [...codes(calendar.warnings), ...codes(fromCalendar.warnings)],
  })

  // core → LeadConnector user availability schedule (`wday`/`date` rules, own timezone) → core.
  const userSchedule = toLeadConnectorSchedule(fromCalendar.schedule, {
    schedule: { id: 'ScHInterop', name: 'Interop', userId: 'UsRInterop', calendarIds: ['CaLInterop'] },
  })
  const fromUserSchedule = fromLeadConnectorSchedule(wire({ schedule: userSchedule.schedule }))
  steps.push({
    name: 'LeadConnector user schedule',
    schedule: fromUserSchedule.schedule,
    warnings: [...codes(userSchedule.warnings), ...codes(fromUserSchedule.warnings)],
  })

  // core → LeadSquared work-day template (WorkingDays, day-wise hours, DateOverrides) → core.
  const template = toLeadSquaredTemplate(fromUserSchedule.schedule, { Id: 'wdt-interop', Name: 'Interop' })
  const fromTemplate = fromLeadSquaredTemplate(wire(template.value))
  steps.push({
    name: 'LeadSquared template',
    schedule: fromTemplate.value,
    warnings: [...codes(template.warnings), ...codes(fromTemplate.warnings)],
  })

  // core → Calendly rules again (updating the schedule we started from).
  const back = toCalendlyAvailabilitySchedule(fromTemplate.value, { existing: wire(original) })
  const reread = fromCalendlyAvailabilitySchedule(wire({ resource: back.payload }))
  steps.push({
    name: 'Calendly rules again',
    schedule: reread.schedule,
    warnings: [...codes(back.warnings), ...codes(reread.warnings)],
  })
  return { original, steps, final: back.payload, template: template.value, calendar: calendar.calendar }
}

describe.each(CASES)('Calendly → LeadConnector → LeadSquared → Calendly in $zone, March 2026', (c) => {
  const { original, steps, final, template, calendar } = journey(c)

  it('loses nothing on the way: no mapping warns', () => {
    expect(steps.map((step) => [step.name, step.warnings])).toEqual(steps.map((step) => [step.name, []]))
  })

  it('every vendor holds the override, the closed date and the change-day hours', () => {
    // LeadConnector: date availabilities (`<local date>T00:00:00.000Z`), a closed date as `hours: []`.
    const availabilities = calendar.availabilities.map((a) => [a.date.slice(0, 10), a.hours.length])
    expect(availabilities).toEqual(
      [
        [c.changeDate, 2],
        [c.override, 1],
        [c.closed, 0],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    )
    // LeadSquared: the same three as DateOverrides, the split days as day-wise hours.
    expect(template.DateOverrides?.map((o) => [o.Date, o.WorkingHours?.length])).toEqual(availabilities)
    expect(template.WorkingDays).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])
    expect(template.DayWise).toBe(true)
  })

  it.each(POLICIES)('gives identical slots at every hop (%o)', (policy) => {
    const reference = slotsOf(steps[0]!.schedule, c.zone, policy)
    expect(reference.length).toBeGreaterThan(100)
    for (const step of steps.slice(1)) {
      expect({ step: step.name, slots: slotsOf(step.schedule, c.zone, policy) }).toEqual({
        step: step.name,
        slots: reference,
      })
    }
  })

  it('the month really crosses the clock change: the same wall clock moves in UTC', () => {
    const [before, after, utcBefore, utcAfter] = c.sameWallClock
    const starts = new Set(
      slotsOf(steps[steps.length - 1]!.schedule, c.zone, { durationMinutes: 30 }).map((s) => s[0]),
    )
    const first = toInstant(before, c.zone)
    const second = toInstant(after, c.zone)
    const utcHour = (instant: number) => Number(toWallTime(instant, 'UTC').slice(11, 13))
    expect([utcHour(first), utcHour(second)]).toEqual([utcBefore, utcAfter])
    const march = { start: toInstant('2026-03-01T00:00', c.zone), end: toInstant('2026-04-01T00:00', c.zone) }
    expect(timeZoneTransitions(c.zone, march).map((t) => t.instant)).toEqual([c.changeUtc])
    expect(starts.has(first) && starts.has(second)).toBe(true)
    // On the day of the change the hours around the gap are one hour shorter in real time.
    const changeDay = slotsOf(steps[steps.length - 1]!.schedule, c.zone, { durationMinutes: 30 }).filter(
      (s) => toOffsetDateTime(s[0]!, c.zone).startsWith(c.changeDate),
    )
    const early = changeDay.filter((s) => toOffsetDateTime(s[0]!, c.zone).slice(11, 13) < '06')
    const wallHours = c.changeDayHours[0]!
    const wallLength =
      (toInstant(`2026-01-01T${wallHours.to}`, 'UTC') - toInstant(`2026-01-01T${wallHours.from}`, 'UTC')) /
      1_800_000
    // The skipped hour would have held two 30-minute slots.
    expect(early.length).toBe(wallLength - 2)
  })

  it('ends with the Calendly rules it started from', () => {
    // Calendly's writer keeps every field of `existing` but `timezone` and `rules`, writes
    // seven `wday` rules Sunday first and then every override as a `date` rule by date:
    // the form the original is written in, so the whole resource comes back equal.
    expect(final.rules).toEqual(original.rules)
    expect(final).toEqual(original)
  })
})
