import {
  type Instant,
  parsePlainDate,
  plainDateFromFields,
  plainDateToFields,
  type SafeParseResult,
  type Schedule,
  type SlotPolicy,
  type TeamMode,
  toInstant,
  toWallTime,
} from '@slotwise/core'
import { RECURRING_MAX_COUNT } from './limits.js'
import {
  at,
  fail,
  type JsonObject,
  own,
  readArray,
  readChoice,
  readFlag,
  readInteger,
  readNumber,
  readObject,
  readOptionalString,
  readString,
  readTimeZone,
  safely,
  unwrap,
} from './read.js'
import { type DayZero, type EmptyAvailability, readCalendarHours } from './readCalendarHours.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** Options of {@link fromLeadConnectorCalendar}. */
export interface FromLeadConnectorCalendarOptions {
  /** The location's IANA zone (`GET /locations/{id}` → `timezone`): calendars carry none. */
  readonly timeZone: string
  /** Needed to turn `months` of notice or horizon into exact calendar months; without it a month is 30 days (with a warning). */
  readonly now?: Instant
  /** What `daysOfTheWeek: 0` is; default `'sunday'` (JavaScript `getDay`). */
  readonly dayZero?: DayZero
  /** What `availabilities[].hours: []` means; default `'closed'`. */
  readonly emptyAvailability?: EmptyAvailability
  /** The slot grid; default `'window'` (from the start of each block of open hours). */
  readonly alignment?: 'window' | 'clock' | 'free'
  /** Whether the buffers must lie inside open hours too; default false. */
  readonly buffersWithinHours?: boolean
  /** `allowBookingFor: N days` lets slots start on today + N (default, false) or only through today + N − 1 (true). */
  readonly horizonIncludesToday?: boolean
  /** The `policy.eventType` key of this calendar's bookings; default the calendar `id`. */
  readonly eventType?: string
  /** Seed of look-busy hiding; default the calendar `id`. */
  readonly lookBusySeed?: string
}

/** A team member of the calendar. */
export interface LeadConnectorTeamMember {
  readonly userId: string
  /** `0`, `0.5` (default) or `1`: higher is offered first by round robin. */
  readonly priority: number
  /** Collective calendars mark exactly one member primary. */
  readonly isPrimary: boolean
}

/** The calendar's recurring-booking settings (`enableRecurring` + `recurring`). */
export interface LeadConnectorRecurringSettings {
  readonly freq: 'DAILY' | 'WEEKLY' | 'MONTHLY'
  /** Occurrences, at most 24 on LeadConnector. */
  readonly count: number
  /** What to do with an occurrence that is taken: `skip` it, book it anyway (`continue`), or try the next slots (`book_next`). */
  readonly bookingOption: 'skip' | 'continue' | 'book_next'
  /** Status of an occurrence booked over a conflict with `continue`. */
  readonly bookingOverlapDefaultStatus: 'confirmed' | 'new'
}

/** A calendar read into the core. */
export interface LeadConnectorCalendarSettings {
  readonly calendarId: string | undefined
  readonly calendarType: string | undefined
  /** The calendar's own hours (`openHours` + `availabilities`) in the location's zone. */
  readonly schedule: Schedule
  readonly policy: SlotPolicy
  /** `collective` for collective calendars, `anyOf` for any other calendar with several members, else none. */
  readonly team: TeamMode | undefined
  readonly teamMembers: LeadConnectorTeamMember[]
  /** Round-robin flavour from `eventType`: `RoundRobin_OptimizeForAvailability` or `…ForEqualDistribution`. */
  readonly distribution: 'availability' | 'equalDistribution' | undefined
  /** Present when `enableRecurring` is true. */
  readonly recurring: LeadConnectorRecurringSettings | undefined
  readonly warnings: VendorWarning[]
}

const LENGTH_UNITS = ['mins', 'hours'] as const
const NOTICE_UNITS = ['hours', 'days', 'weeks', 'months'] as const
const HORIZON_UNITS = ['days', 'weeks', 'months'] as const
const KNOWN_TYPES = ['round_robin', 'event', 'class_booking', 'collective', 'service_booking', 'personal']

