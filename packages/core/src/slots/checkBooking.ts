import { fail } from '../internal/read.js'
import { readInterval } from '../interval/internal.js'
import {
  combineTeam,
  neededPeople,
  type PreparedRequest,
  personSlots,
  prepareRequest,
} from './availability.js'
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
  const { team, people, policy } = prepared
  const enforce = policy.lookBusyEnforce && policy.lookBusyPercent > 0
  // Whether look-busy hides the proposal among one local date's slots inside the window.
  const isHidden = (slots: readonly Slot[]) => {
    const flags = hiddenFlags(slots, policy.lookBusyPercent, hashSeed(policy.lookBusySeed))
    return slots.some((s, i) => flags[i] && s.start === slot.start)
  }
  const { passing, reasons } = judge(
    prepared,
    slot.start,
    slot.end,
    enforce && team === undefined
      ? (state) => isHidden(slotsOfDate(prepared, state, state, slot.start))
      : undefined,
  )
  if (passing.length < neededPeople(team, people.length)) return { ok: false, reasons }
  if (enforce && team !== undefined) {
    // With a team mode, enforce what the team's answer hides (per local date of the first
    // person, as availability does), not what each person's own answer hides: a team slot
    // that one member hid for themselves was refused although the team answer listed it,
    // and a slot the team answer hid was accepted.
    const first = people[0]!
    const teamSlots = combineTeam(
      team,
      people.map((state) => state.id),
      policy.duration,
      people.map((state) => slotsOfDate(prepared, state, first, slot.start).map((s) => s.start)),
    )
    if (isHidden(teamSlots)) return { ok: false, reasons: [{ code: 'Busy', eventIds: [] }] }
  }
  return { ok: true, people: passing }
}

/**
 * Every person's verdict on `[start, end)`: the ids of those who can take it, and the reasons
 * of those who cannot, tagged with the person's id when the request has several people.
 * `isHidden` refuses a person's otherwise free slot as `Busy` with no event ids (look-busy).
 */
export function judge(
  prepared: PreparedRequest,
  start: number,
  end: number,
  isHidden?: (state: PersonState) => boolean,
): { passing: string[]; reasons: Reason[] } {
  const passing: string[] = []
  const reasons: Reason[] = []
  const several = prepared.people.length > 1
  for (const state of prepared.people) {
    let own = evaluate(state, start, end)
    if (own.length === 0 && isHidden?.(state)) own = [{ code: 'Busy', eventIds: [] }]
    if (own.length === 0) passing.push(state.id)
    else for (const reason of own) reasons.push(several ? { ...reason, personId: state.id } : reason)
  }
  return { passing, reasons }
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
