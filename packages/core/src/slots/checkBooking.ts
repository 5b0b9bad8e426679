import { fail } from '../internal/read.js'
import { readInterval } from '../interval/internal.js'
import { combineTeam, type PreparedRequest, personSlots, prepareRequest } from './availability.js'
import { hashSeed, hiddenFlags } from './lookBusy.js'
import { dayIndexAt, evaluate, type PersonState } from './preparePerson.js'
import type { AvailabilityRequest, BookingCheck, Reason, Slot } from './types.js'

/**
 * Can `proposed` be booked? The same judgement as {@link availability} (so a listed slot
 * always passes and a refused one is never listed): `{ ok: true, people }` with who can
 * take it, or `{ ok: false, reasons }` with every reason that applies, each tagged with the
 * person's id when the request has several people.
 *
 * With several people the team mode decides (`collective` when none is given). A slot
 * hidden by look-busy passes unless `lookBusy.enforce` is set; then it is refused as
 * `Busy` with no event ids, so the hiding is never revealed; with a team mode it is what the
 * team's answer hides that is enforced, not each person's own. A proposal outside the
 * request's window is judged as if the window reached it.
 * @throws SlotwiseError as {@link availability}, `INVALID_INTERVAL` for `proposed`, and
 *   `RANGE_TOO_LARGE` (path `proposed`) when the window stretched to the proposal passes `caps.maxWindowDays`.
 * @example
 * checkBooking(request, { start: Date.UTC(2024, 2, 11, 13), end: Date.UTC(2024, 2, 11, 14) }) // { ok: true, people: ['ana'] }
 */
export function checkBooking(request: AvailabilityRequest, proposed: Slot): BookingCheck {
  const slot = readInterval(proposed, 'proposed')
  if (slot.end <= slot.start) fail('INVALID_INTERVAL', 'proposed.end', slot.end, 'an end after the start')
  const prepared = prepareRequest(request, slot)
  const passing: string[] = []
  const reasons: Reason[] = []
  const several = prepared.people.length > 1
  for (const state of prepared.people) {
    let own = evaluate(state, slot.start, slot.end, true, true)
    const { lookBusyPercent, lookBusyEnforce, lookBusySeed } = state.policy
    if (own.length === 0 && prepared.team === undefined && lookBusyEnforce && lookBusyPercent > 0) {
      // Hidden or not depends on the whole local date's slots inside the window.
      const slots = slotsOfDate(prepared, state, state, slot.start)
      const flags = hiddenFlags(slots, lookBusyPercent, hashSeed(lookBusySeed))
      if (slots.some((s, i) => flags[i] && s.start === slot.start)) own = [{ code: 'Busy', eventIds: [] }]
    }
    if (own.length === 0) passing.push(state.id)
    else for (const reason of own) reasons.push(several ? { ...reason, personId: state.id } : reason)
  }
  const team = prepared.team ?? { mode: 'collective' }
  const needed =
    team.mode === 'collective' ? prepared.people.length : team.mode === 'atLeast' ? team.count : 1
  if (passing.length < needed) return { ok: false, reasons }
  const { lookBusyPercent, lookBusyEnforce, lookBusySeed } = prepared.policy
  if (prepared.team !== undefined && lookBusyEnforce && lookBusyPercent > 0) {
    // With a team mode, enforce what the team's answer hides (per local date of the first
    // person, as availability does), not what each person's own answer hides: a team slot
    // that one member hid for themselves was refused although the team answer listed it,
    // and a slot the team answer hid was accepted.
    const first = prepared.people[0]!
    const team = combineTeam(
      prepared.team,
      prepared.people.map((state) => state.id),
      prepared.policy.duration,
      prepared.people.map((state) =>
        slotsOfDate(prepared, state, first, slot.start).map((teamSlot) => teamSlot.start),
      ),
    )
    const flags = hiddenFlags(team, lookBusyPercent, hashSeed(lookBusySeed))
    if (team.some((s, i) => flags[i] && s.start === slot.start)) {
      return { ok: false, reasons: [{ code: 'Busy', eventIds: [] }] }
    }
  }
  return { ok: true, people: passing }
}

/**
 * `state`'s slots that start on the local date of `dateOf` (another person, for a team) that
 * holds `instant`, inside the window: what look-busy ranks for that date.
 */
function slotsOfDate(
  prepared: PreparedRequest,
  state: PersonState,
  dateOf: PersonState,
  instant: number,
): Slot[] {
  const day = dateOf.days[dayIndexAt(dateOf, instant)]!
  const from = Math.max(day.start, prepared.window.start)
  // A date's slots are those that start on it, also one that runs past its midnight
  // (availability groups them by start): cutting at `day.end` miscounted the date.
  const to = Math.min(day.end + state.policy.duration, prepared.window.end)
  return personSlots(state, from, to, false).slots.filter((s) => s.start < day.end)
}
