import {
  availability,
  formatPlainDate,
  type Instant,
  parsePlainDate,
  type SlotPolicy,
  SlotwiseError,
} from '@slotwise/core'
import { fromLeadSquaredSlotsRequest } from './fromLeadSquaredSlotsRequest.js'
import { fromLeadSquaredUsers } from './fromLeadSquaredUsers.js'
import { nested } from './nested.js'
import { field, readObject, Warnings } from './read.js'
import { type ToLeadSquaredSlotsResponseOptions, writeSlotsResponse } from './toLeadSquaredSlotsResponse.js'
import type { LeadSquaredAccountData, LeadSquaredSlotsResponse, Mapped } from './types.js'
import { MS_PER_DAY } from './wallClock.js'

/** The account data and clock {@link answerLeadSquaredSlotsRequest} answers from. */
export interface LeadSquaredAnswerInput extends LeadSquaredAccountData {
  /** The current instant (only `availableSlots: 'slots'` uses it, for notice and horizon). */
  readonly now: Instant
  /** How slots are cut with `availableSlots: 'slots'` (default 30 minutes). Its `softEventsBlock` comes from the request. */
  readonly policy?: SlotPolicy
  /** The zone of task times (default UTC). */
  readonly taskTimeZone?: string
}

/** Options of {@link answerLeadSquaredSlotsRequest}: the writer's, without `request` and `users`. */
export type AnswerLeadSquaredSlotsRequestOptions = Omit<
  ToLeadSquaredSlotsResponseOptions,
  'request' | 'users'
>

/**
 * Answers a `RetrieveAvailableSlots` request body the way LeadSquared would, from account
 * data: reads the request (100-day cap), builds the requested users (in request order) from
 * their templates, holidays, leave and tasks, runs `availability()` over the requested page
 * only, and writes the response. Tasks of allow-conflict types block only when
 * `IncludeAllowedConflictSlots` is false. Unknown emails are left out (`UNKNOWN_USER`).
 *
 * @throws SlotwiseError `VENDOR_LIMIT` past 100 days (LeadSquared's error body in
 *   `details.vendorError`); `INVALID_VENDOR_PAYLOAD` with paths under `request` or in the data
 *   (`users[2].TimeZone`); the core's codes for a bad policy; `INVALID_ARGUMENT` for options that are not an object.
 * @example
 * answerLeadSquaredSlotsRequest(
 *   { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['ana@example.com'], IncludeAllowedConflictSlots: false },
 *   { now: 0, users: [{ ID: 'u1', EmailAddress: 'ana@example.com', WorkDayTemplateId: 'ny' }],
 *     templates: [{ Id: 'ny', TimeZone: 'America/New_York', WorkingDays: ['Monday'], WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }] }] },
 * ).value.List[0].UserSlots[0].AvailableSlots // [{ StartTime: '09:00:00', EndTime: '17:00:00' }]
 */
export function answerLeadSquaredSlotsRequest(
  request: unknown,
  input: LeadSquaredAnswerInput,
  options: AnswerLeadSquaredSlotsRequestOptions = {},
): Mapped<LeadSquaredSlotsResponse> {
  const warnings = new Warnings()
  if (typeof options !== 'object' || options === null)
    throw new SlotwiseError('INVALID_ARGUMENT', { path: 'options', details: { expected: 'an object' } })
  const data = readObject(input, '')
  const taskTimeZone = field(data, 'taskTimeZone')
  const given = field(data, 'policy') as SlotPolicy | undefined
  const query = nested('request', () => fromLeadSquaredSlotsRequest(request), warnings.list)
  const dates = query.dates.map((date) => parsePlainDate(date))
  const paging = query.paging
  const page =
    paging === null
      ? dates
      : dates.slice((paging.pageIndex - 1) * paging.pageSize, paging.pageIndex * paging.pageSize)
  if (page.length === 0) return { value: { RecordCount: dates.length, List: [] }, warnings: warnings.list }
  // Only the page's dates are computed, with two days either side (any zone, and the night
  // shift of the day before the first date).
  const window = { start: (page[0]! - 2) * MS_PER_DAY, end: (page[page.length - 1]! + 3) * MS_PER_DAY }
  const { people, users } = nested(
    '',
    () =>
      fromLeadSquaredUsers(data as unknown as LeadSquaredAccountData, {
        emails: query.users,
        window,
        ...(taskTimeZone === undefined ? {} : { taskTimeZone: taskTimeZone as string }),
      }),
    warnings.list,
  )
  if (people.length === 0) {
    const List = page.map((day) => ({ Date: formatPlainDate(day), UserSlots: [] }))
    return { value: { RecordCount: dates.length, List }, warnings: warnings.list }
  }
  const slots = options.availableSlots === 'slots'
  // Free windows need no slot grid: one day-long candidate per run is the cheapest policy
  // that still marks which events block (soft ones, and capacity bookings, do not).
  const policy: SlotPolicy = slots
    ? { durationMinutes: 30, ...given, softEventsBlock: query.softEventsBlock }
    : {
        durationMinutes: 1440,
        softEventsBlock: query.softEventsBlock,
        ...(given?.eventType === undefined ? {} : { eventType: given.eventType }),
        ...(given?.capacity === undefined ? {} : { capacity: given.capacity }),
      }
  const result = availability({
    window,
    now: field(data, 'now') as number,
    people,
    policy,
    caps: { maxPeople: Math.max(1000, people.length) },
  })
  const response = writeSlotsResponse(result.people, users, page, null, options, warnings)
  return { value: { RecordCount: dates.length, List: response.List }, warnings: warnings.list }
}
