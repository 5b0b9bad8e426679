import { fc, test } from '@fast-check/vitest'
import { availability, type Schedule, type SlotPolicy } from '@slotwise/core'
import {
  arbitrarySchedule,
  dayNumberOf,
  formatDayNumber,
  REQUEST_ANCHOR_DATES,
  type TestSchedule,
} from '@slotwise/testkit'
import { expect } from 'vitest'
import {
  fromLeadConnectorCalendar,
  fromLeadConnectorFreeSlots,
  fromLeadConnectorSchedule,
  toLeadConnectorCalendar,
  toLeadConnectorFreeSlots,
  toLeadConnectorSchedule,
  type VendorWarning,
} from './index.js'

/**
 * A core schedule LeadConnector can hold (no leave by the hour, no zone changes: those are
 * reported, not written), a window of a few days around a 2024 DST change, and a policy.
 */
const scheduleCase = fc
  .record({
    anchor: fc.constantFrom(...REQUEST_ANCHOR_DATES),
    shift: fc.integer({ min: -3, max: 1 }),
    days: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ anchor, shift, days }) => {
    const firstDay = dayNumberOf(anchor) + shift
    return fc.record({
      firstDay: fc.constant(firstDay),
      days: fc.constant(days),
      schedule: arbitrarySchedule(firstDay, days).map(representable),
      policy: fc.record({
        durationMinutes: fc.constantFrom(15, 30, 45, 60, 120),
        intervalMinutes: fc.constantFrom(15, 30, 60),
        alignment: fc.constantFrom<'window' | 'clock' | 'free'>('window', 'clock', 'free'),
      }),
    })
  })

function representable(schedule: TestSchedule): Schedule {
  const { zoneChanges: _, leave, ...rest } = schedule
  const days = (leave ?? []).filter((entry) => typeof entry === 'string' || 'from' in entry)
  return (days.length > 0 ? { ...rest, leave: days } : rest) as Schedule
}

/** Slot starts per local date of the window. */
function slots(schedule: Schedule, policy: SlotPolicy, firstDay: number, days: number): [string, number[]][] {
  const result = availability({
    window: {
      from: formatDayNumber(firstDay),
      to: formatDayNumber(firstDay + days - 1),
      timeZone: schedule.timeZone,
    },
    now: firstDay * 86_400_000 - 30 * 86_400_000,
    people: [{ id: 'p', schedule }],
    policy,
  })
  return result.people[0]!.days.map((day) => [day.date, day.slots.map((slot) => slot.start)])
}

/** A real 23:59 end reads back as 24:00: the one loss LeadConnector's formats force, and it is reported. */
const lossless = (warnings: readonly VendorWarning[]) =>
  !warnings.some((w) => w.code === 'END_OF_DAY_AMBIGUOUS')

test.prop({ c: scheduleCase })(
  'core schedule → openHours/availabilities → core schedule gives the same availability',
  ({ c }) => {
    const written = toLeadConnectorCalendar(c.schedule, undefined, { timeZone: c.schedule.timeZone })
    fc.pre(lossless(written.warnings))
    const read = fromLeadConnectorCalendar(written.calendar, { timeZone: c.schedule.timeZone })
    expect(slots(read.schedule, c.policy, c.firstDay, c.days)).toEqual(
      slots(c.schedule, c.policy, c.firstDay, c.days),
    )
  },
)

test.prop({ c: scheduleCase })(
  'core schedule → schedule rules → core schedule gives the same availability',
  ({ c }) => {
    const written = toLeadConnectorSchedule(c.schedule)
    fc.pre(lossless(written.warnings))
    const read = fromLeadConnectorSchedule(written.schedule)
    expect(slots(read.schedule, c.policy, c.firstDay, c.days)).toEqual(
      slots(c.schedule, c.policy, c.firstDay, c.days),
    )
  },
)

test.prop({ c: scheduleCase })(
  'to(from(payload)) keeps the owned fields of a calendar LeadConnector could send',
  ({ c }) => {
    const payload = toLeadConnectorCalendar(c.schedule).calendar
    const again = toLeadConnectorCalendar(
      fromLeadConnectorCalendar(payload, { timeZone: c.schedule.timeZone }).schedule,
      payload,
    )
    expect(JSON.stringify(again.calendar)).toBe(JSON.stringify(payload))
  },
)

test.prop({ c: scheduleCase })(
  'to(from(payload)) keeps the owned fields of a schedule LeadConnector could send',
  ({ c }) => {
    const payload = toLeadConnectorSchedule(c.schedule).schedule
    const again = toLeadConnectorSchedule(fromLeadConnectorSchedule(payload).schedule, payload)
    expect(JSON.stringify(again.schedule)).toBe(JSON.stringify(payload))
  },
)

const unowned = fc.dictionary(
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('id', 'name', 'constructor', 'toString', 'teamMembers', 'slotDuration'),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 8 },
)

test.prop({ c: scheduleCase, extra: unowned })(
  'an update keeps every field of the calendar it does not own',
  ({ c, extra }) => {
    const existing = {
      ...extra,
      openHours: 'old',
      availabilities: [{ id: 'a1', date: '2020-01-01T00:00:00.000Z', hours: [] }],
    }
    const { calendar } = toLeadConnectorCalendar(c.schedule, { calendar: existing })
    for (const key of Object.keys(extra)) {
      if (key !== 'openHours' && key !== 'availabilities')
        expect(Object.hasOwn(calendar, key) && calendar[key]).toEqual(extra[key])
    }
    // The old availability it no longer needs is deleted by id, not dropped.
    expect(calendar.availabilities.find((entry) => entry.id === 'a1')?.deleted).toBe(true)
  },
)

test.prop({ c: scheduleCase, extra: unowned })(
  'an update keeps every field of the schedule it does not own',
  ({ c, extra }) => {
    const { schedule } = toLeadConnectorSchedule(c.schedule, { ...extra, rules: [], timezone: 'Old/Zone' })
    for (const key of Object.keys(extra)) {
      if (key !== 'rules' && key !== 'timezone')
        expect(Object.hasOwn(schedule, key) && schedule[key]).toEqual(extra[key])
    }
  },
)

test.prop({
  starts: fc.uniqueArray(fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }), {
    maxLength: 8,
  }),
  timeZone: fc.constantFrom(
    'UTC',
    'America/New_York',
    'Africa/Monrovia',
    'Europe/Amsterdam',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Australia/Lord_Howe',
  ),
})(
  'free slots written by toLeadConnectorFreeSlots read back as the same instants',
  ({ starts, timeZone }) => {
    const whole = starts.map((start) => start - (start % 1000))
    const written = toLeadConnectorFreeSlots(whole, { timeZone })
    expect(fromLeadConnectorFreeSlots(written).starts).toEqual([...new Set(whole)].sort((a, b) => a - b))
  },
)