function readMinutes(calendar: JsonObject, path: string, key: string, fallback: number, max: number): number {
  const amount = readNumber(own(calendar, key), at(path, key), 0, 100_000, fallback)
  const unit = readChoice(own(calendar, `${key}Unit`), at(path, `${key}Unit`), LENGTH_UNITS, 'mins')
  const minutes = unit === 'hours' ? amount * 60 : amount
  if (!Number.isInteger(minutes) || minutes > max)
    fail(at(path, key), amount, `a whole number of minutes up to ${max}`)
  return minutes
}

/** The local date `months` calendar months after `date` (the day clamped to the month's length). */
function addMonths(date: number, months: number): number {
  const { year, month, day } = plainDateToFields(date)
  const index = year * 12 + month - 1 + months
  const first = plainDateFromFields({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 })
  const next = plainDateFromFields({
    year: Math.floor((index + 1) / 12),
    month: ((index + 1) % 12) + 1,
    day: 1,
  })
  return first + Math.min(day, next - first) - 1
}

function monthsInDays(months: number, now: Instant | undefined, timeZone: string): number | undefined {
  if (now === undefined) return undefined
  const today = parsePlainDate(toWallTime(now, timeZone).slice(0, 10))
  return addMonths(today, months) - today
}

function readNotice(
  calendar: JsonObject,
  path: string,
  options: FromLeadConnectorCalendarOptions,
  warnings: VendorWarning[],
): number {
  const key = 'allowBookingAfter'
  const amount = readInteger(own(calendar, key), at(path, key), 0, 100_000, 0)
  const unit = readChoice(own(calendar, `${key}Unit`), at(path, `${key}Unit`), NOTICE_UNITS, 'hours')
  let minutes: number
  if (unit === 'months') {
    const now = options.now
    if (now === undefined) {
      warn(
        warnings,
        'APPROXIMATE_MONTHS',
        at(path, key),
        'a month of notice was taken as 30 days: pass `now` for calendar months',
      )
      minutes = amount * 30 * 1440
    } else {
      const wall = toWallTime(now, options.timeZone)
      const later = addMonths(parsePlainDate(wall.slice(0, 10)), amount)
      const { year, month, day } = plainDateToFields(later)
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${wall.slice(10)}`
      minutes = Math.ceil((toInstant(text, options.timeZone) - now) / 60_000)
    }
  } else minutes = amount * (unit === 'hours' ? 60 : unit === 'days' ? 1440 : 10_080)
  return readInteger(minutes, at(path, key), 0, 5_270_400)
}

function readHorizon(
  calendar: JsonObject,
  path: string,
  options: FromLeadConnectorCalendarOptions,
  warnings: VendorWarning[],
): number | undefined {
  const key = 'allowBookingFor'
  const amount = readInteger(own(calendar, key), at(path, key), 0, 100_000, 0)
  if (amount === 0) return undefined
  const unit = readChoice(own(calendar, `${key}Unit`), at(path, `${key}Unit`), HORIZON_UNITS, 'days')
  let days: number
  if (unit === 'months') {
    const exact = monthsInDays(amount, options.now, options.timeZone)
    if (exact === undefined)
      warn(
        warnings,
        'APPROXIMATE_MONTHS',
        at(path, key),
        'a month of horizon was taken as 30 days: pass `now` for calendar months',
      )
    days = exact ?? amount * 30
  } else days = unit === 'weeks' ? amount * 7 : amount
  if (options.horizonIncludesToday === true) days -= 1
  return readInteger(Math.max(days, 0), at(path, key), 0, 3660)
}

function readTeamMembers(value: unknown, path: string): LeadConnectorTeamMember[] {
  const seen = new Set<string>()
  return readArray(value, path).map((item, i) => {
    const memberPath = at(path, i)
    const member = readObject(item, memberPath)
    const userId = readString(own(member, 'userId'), at(memberPath, 'userId'), 256)
    if (seen.has(userId)) fail(at(memberPath, 'userId'), userId, 'a user id not already listed')
    seen.add(userId)
    return {
      userId,
      priority: readNumber(own(member, 'priority'), at(memberPath, 'priority'), 0, 1, 0.5),
      isPrimary: readFlag(own(member, 'isPrimary'), at(memberPath, 'isPrimary'), false),
    }
  })
}

function readRecurring(calendar: JsonObject, path: string, members: number, warnings: VendorWarning[]) {
  if (!readFlag(own(calendar, 'enableRecurring'), at(path, 'enableRecurring'), false)) return undefined
  const recurringPath = at(path, 'recurring')
  const recurring = readObject(own(calendar, 'recurring') ?? {}, recurringPath)
  const count = readInteger(own(recurring, 'count'), at(recurringPath, 'count'), 1, 10_000, 1)
  if (count > RECURRING_MAX_COUNT) {
    warn(
      warnings,
      'RECURRING_COUNT_OVER_LIMIT',
      at(recurringPath, 'count'),
      `LeadConnector allows at most ${RECURRING_MAX_COUNT} occurrences`,
    )
  }
  if (members > 1) {
    warn(
      warnings,
      'RECURRING_NEEDS_SINGLE_MEMBER',
      at(path, 'enableRecurring'),
      'recurring bookings need a calendar with one team member',
    )
  }
  return {
    freq: readChoice(
      own(recurring, 'freq'),
      at(recurringPath, 'freq'),
      ['DAILY', 'WEEKLY', 'MONTHLY'] as const,
      'WEEKLY',
    ),
    count,
    bookingOption: readChoice(
      own(recurring, 'bookingOption'),
      at(recurringPath, 'bookingOption'),
      ['skip', 'continue', 'book_next'] as const,
      'skip',
    ),
    bookingOverlapDefaultStatus: readChoice(
      own(recurring, 'bookingOverlapDefaultStatus'),
      at(recurringPath, 'bookingOverlapDefaultStatus'),
      ['confirmed', 'new'] as const,
      'confirmed',
    ),
  }
}

function readLookBusy(
  calendar: JsonObject,
  path: string,
  calendarType: string | undefined,
  warnings: VendorWarning[],
) {
  const configPath = at(path, 'lookBusyConfig')
  const raw = own(calendar, 'lookBusyConfig')
  if (raw === undefined || raw === null) return undefined
  const config = readObject(raw, configPath)
  if (!readFlag(own(config, 'enabled'), at(configPath, 'enabled'), false)) return undefined
  // The spec spells it with a capital L; a v3 service document writes `lookBusyPercentage`.
  const key = Object.hasOwn(config, 'LookBusyPercentage') ? 'LookBusyPercentage' : 'lookBusyPercentage'
  const percent = readNumber(own(config, key), at(configPath, key), 0, 100, 0)
  if (percent === 0) return undefined
  if (calendarType === 'class_booking') {
    warn(
      warnings,
      'LOOK_BUSY_NOT_APPLICABLE',
      configPath,
      'look busy does not apply to class booking calendars',
    )
    return undefined
  }
  return percent
}

/**
 * Reads a calendar (`GET /calendars/{id}` → `{ calendar }`, or the bare object) into a core
 * schedule (open hours and date availabilities, wall clock in the location's zone), a slot
 * policy (duration, interval, buffers, notice, horizon, capacity, per-day limit, look busy)
 * and the team. `appoinmentPerSlot` above 1 becomes `capacity` with `eventType` = the
 * calendar id; `appoinmentPerDay` becomes `limits.day.count` (per member, local day).
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * fromLeadConnectorCalendar({ calendar: { id: 'c1', slotDuration: 30, openHours: [{ daysOfTheWeek: [1], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }] } }, { timeZone: 'America/New_York' }).schedule.weekly
 * // { monday: [{ from: '09:00', to: '17:00' }] }
 */
export function fromLeadConnectorCalendar(
  payload: unknown,
  options: FromLeadConnectorCalendarOptions,
): LeadConnectorCalendarSettings {
  const timeZone = readTimeZone(options?.timeZone, 'options.timeZone')
  const { object: calendar, path } = unwrap(payload, 'calendar')
  const warnings: VendorWarning[] = []
  const calendarId = readOptionalString(own(calendar, 'id'), at(path, 'id'), 256)
  const calendarType = readOptionalString(own(calendar, 'calendarType'), at(path, 'calendarType'), 64)
  if (calendarType !== undefined && !KNOWN_TYPES.includes(calendarType)) {
    warn(
      warnings,
      'UNKNOWN_CALENDAR_TYPE',
      at(path, 'calendarType'),
      'unknown calendar type: several members are read as round robin',
    )
  }
  const hours = readCalendarHours(
    calendar,
    path,
    { dayZero: options.dayZero ?? 'sunday', emptyAvailability: options.emptyAvailability ?? 'closed' },
    warnings,
  )
  const schedule: Schedule =
    hours.overrides.length > 0
      ? { timeZone, weekly: hours.weekly, overrides: hours.overrides }
      : { timeZone, weekly: hours.weekly }

  const durationMinutes = readMinutes(calendar, path, 'slotDuration', 30, 1440)
  const intervalMinutes = readMinutes(calendar, path, 'slotInterval', 30, 1440)
  if (durationMinutes === 0) fail(at(path, 'slotDuration'), 0, 'a positive length')
  if (intervalMinutes === 0) fail(at(path, 'slotInterval'), 0, 'a positive length')
  const before = readMinutes(calendar, path, 'preBuffer', 0, 1440)
  const after = readMinutes(calendar, path, 'slotBuffer', 0, 1440)
  const capacity = readInteger(
    own(calendar, 'appoinmentPerSlot'),
    at(path, 'appoinmentPerSlot'),
    1,
    10_000,
    1,
  )
  const perDay = readInteger(own(calendar, 'appoinmentPerDay'), at(path, 'appoinmentPerDay'), 0, 1_000_000, 0)
  const notice = readNotice(calendar, path, { ...options, timeZone }, warnings)
  const horizon = readHorizon(calendar, path, { ...options, timeZone }, warnings)
  const lookBusy = readLookBusy(calendar, path, calendarType, warnings)
  const eventType = options.eventType ?? calendarId ?? 'calendar'
  if (capacity > 1 && before + after > 0) {
    warn(
      warnings,
      'CAPACITY_IGNORES_BOOKING_BUFFERS',
      at(path, 'appoinmentPerSlot'),
      "with several bookings per slot, this calendar's own bookings fill seats and their buffers are not applied",
    )
  }
  const policy: { -readonly [K in keyof SlotPolicy]: SlotPolicy[K] } = {
    durationMinutes,
    intervalMinutes,
    alignment: options.alignment ?? 'window',
    eventType,
  }
  if (before > 0) policy.bufferBeforeMinutes = before
  if (after > 0) policy.bufferAfterMinutes = after
  if (options.buffersWithinHours === true) policy.buffersWithinHours = true
  if (notice > 0) policy.minimumNoticeMinutes = notice
  if (horizon !== undefined) policy.horizon = { days: horizon }
  if (capacity > 1) policy.capacity = capacity
  if (perDay > 0) policy.limits = { day: { count: perDay } }
  if (lookBusy !== undefined)
    policy.lookBusy = { percent: lookBusy, seed: options.lookBusySeed ?? calendarId ?? '' }

  const teamMembers = readTeamMembers(own(calendar, 'teamMembers'), at(path, 'teamMembers'))
  const team: TeamMode | undefined =
    teamMembers.length < 2
      ? undefined
      : calendarType === 'collective'
        ? { mode: 'collective' }
        : { mode: 'anyOf' }
  const flavour = readOptionalString(own(calendar, 'eventType'), at(path, 'eventType'), 128)
  const distribution =
    flavour === 'RoundRobin_OptimizeForAvailability'
      ? 'availability'
      : flavour === 'RoundRobin_OptimizeForEqualDistribution'
        ? 'equalDistribution'
        : undefined
  return {
    calendarId,
    calendarType,
    schedule,
    policy,
    team,
    teamMembers,
    distribution,
    recurring: readRecurring(calendar, path, teamMembers.length, warnings),
    warnings,
  }
}

/**
 * {@link fromLeadConnectorCalendar} without throwing: `{ success: true, value }` or `{ success: false, issues }`.
 * @example
 * safeFromLeadConnectorCalendar({ calendar: { slotDuration: -5 } }, { timeZone: 'UTC' }).success // false
 */
export function safeFromLeadConnectorCalendar(
  payload: unknown,
  options: FromLeadConnectorCalendarOptions,
): SafeParseResult<LeadConnectorCalendarSettings> {
  return safely(() => fromLeadConnectorCalendar(payload, options))
}
