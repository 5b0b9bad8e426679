import {
  type BusyEvent,
  type DateSpan,
  type Interval,
  type Leave,
  type Person,
  type Schedule,
  SlotwiseError,
  validateTimeZone,
} from '@slotwise/core'
import { fromLeadSquaredHolidays } from './fromLeadSquaredHolidays.js'
import { readLeave } from './fromLeadSquaredLeaves.js'
import { readTaskEvent, readTaskTypes } from './fromLeadSquaredTasks.js'
import { fromLeadSquaredTemplate, type LeadSquaredTemplateSchedule } from './fromLeadSquaredTemplate.js'
import { nested } from './nested.js'
import {
  at,
  field,
  readArray,
  readObject,
  readObjectAt,
  readOptionalString,
  readOptionalStringAt,
  readUser,
  runSafely,
  Warnings,
} from './read.js'
import type { LeadSquaredAccountData, LeadSquaredUser, Mapped, SafeMapped } from './types.js'

/** Options of {@link fromLeadSquaredUsers}. */
export interface FromLeadSquaredUsersOptions {
  /** Only these users, by `EmailAddress` (case-insensitive), in this order. Default: every user. */
  readonly emails?: readonly string[]
  /** The zone of task times (default `UTC`, as LeadSquared's task APIs write them). */
  readonly taskTimeZone?: string
  /** Keep only tasks that touch this window (a speed-up for long task lists). */
  readonly window?: Interval
}

/** People for the core, with the user records they came from (same order). */
export interface LeadSquaredPeople {
  readonly people: Person[]
  readonly users: LeadSquaredUser[]
}

const MAX_EMAILS = 100_000

/** Entries of a list by the id in `key`, read lazily: index only. */
function indexById(list: readonly unknown[], path: string): Map<string, number> {
  const index = new Map<string, number>()
  list.forEach((item, i) => {
    const id = readOptionalString(field(readObject(item, at(path, i)), 'Id'), at(at(path, i), 'Id'))
    if (id !== null && !index.has(id)) index.set(id, i)
  })
  return index
}

/**
 * Builds core people from LeadSquared account data: each user (`ID`, `EmailAddress`,
 * `TimeZone`) gets the schedule of the template named by `WorkDayTemplateId`, the holidays
 * of `HolidayCalendarId`, their Leave Tracker entries (by `UserId` or `EmailAddress`) and
 * their tasks (by `OwnerId` or `OwnerEmailAddress`) as busy events. A user without a
 * template has no weekly hours (`WorkDayTemplateNotDefined`) in their own `TimeZone`.
 * Templates and calendars are read once, and only when a user needs them.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path inside `data`
 *   (`templates[1].WorkingHours[0].EndTime`, `tasks[7].DueDate`); `TOO_MANY_PEOPLE` for more
 *   than 100 000 `emails`; `INVALID_TIME_ZONE` for `taskTimeZone`; `INVALID_ARGUMENT` for a `window` that is not an interval.
 * @example
 * fromLeadSquaredUsers({
 *   users: [{ ID: 'u1', EmailAddress: 'asha@example.com', TimeZone: 'Asia/Kolkata', WorkDayTemplateId: 'in' }],
 *   templates: [{ Id: 'in', TimeZone: 'Asia/Kolkata', WorkingDays: ['Monday'], WorkingHours: [{ StartTime: '09:30:00', EndTime: '18:30:00' }] }],
 * }).value.people[0].schedule.weekly // { monday: [{ from: '09:30:00', to: '18:30:00' }] }
 */
