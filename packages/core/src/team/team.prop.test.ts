import { fc, test } from '@fast-check/vitest'
import {
  arbitraryAssignment,
  arbitraryAvailabilityRequest,
  arbitraryMutation,
  isRoundHalfUpShare,
  type TestAvailabilityRequest,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { availability } from '../slots/availability.js'
import { checkBooking } from '../slots/checkBooking.js'
import type { AvailabilityRequest, PersonAvailability, Slot, TeamSlot } from '../slots/types.js'
import { toInstant } from '../zone/toInstant.js'
import { type AssignCandidate, assign } from './assign.js'

// Team laws (DESIGN.md "Teams"): every person is evaluated alone with the same policy, and the
// team's slots are computed from the people's slots, shown or hidden by look-busy.

const MINUTE = 60_000
const request = (value: TestAvailabilityRequest): AvailabilityRequest => value
const byStartThenEnd = (a: Slot, b: Slot) => a.start - b.start || a.end - b.end

function bookable(person: PersonAvailability): Slot[] {
  return person.days.flatMap((day) => [...day.slots, ...day.hidden]).sort(byStartThenEnd)
}

/** The team's slots rebuilt from the people's: who has each start (input order), filtered by mode. */
function expectedTeamSlots(
  value: TestAvailabilityRequest,
  people: readonly PersonAvailability[],
): TeamSlot[] {
  const team = value.team!
  const needed = team.mode === 'collective' ? people.length : team.mode === 'atLeast' ? team.count : 1
  const who = new Map<number, string[]>()
  for (const person of people) {
    for (const slot of bookable(person)) who.set(slot.start, [...(who.get(slot.start) ?? []), person.id])
  }
  return [...who.entries()]
    .filter(([, ids]) => ids.length >= needed)
    .sort(([a], [b]) => a - b)
    .map(([start, ids]) => ({ start, end: start + value.policy.durationMinutes * MINUTE, people: ids }))
}

const teams = arbitraryAvailabilityRequest({ minPeople: 2, maxPeople: 3, team: true, maxWindowDays: 5 })

describe('team availability', () => {
  test.prop({ value: teams })(
    'collective ⊆ every member, anyOf = the union with who (input order), atLeast(n) = starts n people have',
    ({ value }) => {
      const result = availability(request(value))
      const team = result.team!
      expect(team.mode).toBe(value.team!.mode)
      const all = [...team.slots, ...team.hidden].sort(byStartThenEnd)
      expect(all).toStrictEqual(expectedTeamSlots(value, result.people))
      if (value.team!.mode === 'collective') {
        for (const person of result.people) {
          const own = new Set(bookable(person).map((slot) => slot.start))
          for (const slot of all) expect(own.has(slot.start)).toBe(true)
        }
      }
    },
  )

  // Four to nine people: the merge of their slot lists has people below the first in its order.
  const largerTeams = arbitraryAvailabilityRequest({
    minPeople: 4,
    maxPeople: 9,
    team: true,
    maxWindowDays: 3,
  })
  test.prop({ value: largerTeams })(
    'a larger team: each start lists exactly the people who have it, in input order',
    ({ value }) => {
      const result = availability(request(value))
      const all = [...result.team!.slots, ...result.team!.hidden].sort(byStartThenEnd)
      expect(all).toStrictEqual(expectedTeamSlots(value, result.people))
    },
  )

  const teamsLookingBusy = arbitraryAvailabilityRequest({
    minPeople: 2,
    maxPeople: 3,
    team: true,
    lookBusy: true,
    maxWindowDays: 3,
  })

  test.prop({ value: fc.oneof(teams, teamsLookingBusy), picks: fc.array(fc.nat(), { maxLength: 4 }) })(
    'a team slot passes checkBooking with exactly its people (a hidden one too, unless look-busy is enforced)',
    ({ value, picks }) => {
      const team = availability(request(value)).team!
      const lookBusy = value.policy.lookBusy
      const enforced = lookBusy?.enforce === true && lookBusy.percent > 0
      const all = [
        ...team.slots.map((slot) => ({ slot, hidden: false })),
        ...team.hidden.map((slot) => ({ slot, hidden: true })),
      ]
      for (const pick of picks) {
        if (all.length === 0) break
        const { slot, hidden } = all[pick % all.length]!
        expect(checkBooking(request(value), { start: slot.start, end: slot.end })).toStrictEqual(
          hidden && enforced
            ? { ok: false, reasons: [{ code: 'Busy', eventIds: [] }] }
            : { ok: true, people: slot.people },
        )
      }
    },
  )

  test.prop({
    value: arbitraryAvailabilityRequest({ minPeople: 2, maxPeople: 3, team: true, lookBusy: true }),
  })("team look-busy hides round-half-up(p·n/100) of each of the first person's local dates", ({ value }) => {
    const result = availability(request(value))
    const first = result.people[0]!
    const dateStarts = first.days.map((day) => ({
      date: day.date,
      start: toInstant(`${day.date}T00:00`, day.timeZone),
    }))
    const counts = new Map<string, { shown: number; hidden: number }>()
    const dateOf = (slot: Slot) =>
      dateStarts.filter((day) => day.start <= slot.start).at(-1)?.date ?? 'before'
    for (const [list, key] of [
      [result.team!.slots, 'shown'],
      [result.team!.hidden, 'hidden'],
    ] as const) {
      for (const slot of list) {
        const entry = counts.get(dateOf(slot)) ?? { shown: 0, hidden: 0 }
        entry[key]++
        counts.set(dateOf(slot), entry)
      }
    }
    const percent = value.policy.lookBusy!.percent
    for (const [date, { shown, hidden }] of counts) {
      expect(
        isRoundHalfUpShare(hidden, percent, shown + hidden),
        `${date}: ${hidden} = ${percent}% of ${shown + hidden}`,
      ).toBe(true)
    }
  })
})

/** The reference: among eligible candidates the highest priority, then fewest bookings, then the first listed. */
function referenceAssign(
  slot: { people: readonly string[] },
  candidates: readonly AssignCandidate[],
): string | undefined {
  const eligible = candidates
    .map((candidate, index) => ({
      id: candidate.id,
      priority: candidate.priority ?? 0,
      bookings: candidate.bookings ?? 0,
      index,
    }))
    .filter((candidate) => slot.people.includes(candidate.id))
  eligible.sort((a, b) => b.priority - a.priority || a.bookings - b.bookings || a.index - b.index)
  return eligible[0]?.id
}

describe('assign', () => {
  test.prop({ input: arbitraryAssignment() })(
    'assign picks the eligible candidate with the highest priority, then the fewest bookings, then the first',
    ({ input }) => {
      expect(assign(input.slot, input.candidates)).toBe(referenceAssign(input.slot, input.candidates))
    },
  )

  const onlySlotwiseErrors = (call: () => unknown) => {
    try {
      call()
    } catch (error) {
      if (!isSlotwiseError(error)) throw error
    }
  }

  test.prop({
    value: fc.oneof(
      fc.record({ slot: fc.anything(), candidates: fc.anything() }),
      arbitraryAssignment().chain(arbitraryMutation),
    ),
  })(
    'assign raises only SlotwiseError for anything, and for valid input with one field broken',
    ({ value }) => {
      const { slot, candidates } = (value ?? {}) as { slot?: unknown; candidates?: unknown }
      onlySlotwiseErrors(() => assign(slot as { people: string[] }, candidates as AssignCandidate[]))
    },
  )
})
