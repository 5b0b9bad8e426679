// A week of 09:00–17:00 working hours for three people in three zones, across the day the
// United States moves its clocks (Sunday 2026-03-08). The hours stay 09:00–17:00 on each
// person's wall clock; the instants, the overlap in UTC and the length of a day move.
import {
  addDays,
  formatPlainDate,
  parsePlainDate,
  parsePlainTime,
  timeZoneTransitions,
  toInstantFromWallMilliseconds,
  toWallTime,
  weekdayOf,
} from '@slotwise/core'

const people = [
  { name: 'Ana', timeZone: 'America/New_York' },
  { name: 'Ben', timeZone: 'Europe/London' },
  { name: 'Chen', timeZone: 'Australia/Sydney' },
] as const

const DAY_MS = 86_400_000
const firstDate = parsePlainDate('2026-03-05')
const workStart = parsePlainTime('09:00') * 1000
const workEnd = parsePlainTime('17:00') * 1000
const weekdayNames = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

const utcClock = (instant: number) => toWallTime(instant, 'UTC').slice(5, 16).replace('T', ' ')

console.log('Slotwise demo: 09:00–17:00 on each wall clock, shown in UTC\n')
for (const person of people) {
  const windowStart = toInstantFromWallMilliseconds(firstDate * DAY_MS, person.timeZone)
  const windowEnd = toInstantFromWallMilliseconds(addDays(firstDate, 7) * DAY_MS, person.timeZone)
  const changes = timeZoneTransitions(person.timeZone, { start: windowStart, end: windowEnd })
  const note =
    changes.length === 0
      ? 'no clock change this week'
      : changes
          .map((c) => `clocks change at ${toWallTime(c.instant, person.timeZone).slice(0, 16)} local`)
          .join('; ')
  console.log(`${person.name} (${person.timeZone}): ${note}`)
  for (let offset = 0; offset < 7; offset++) {
    const date = addDays(firstDate, offset)
    const weekday = weekdayOf(date)
    const label = `${weekdayNames[weekday]} ${formatPlainDate(date)}`
    // A local day is not 24 hours when the clocks change: build both ends in wall time.
    const dayStart = toInstantFromWallMilliseconds(date * DAY_MS, person.timeZone)
    const dayEnd = toInstantFromWallMilliseconds(addDays(date, 1) * DAY_MS, person.timeZone)
    const dayHours = (dayEnd - dayStart) / 3_600_000
    const dayNote = dayHours === 24 ? '' : `   (this local day lasts ${dayHours} h)`
    if (weekday >= 6) {
      console.log(`  ${label}  off${dayNote}`)
      continue
    }
    const start = toInstantFromWallMilliseconds(date * DAY_MS + workStart, person.timeZone)
    const end = toInstantFromWallMilliseconds(date * DAY_MS + workEnd, person.timeZone)
    console.log(`  ${label}  09:00–17:00 local = ${utcClock(start)} → ${utcClock(end)} UTC${dayNote}`)
  }
  console.log('')
}

// The same wall clock means a different overlap once New York has moved and London has not.
const overlap = (date: number) => {
  const [ny, london] = [people[0], people[1]].map((p) => ({
    start: toInstantFromWallMilliseconds(date * DAY_MS + workStart, p.timeZone),
    end: toInstantFromWallMilliseconds(date * DAY_MS + workEnd, p.timeZone),
  }))
  return (Math.min(ny!.end, london!.end) - Math.max(ny!.start, london!.start)) / 3_600_000
}
console.log(
  `Ana and Ben share ${overlap(parsePlainDate('2026-03-06'))} h on Friday 2026-03-06 ` +
    `and ${overlap(parsePlainDate('2026-03-09'))} h on Monday 2026-03-09.`,
)