export function fromLeadSquaredUsers(
  data: LeadSquaredAccountData,
  options: FromLeadSquaredUsersOptions = {},
): Mapped<LeadSquaredPeople> {
  const warnings = new Warnings()
  const input = readObject(data, '')
  const users = readArray(field(input, 'users'), 'users').map((item, i) => readUser(item, at('users', i)))
  const templates = readArray(field(input, 'templates'), 'templates', true)
  const calendars = readArray(field(input, 'holidayCalendars'), 'holidayCalendars', true)
  const templateIndex = indexById(templates, 'templates')
  const calendarIndex = indexById(calendars, 'holidayCalendars')
  const taskTimeZone = validateTimeZone(options?.taskTimeZone ?? 'UTC', 'options.taskTimeZone')

  // Which users, in which order.
  const selected: LeadSquaredUser[] = []
  const paths: string[] = []
  const seenIds = new Set<string>()
  const pick = (index: number, path: string) => {
    const user = users[index]!
    if (seenIds.has(user.ID))
      warnings.add('DUPLICATE_USER', path, `user ${user.ID} is listed twice: the repeat was left out`)
    else {
      seenIds.add(user.ID)
      selected.push(user)
      paths.push(at('users', index))
    }
  }
  if (options?.emails === undefined) {
    for (let i = 0; i < users.length; i++) pick(i, at('users', i))
  } else {
    const byEmail = new Map<string, number>()
    users.forEach((user, i) => {
      const email = user.EmailAddress?.toLowerCase()
      if (email !== undefined && !byEmail.has(email)) byEmail.set(email, i)
    })
    const emails = readArray(options.emails, 'options.emails')
    // One warning per unknown email: a million of them took seconds. The core's own ceiling
    // on people per request (caps.maxPeople, at most 100 000) bounds the list.
    if (emails.length > MAX_EMAILS)
      throw new SlotwiseError('TOO_MANY_PEOPLE', {
        path: 'options.emails',
        details: { limit: MAX_EMAILS, actual: emails.length },
      })
    emails.forEach((email, i) => {
      const index = typeof email === 'string' ? byEmail.get(email.toLowerCase()) : undefined
      if (index === undefined)
        warnings.add(
          'UNKNOWN_USER',
          at('emails', i),
          // JSON.stringify throws on a bigint: only a string is quoted.
          `no user has the email address ${typeof email === 'string' ? JSON.stringify(email) : `(a ${typeof email})`}`,
        )
      else pick(index, at('emails', i))
    })
  }
  // An entry (leave or task) names its owner by id, else by email (case-insensitive).
  const ownerById = new Map<string, number>()
  const ownerByEmail = new Map<string, number>()
  selected.forEach((user, i) => {
    if (!ownerById.has(user.ID)) ownerById.set(user.ID, i)
    const email = user.EmailAddress?.toLowerCase()
    if (email !== undefined && !ownerByEmail.has(email)) ownerByEmail.set(email, i)
  })
  const ownerOf = (
    object: Readonly<Record<string, unknown>>,
    idKey: string,
    emailKey: string,
    base: string,
    index: number,
  ) => {
    const id = readOptionalStringAt(field(object, idKey), base, index, idKey)
    const email = readOptionalStringAt(field(object, emailKey), base, index, emailKey)
    const owner = id === null ? undefined : ownerById.get(id)
    if (owner !== undefined || email === null) return owner
    return ownerByEmail.get(email.toLowerCase())
  }

  // Templates and holiday calendars, read once each, when first needed.
  const templateCache = new Map<number, LeadSquaredTemplateSchedule>()
  const templateOf = (index: number) => {
    let schedule = templateCache.get(index)
    if (schedule === undefined) {
      schedule = nested(
        at('templates', index),
        () => fromLeadSquaredTemplate(templates[index]),
        warnings.list,
      )
      templateCache.set(index, schedule)
    }
    return schedule
  }
  const calendarCache = new Map<number, DateSpan[]>()
  const calendarOf = (index: number) => {
    let spans = calendarCache.get(index)
    if (spans === undefined) {
      spans = nested(
        at('holidayCalendars', index),
        () => fromLeadSquaredHolidays(calendars[index]),
        warnings.list,
      )
      calendarCache.set(index, spans)
    }
    return spans
  }

  const schedules: Schedule[] = selected.map((user, i) => {
    const path = paths[i]!
    let template: LeadSquaredTemplateSchedule | undefined
    if (user.WorkDayTemplateId != null) {
      const index = templateIndex.get(user.WorkDayTemplateId)
      if (index === undefined) {
        warnings.add(
          'UNKNOWN_TEMPLATE',
          at(path, 'WorkDayTemplateId'),
          `no template has the id ${JSON.stringify(user.WorkDayTemplateId)}: the user has no hours`,
        )
      } else template = templateOf(index)
    }
    let timeZone = template?.timeZone ?? user.TimeZone ?? null
    if (timeZone === null) {
      warnings.add(
        'TIME_ZONE_MISSING',
        at(path, 'TimeZone'),
        'neither a template nor the user gives a time zone: UTC was used',
      )
      timeZone = 'UTC'
    }
    let holidays: DateSpan[] = []
    if (user.HolidayCalendarId != null) {
      const index = calendarIndex.get(user.HolidayCalendarId)
      if (index === undefined) {
        warnings.add(
          'UNKNOWN_HOLIDAY_CALENDAR',
          at(path, 'HolidayCalendarId'),
          `no holiday calendar has the id ${JSON.stringify(user.HolidayCalendarId)}`,
        )
      } else holidays = calendarOf(index)
    }
    return template === undefined ? { timeZone, holidays } : { ...template, holidays }
  })

  const leave: Leave[][] = selected.map(() => [])
  readArray(field(input, 'leaves'), 'leaves', true).forEach((item, i) => {
    const owner = ownerOf(readObjectAt(item, 'leaves', i), 'UserId', 'EmailAddress', 'leaves', i)
    if (owner === undefined) return
    const read = readLeave(item, at('leaves', i), schedules[owner]!.timeZone, warnings)
    if (read !== undefined) leave[owner]!.push(read)
  })

  const busy: BusyEvent[][] = selected.map(() => [])
  const types = readTaskTypes(field(input, 'taskTypes'), 'taskTypes')
  const unknownTypes = new Set<string>()
  const window = options?.window
  // Compared with instants: a 100,000-deep array as `start` overflowed the stack in its toString.
  if (
    window !== undefined &&
    (typeof window !== 'object' ||
      window === null ||
      typeof window.start !== 'number' ||
      typeof window.end !== 'number')
  )
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'options.window',
      details: { expected: 'an interval' },
    })
  readArray(field(input, 'tasks'), 'tasks', true).forEach((item, i) => {
    const task = readObjectAt(item, 'tasks', i)
    const owner = ownerOf(task, 'OwnerId', 'OwnerEmailAddress', 'tasks', i)
    if (owner === undefined) return
    const event = readTaskEvent(task, 'tasks', i, types, taskTimeZone, warnings, unknownTypes)
    if (event === undefined) return
    if (window !== undefined && (event.end < window.start || event.start > window.end)) return
    busy[owner]!.push(event)
  })

  const people: Person[] = selected.map((user, i) => {
    const schedule = schedules[i]!
    const withLeave = leave[i]!.length === 0 ? schedule : { ...schedule, leave: leave[i]! }
    return { id: user.ID, schedule: withLeave, busy: busy[i]! }
  })
  return { value: { people, users: selected }, warnings: warnings.list }
}

/**
 * {@link fromLeadSquaredUsers} without throwing.
 *
 * @example
 * safeFromLeadSquaredUsers({ users: [{ EmailAddress: 'no-id@example.com' }] }).success // false
 */
export function safeFromLeadSquaredUsers(
  data: LeadSquaredAccountData,
  options: FromLeadSquaredUsersOptions = {},
): SafeMapped<LeadSquaredPeople> {
  return runSafely(() => fromLeadSquaredUsers(data, options))
}
