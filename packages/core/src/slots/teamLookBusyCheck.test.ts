// With a team mode and lookBusy.enforce, checkBooking enforces what the team's answer hides,
// not what each member's own answer would hide: a start that a member's own answer hides but
// the team's answer lists is bookable, with that member among the people. The hidden sets
// come from availability() itself; the seed is one whose hidden sets differ in that way.
import { expect, test } from 'vitest'
import { type AvailabilityRequest, availability, checkBooking } from '../index.js'

const hours = (from: string, to: string) => ({ timeZone: 'UTC', weekly: { monday: [{ from, to }] } })
const policy = { durationMinutes: 30, lookBusy: { percent: 50, seed: 'b', enforce: true } }
const window = { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' }

test('a start hidden only in a member’s own answer is booked for the team, member included', () => {
  // ana works 09:00–17:00, ben 09:00–11:00: the team's slots are ana's, ben's are four.
  const people = [
    { id: 'ana', schedule: hours('09:00', '17:00') },
    { id: 'ben', schedule: hours('09:00', '11:00') },
  ]
  const team: AvailabilityRequest = { window, now: 0, people, policy, team: { mode: 'anyOf' } }
  const benAlone = availability({ window, now: 0, people: [people[1]!], policy })
  const teamAnswer = availability(team).team!
  const hiddenForBen = benAlone.people[0]!.days[0]!.hidden.map((slot) => slot.start)
  const listedForTeam = new Set(teamAnswer.slots.map((slot) => slot.start))
  const starts = hiddenForBen.filter((start) => listedForTeam.has(start))
  expect(starts.length).toBeGreaterThan(0)
  for (const start of starts) {
    expect(checkBooking(team, { start, end: start + 30 * 60_000 })).toEqual({
      ok: true,
      people: ['ana', 'ben'],
    })
  }
  // And a start the team's answer hides is refused as Busy, with no event ids.
  const hiddenForTeam = teamAnswer.hidden[0]!.start
  expect(checkBooking(team, { start: hiddenForTeam, end: hiddenForTeam + 30 * 60_000 })).toEqual({
    ok: false,
    reasons: [{ code: 'Busy', eventIds: [] }],
  })
})
