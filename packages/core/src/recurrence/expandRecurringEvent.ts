import { fail, readObject } from '../internal/read.js'
import { isSlotwiseError, SlotwiseError } from '../SlotwiseError.js'
import { applyExceptions, expandInstances, readRecurrence } from './expand.js'

/**
 * Starts of a recurring busy event's instances that overlap `[from, to)`: the rule repeats
 * the first instance's wall-clock start in its zone; every instance keeps the first one's
 * elapsed length. Internal: the hook `compileBusy` calls.
 * @throws SlotwiseError `INVALID_RRULE`, `INVALID_TIME_ZONE`, `TOO_MANY_PERIODS`, `TOO_MANY_INSTANCES`.
 */
export function expandRecurringEvent(
  recurrence: unknown,
  start: number,
  end: number,
  from: number,
  to: number,
  path: string,
  limit: number,
): number[] {
  const fields = readObject(recurrence, 'INVALID_EVENT', path)
  // A silent UTC default would move a New York weekly meeting by an hour across DST.
  if (typeof fields.timeZone !== 'string')
    fail('INVALID_EVENT', `${path}.timeZone`, fields.timeZone, 'the zone the rule repeats in')
  try {
    const read = readRecurrence({ ...fields, dtstart: start }, path, undefined)
    const earliest = from - (end - start)
    const instances = expandInstances(
      read.rule,
      read.zone,
      read.start,
      earliest,
      to,
      false,
      1_000_000,
      limit,
      true,
    )
    return applyExceptions(instances, read.zone, read.start, read.exdates, read.rdates, earliest, to).filter(
      (instant) => instant + (end - start) > from || (end === start && instant >= from),
    )
  } catch (error) {
    // parseRRule names only the rule's part (`FREQ`) and the expansion says `rrule`: inside a
    // request the path must lead to the field, `people[0].busy[0].recurrence.rrule.FREQ`.
    if (!isSlotwiseError(error) || error.path.startsWith(path)) throw error
    const part = error.path === '' || error.path === 'rrule' ? '' : `.${error.path}`
    throw new SlotwiseError(error.code, {
      path: `${path}.rrule${part}`,
      details: error.details,
      cause: error,
    })
  }
}
