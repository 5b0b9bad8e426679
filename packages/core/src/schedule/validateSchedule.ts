import { compileSchedule } from './compileSchedule.js'
import type { Schedule } from './types.js'

/**
 * Checks a {@link Schedule} the way `availability()` will, without computing anything:
 * returns it unchanged, or throws at the first bad field. For adapters and forms that
 * want to reject a template before it is stored.
 * @throws SlotwiseError `INVALID_SCHEDULE`, `INVALID_TIME_ZONE`, `INVALID_TIME`, `INVALID_DATE`,
 *   `INVALID_INTERVAL`, `INVALID_INSTANT`, with paths under `path` (default `'schedule'`).
 * @example
 * validateSchedule({ timeZone: 'Europe/Paris', weekly: { monday: [{ from: '09:00', to: '12:00' }] } }) // returns it
 * validateSchedule({ timeZone: 'Europe/Paris', weekly: { funday: [] } }) // throws INVALID_SCHEDULE at 'schedule.weekly.funday'
 */
export function validateSchedule(schedule: Schedule, path = 'schedule'): Schedule {
  compileSchedule(schedule, path)
  return schedule
}
