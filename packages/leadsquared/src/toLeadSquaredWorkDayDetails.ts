import {
  formatPlainDate,
  normalizeIntervals,
  type PersonAvailability,
  parsePlainDate,
  SlotwiseError,
} from '@slotwise/core'
import { Warnings } from './read.js'
import type { LeadSquaredWorkDayDetails, Mapped } from './types.js'
import { dayStart, LocalDates, writeTimeSlots } from './wallClock.js'

/** Options of {@link toLeadSquaredWorkDayDetails}. */
export interface ToLeadSquaredWorkDayDetailsOptions {
  /** `UserId` to write; default the person's id. */
  readonly userId?: string
}

/**
 * Writes one person's local date as `GetWorkDayDetails`: `IsAvailable 1` with
 * `StatusReason ""` and the date's `WorkingHours` (shifts, breaks not taken out, cut at
 * local midnight, an end at midnight written `00:00:00`); `IsAvailable 1` with
 * `WorkDayTemplateNotDefined` and `00:00:00`–`23:59:59` for a person without a template;
 * `IsAvailable 0` with `Holiday`, `Leave` or `NotScheduled` and no hours otherwise.
 *
 * @throws SlotwiseError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` (path `date`) when the
 *   person's answer does not hold that date, (path `person`) when `person` is not an answer;
 *   `INVALID_INTERVAL` for a malformed interval in the answer.
 * @example
 * const person = availability({ window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'Asia/Kolkata' }, now: 0,
 *   policy: { durationMinutes: 30 }, people: [{ id: 'u1', schedule: { timeZone: 'Asia/Kolkata',
 *   weekly: { monday: [{ from: '09:30', to: '13:00' }, { from: '14:00', to: '18:30' }] } } }] }).people[0]
 * toLeadSquaredWorkDayDetails(person, '2026-03-09').value
 * // { IsAvailable: 1, StatusReason: '', UserId: 'u1', WorkingHours: [{ StartTime: '09:30:00', EndTime: '13:00:00' },
 * //   { StartTime: '14:00:00', EndTime: '18:30:00' }] }
 */
export function toLeadSquaredWorkDayDetails(
  person: PersonAvailability,
  date: string,
  options: ToLeadSquaredWorkDayDetailsOptions = {},
): Mapped<LeadSquaredWorkDayDetails> {
  const warnings = new Warnings()
  if (typeof person !== 'object' || person === null || !Array.isArray(person.days))
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'person',
      details: { expected: 'a PersonAvailability' },
    })
  const day = parsePlainDate(date, 'date')
  const canonical = formatPlainDate(day)
  const entry = person.days.find((candidate) => candidate.date === canonical)
  if (entry === undefined) {
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'date',
      details: { value: date, expected: 'a date of the person’s answer (widen the request window)' },
    })
  }
  const next = person.days.find((candidate) => candidate.date === formatPlainDate(day + 1))
  const start = dayStart(day, entry.timeZone)
  const end = dayStart(day + 1, next?.timeZone ?? entry.timeZone)
  const working = normalizeIntervals(person.days.flatMap((candidate) => candidate.working))
  const hours = writeTimeSlots(
    working,
    day,
    start,
    end,
    new LocalDates(entry.timeZone, day),
    (code, message) => warnings.add(code, 'WorkingHours', message),
  )
  const UserId = options?.userId ?? person.id
  if (typeof UserId !== 'string' || UserId === '')
    throw new SlotwiseError('INVALID_ARGUMENT', { path: 'options.userId', details: { expected: 'a string' } })
  let details: LeadSquaredWorkDayDetails
  if (hours.length > 0) details = { IsAvailable: 1, StatusReason: '', UserId, WorkingHours: hours }
  else if (entry.noSlotsReason === 'WorkDayTemplateNotDefined') {
    details = {
      IsAvailable: 1,
      StatusReason: 'WorkDayTemplateNotDefined',
      UserId,
      WorkingHours: [{ StartTime: '00:00:00', EndTime: '23:59:59' }],
    }
  } else
    details = {
      IsAvailable: 0,
      StatusReason: entry.noSlotsReason ?? 'NotScheduled',
      UserId,
      WorkingHours: [],
    }
  return { value: details, warnings: warnings.list }
}
