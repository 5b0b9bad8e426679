import { readArray, readInteger, readNumber, readObject, readString } from '../internal/read.js'

/** Someone who could take a slot, with what the choice weighs. */
export interface AssignCandidate {
  readonly id: string
  /** Higher goes first; default 0. */
  readonly priority?: number
  /** Bookings already held in the balancing period; fewer goes first. Default 0. */
  readonly bookings?: number
}

/**
 * Picks one person for a team slot: the highest priority, then the fewest bookings in the
 * period, then the earliest in `candidates` order (stable). Only ids in `slot.people` are
 * eligible; `undefined` when none is.
 * @throws SlotwiseError `INVALID_ARGUMENT` with the path of a bad field.
 * @example
 * assign({ people: ['ana', 'ben'] }, [{ id: 'ana', bookings: 3 }, { id: 'ben', bookings: 1 }]) // 'ben'
 * assign({ people: ['ana', 'ben'] }, [{ id: 'ana', priority: 2, bookings: 9 }, { id: 'ben' }]) // 'ana'
 */
export function assign(
  slot: { readonly people: readonly string[] },
  candidates: readonly AssignCandidate[],
): string | undefined {
  const code = 'INVALID_ARGUMENT'
  const eligible = new Set(readArray(readObject(slot, code, 'slot').people, code, 'slot.people', false))
  let best: { id: string; priority: number; bookings: number } | undefined
  readArray(candidates, code, 'candidates', false).forEach((value, i) => {
    const candidate = readObject(value, code, `candidates[${i}]`)
    const id = readString(candidate.id, code, `candidates[${i}].id`)
    const priority = readNumber(candidate.priority, code, `candidates[${i}].priority`, -1e9, 1e9, 0)
    const bookings = readInteger(candidate.bookings, code, `candidates[${i}].bookings`, 0, 1e9, 0)
    if (!eligible.has(id)) return
    if (
      best === undefined ||
      priority > best.priority ||
      (priority === best.priority && bookings < best.bookings)
    ) {
      best = { id, priority, bookings }
    }
  })
  return best?.id
}
