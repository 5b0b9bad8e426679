// Example tests of teams (DESIGN.md, Semantics 15 and the precise rule on teams): each
// person is evaluated alone in their own zone; team modes combine the starts.
import { describe, expect, test } from 'vitest'
import type { AvailabilityRequest, BookingCheck, Person, TeamSlot } from '../index.js'
import { assign, availability, checkBooking, isSlotwiseError, type SlotwiseError } from '../index.js'

/** Monday 2024-06-10 at `hours:minutes` UTC. */
const at = (hours: number, minutes = 0) => Date.UTC(2024, 5, 10, hours, minutes)
const NINE_TO_FIVE = [{ from: '09:00', to: '17:00' }]

// In June New York is UTC−4 and London UTC+1: ana works 13:00Z–21:00Z, ben 08:00Z–16:00Z.
const ana: Person = {
  id: 'ana',
  schedule: { timeZone: 'America/New_York', weekly: { monday: NINE_TO_FIVE } },
}
const ben: Person = {
  id: 'ben',
  schedule: { timeZone: 'Europe/London', weekly: { monday: NINE_TO_FIVE } },
  busy: [{ id: 'ben-review', start: at(14), end: at(15) }],
}
const cara: Person = {
  id: 'cara',
  schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '10:00', to: '14:00' }] } },
}

function teamOf(people: readonly Person[], team?: AvailabilityRequest['team']): AvailabilityRequest {
  return {
    window: { start: at(0), end: Date.UTC(2024, 5, 11) },
    now: Date.UTC(2024, 0, 1),
    people,
    policy: { durationMinutes: 60 },
    ...(team === undefined ? {} : { team }),
  }
}

/** Team slots as `[UTC hour, people]`. */
function teamSlots(request: AvailabilityRequest): Array<[number, string[]]> {
  const team = availability(request).team
  if (team === undefined) throw new Error('no team result')
  for (const slot of team.slots) expect(slot.end - slot.start).toBe(3_600_000)
  return team.slots.map((slot: TeamSlot) => [new Date(slot.start).getUTCHours(), slot.people])
}

function personStarts(request: AvailabilityRequest, index: number): number[] {
  return availability(request).people[index]!.days.flatMap((day) => day.slots.map((slot) => slot.start))
}

describe('team modes', () => {
  test('each person keeps their own zone and busy time', () => {
    const request = teamOf([ana, ben])
    expect(personStarts(request, 0)).toEqual([13, 14, 15, 16, 17, 18, 19, 20].map((hour) => at(hour)))
    expect(personStarts(request, 1)).toEqual([8, 9, 10, 11, 12, 13, 15].map((hour) => at(hour)))
  })

  test('collective: the starts everyone has, a subset of each member’s slots', () => {
    const request = teamOf([ana, ben], { mode: 'collective' })
    expect(teamSlots(request)).toEqual([
      [13, ['ana', 'ben']],
      [15, ['ana', 'ben']],
    ])
    const team = availability(request).team!
    for (const index of [0, 1]) {
      const own = personStarts(request, index)
      for (const slot of team.slots) expect(own).toContain(slot.start)
    }
  })

  test('collective needs the same start on every grid: 09:00 and 09:30 grids never meet', () => {
    const dan: Person = {
      id: 'dan',
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '13:30', to: '17:00' }] } },
    }
    expect(teamSlots(teamOf([ana, dan], { mode: 'collective' }))).toEqual([])
  })

  test('anyOf: the union, each start listing who is free in input order', () => {
    expect(teamSlots(teamOf([ana, ben], { mode: 'anyOf' }))).toEqual([
      [8, ['ben']],
      [9, ['ben']],
      [10, ['ben']],
      [11, ['ben']],
      [12, ['ben']],
      [13, ['ana', 'ben']],
      [14, ['ana']],
      [15, ['ana', 'ben']],
      [16, ['ana']],
      [17, ['ana']],
      [18, ['ana']],
      [19, ['ana']],
      [20, ['ana']],
    ])
    const reversed = teamSlots(teamOf([ben, ana], { mode: 'anyOf' }))
    expect(reversed.find(([hour]) => hour === 13)).toEqual([13, ['ben', 'ana']])
  })

  test('atLeast(2): the starts at least two people have, with their ids', () => {
    expect(teamSlots(teamOf([ana, ben, cara], { mode: 'atLeast', count: 2 }))).toEqual([
      [10, ['ben', 'cara']],
      [11, ['ben', 'cara']],
      [12, ['ben', 'cara']],
      [13, ['ana', 'ben', 'cara']],
      [15, ['ana', 'ben']],
    ])
  })

  test('without a team mode there is no team result', () => {
    expect(availability(teamOf([ana, ben])).team).toBeUndefined()
  })

  test('atLeast with a count above the number of people is refused', () => {
    let error: SlotwiseError | undefined
    try {
      availability(teamOf([ana, ben], { mode: 'atLeast', count: 3 }))
    } catch (caught) {
      if (isSlotwiseError(caught)) error = caught
    }
    expect([error?.code, error?.path]).toEqual(['INVALID_REQUEST', 'team.count'])
  })

  test('checkBooking follows the team mode', () => {
    const fourteen = { start: at(14), end: at(15) }
    const collective: BookingCheck = checkBooking(teamOf([ana, ben], { mode: 'collective' }), fourteen)
    expect(collective).toEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: ['ben-review'], personId: 'ben' }],
    })
    expect(checkBooking(teamOf([ana, ben], { mode: 'anyOf' }), fourteen)).toEqual({
      ok: true,
      people: ['ana'],
    })
    expect(
      checkBooking(teamOf([ana, ben, cara], { mode: 'atLeast', count: 2 }), { start: at(13), end: at(14) }),
    ).toEqual({
      ok: true,
      people: ['ana', 'ben', 'cara'],
    })
  })
})

