// The bundled sample team: plain `@slotwise/core` request objects, no adapter involved.
//
// It mirrors the cast of the vendor fixtures (packages/leadconnector/src/__fixtures__/
// week-schedules.json and week-events.json: Ana in New York, Ben in London, Chandra in
// Kolkata, one calendar, a recurring daily meeting) in the form the adapters turn those
// payloads into: a `schedule` per person and `busy` events as instants. The hours are
// longer than the fixtures' so a week has enough to show, and the week is 2026-03-05 …
// 2026-03-11, which holds the United States' clock change (Sunday 2026-03-08, 02:00 →
// 03:00 in New York) while London and Kolkata keep their offsets: Ana's 09:00 moves from
// 14:00 to 13:00 UTC, so the team's shared hours grow by one hour from Monday. Breaks end
// on the hour or half hour so that, under `alignment: 'window'`, everyone's grid lines up
// and the collective view has slots (try 45-minute breaks to see it empty out).
import type { AvailabilityRequest, BusyEvent, Person, WeeklyHours } from '@slotwise/core'

/** The first date of the sample week (a Thursday). */
export const SAMPLE_WEEK_START = '2026-03-05'

/** The sample's "now": Thursday 2026-03-05 05:30 UTC. The core never reads the clock. */
export const SAMPLE_NOW = Date.UTC(2026, 2, 5, 5, 30)

/** Names to show for the sample's person ids (a core `Person` has only an id). */
export const SAMPLE_NAMES: Readonly<Record<string, string>> = {
  ana: 'Ana',
  ben: 'Ben',
  chandra: 'Chandra',
}

const weekdays = (from: string, to: string): WeeklyHours => ({
  monday: [{ from, to }],
  tuesday: [{ from, to }],
  wednesday: [{ from, to }],
  thursday: [{ from, to }],
  friday: [{ from, to }],
})

/** An instant from UTC parts, March 2026. */
const mar = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour, minute)

const anaBusy: BusyEvent[] = [
  // 09:00–09:15 New York time every weekday: 14:00Z before the change, 13:00Z after it.
  {
    id: 'ana-standup',
    start: mar(5, 14),
    end: mar(5, 14, 15),
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', timeZone: 'America/New_York' },
  },
  { id: 'ana-acme-demo', start: mar(9, 14), end: mar(9, 15) }, // Mon 10:00–11:00 EDT (week-events.json)
  { id: 'ana-dentist', start: mar(6, 19), end: mar(6, 20, 30) }, // Fri 14:00–15:30 EST
  { id: 'ana-focus', start: mar(10, 18), end: mar(10, 20), soft: true }, // Tue 14:00–16:00 EDT, allows conflicts
]

const benBusy: BusyEvent[] = [
  { id: 'ben-planning', start: mar(5, 10), end: mar(5, 11, 30) }, // Thu 10:00–11:30 GMT
  { id: 'ben-early-demo', start: mar(6, 10), end: mar(6, 10, 30), bufferAfterMinutes: 15 }, // week-events.json
  { id: 'ben-interview', start: mar(10, 14), end: mar(10, 15), bufferBeforeMinutes: 15 },
  { id: 'ben-offsite', start: mar(11, 13, 30), end: mar(11, 17, 30) },
]

const chandraBusy: BusyEvent[] = [
  // The fixtures' "Daily sync", 21:30–22:00 Kolkata time (16:00Z) every weekday.
  {
    id: 'chandra-daily-sync',
    start: mar(5, 16),
    end: mar(5, 16, 30),
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', timeZone: 'Asia/Kolkata' },
  },
  { id: 'chandra-review', start: mar(5, 9, 30), end: mar(5, 10, 30) }, // Thu 15:00–16:00 IST
  { id: 'chandra-customer', start: mar(9, 8), end: mar(9, 9) }, // Mon 13:30–14:30 IST
]

/** The three people: each keeps their own zone, hours, breaks and busy time. */
export const SAMPLE_PEOPLE: readonly Person[] = [
  {
    id: 'ana',
    schedule: {
      timeZone: 'America/New_York',
      weekly: weekdays('09:00', '17:00'),
      breaks: { weekly: weekdays('12:00', '13:00') },
      // Leaves early on Thursday: a partial leave given as instants (15:00–17:00 EST).
      leave: [{ start: mar(5, 20), end: mar(5, 22) }],
    },
    busy: anaBusy,
  },
  {
    id: 'ben',
    schedule: {
      timeZone: 'Europe/London',
      weekly: weekdays('09:00', '17:30'),
      breaks: { weekly: weekdays('12:30', '13:30') },
    },
    busy: benBusy,
  },
  {
    id: 'chandra',
    schedule: {
      timeZone: 'Asia/Kolkata',
      // A late desk covering the Americas: 13:00–22:00 IST is 07:30–16:30 UTC.
      weekly: weekdays('13:00', '22:00'),
      breaks: { weekly: weekdays('17:00', '18:00') },
    },
    busy: chandraBusy,
  },
]

/**
 * The whole sample as one core request. The page replaces `window` with the week shown
 * in the viewing zone and `policy` with the controls' values.
 */
export const SAMPLE_REQUEST: AvailabilityRequest = {
  window: { from: SAMPLE_WEEK_START, to: '2026-03-11', timeZone: 'UTC' },
  now: SAMPLE_NOW,
  people: SAMPLE_PEOPLE,
  policy: { durationMinutes: 30 },
}