describe('assign', () => {
  const slot = { people: ['ana', 'ben', 'cara'] }

  test('the highest priority wins, whatever the bookings', () => {
    expect(
      assign(slot, [{ id: 'ana', priority: 1 }, { id: 'ben', priority: 2, bookings: 9 }, { id: 'cara' }]),
    ).toBe('ben')
  })

  test('at equal priority, the fewest bookings win', () => {
    expect(
      assign(slot, [
        { id: 'ana', bookings: 3 },
        { id: 'ben', bookings: 1 },
        { id: 'cara', bookings: 2 },
      ]),
    ).toBe('ben')
  })

  test('a full tie goes to the earliest candidate in input order', () => {
    expect(
      assign(slot, [
        { id: 'cara', bookings: 1 },
        { id: 'ana', bookings: 1 },
        { id: 'ben', bookings: 1 },
      ]),
    ).toBe('cara')
  })

  test('only the people free for the slot are eligible', () => {
    expect(assign({ people: ['ben'] }, [{ id: 'ana', priority: 5 }, { id: 'ben' }])).toBe('ben')
    expect(assign({ people: [] }, [{ id: 'ana' }])).toBeUndefined()
  })

  test('picks from an anyOf team slot', () => {
    const team = availability(teamOf([ana, ben], { mode: 'anyOf' })).team!
    const thirteen = team.slots.find((slot) => slot.start === at(13))!
    const fourteen = team.slots.find((slot) => slot.start === at(14))!
    const candidates = [
      { id: 'ana', bookings: 4 },
      { id: 'ben', bookings: 2 },
    ]
    expect(assign(thirteen, candidates)).toBe('ben')
    expect(assign(fourteen, candidates)).toBe('ana')
  })

  test('bad candidates raise INVALID_ARGUMENT with a path', () => {
    const failure = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        if (isSlotwiseError(error)) return [error.code, error.path]
      }
      return undefined
    }
    expect(failure(() => assign(slot, [{ id: 'ana', bookings: -1 }]))).toEqual([
      'INVALID_ARGUMENT',
      'candidates[0].bookings',
    ])
    expect(failure(() => assign(slot, [{ id: 'ana' }, { id: '' }]))).toEqual([
      'INVALID_ARGUMENT',
      'candidates[1].id',
    ])
    expect(failure(() => assign(slot, [{ id: 'ana', priority: Number.NaN }]))).toEqual([
      'INVALID_ARGUMENT',
      'candidates[0].priority',
    ])
    expect(failure(() => assign(slot, undefined as never))).toEqual(['INVALID_ARGUMENT', 'candidates'])
  })
})
