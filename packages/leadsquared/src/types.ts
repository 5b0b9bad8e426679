// The LeadSquared shapes this package reads and writes. Fields are spelled as LeadSquared
// spells them (PascalCase); readers tolerate fields they do not list.
import type { Interval, IntervalSet, NoSlotsReason, Person, SafeParseIssue } from '@slotwise/core'

/** `{ "StartTime": "HH:mm:ss", "EndTime": "HH:mm:ss" }`: wall-clock times of one local date. */
export interface LeadSquaredTimeSlot {
  StartTime: string
  EndTime: string
}

/** `{ "StartTime": "yyyy-MM-dd HH:mm:ss", "EndTime": … }`: a busy span, UTC by default. */
export interface LeadSquaredBusySlot {
  StartTime: string
  EndTime: string
}

/** The body of `POST /v2/Task.svc/RetrieveAvailableSlots/ByUserEmailAddress`. */
export interface LeadSquaredSlotsRequest {
  FromDate: string
  ToDate: string
  Users: string[]
  IncludeAllowedConflictSlots?: boolean
  Paging?: { PageIndex: number; PageSize: number }
}

/** One user on one date of a `RetrieveAvailableSlots` response. */
export interface LeadSquaredUserSlots {
  UserId: string
  EmailAddress: string | null
  UserTimeZone: string | null
  AvailableSlots: LeadSquaredTimeSlot[] | null
  Breaks: LeadSquaredTimeSlot[] | null
  BusySlots: LeadSquaredBusySlot[] | null
  WorkDayTemplateTimeZone: string | null
  NoSlotsReason: NoSlotsReason | null
}

/** The `RetrieveAvailableSlots` response: dates first, then users. */
export interface LeadSquaredSlotsResponse {
  RecordCount: number
  List: { Date: string; UserSlots: LeadSquaredUserSlots[] }[]
}

/** The response of `GET /v2/UserManagement.svc/User/GetWorkDayDetails?userId=&date=`. */
export interface LeadSquaredWorkDayDetails {
  IsAvailable: 0 | 1
  StatusReason: '' | NoSlotsReason
  UserId: string
  WorkingHours: LeadSquaredTimeSlot[]
}

/** LeadSquared's error body (`Status`, `ExceptionType`, `ExceptionMessage`). */
export interface LeadSquaredError {
  Status: 'Error'
  ExceptionType: string
  ExceptionMessage: string
}

/** A weekday's own hours and breaks in a day-wise work-day template. */
export interface LeadSquaredTemplateDay {
  Day: string
  WorkingHours?: LeadSquaredTimeSlot[] | null
  Breaks?: LeadSquaredTimeSlot[] | null
}

/** Hours (and breaks) that replace a template's weekly hours on one date. */
export interface LeadSquaredDateOverride {
  Date: string
  /** Absent or `null`: the weekly hours stay; `[]` closes the date. */
  WorkingHours?: LeadSquaredTimeSlot[] | null
  Breaks?: LeadSquaredTimeSlot[] | null
}

/**
 * A work-day template as the settings page defines it (name, time zone, working days,
 * hour blocks, breaks, day-wise hours). LeadSquared has no public API that lists
 * templates: this is the adapter's own JSON for them, in LeadSquared's spelling.
 */
export interface LeadSquaredWorkDayTemplate {
  Id?: string
  Name?: string
  TimeZone: string
  WorkingDays: string[]
  WorkingHours: LeadSquaredTimeSlot[]
  Breaks?: LeadSquaredTimeSlot[] | null
  DayWise?: boolean
  Days?: LeadSquaredTemplateDay[] | null
  DateOverrides?: LeadSquaredDateOverride[] | null
  [field: string]: unknown
}

/** A holiday: one date, or an inclusive range. */
export interface LeadSquaredHoliday {
  Name?: string
  Date?: string
  FromDate?: string
  ToDate?: string
}

/** A holiday calendar (adapter-defined JSON, like the template). */
export interface LeadSquaredHolidayCalendar {
  Id?: string
  Name?: string
  Holidays: LeadSquaredHoliday[]
}

/**
 * A Leave Tracker entry (adapter-defined JSON): whole dates `FromDate`–`ToDate`, or with
 * `StartTime`/`EndTime` (`HH:mm:ss`, in the user's template zone) a partial leave.
 */
export interface LeadSquaredLeave {
  UserId?: string
  EmailAddress?: string
  FromDate: string
  ToDate?: string
  StartTime?: string
  EndTime?: string
  Status?: string
}

/** A task as `RetrieveAppointments` / `Task.svc/Retrieve` return it (trimmed). */
export interface LeadSquaredTask {
  UserTaskId: string
  Name?: string
  TaskType?: string
  OwnerId?: string
  OwnerEmailAddress?: string
  /** `yyyy-MM-dd HH:mm:ss[.fff]`, UTC. */
  DueDate: string
  EndDate?: string | null
  StatusCode?: number
}

/** A task type, with the "Allow Conflicts" setting as `AllowConflicts`. */
export interface LeadSquaredTaskType {
  Id?: string
  Name: string
  Category?: number
  AllowConflicts?: boolean
  /** Default length in minutes, used when a task has no `EndDate`. */
  Duration?: number
}

/** A user record (`Users.Get`), the fields the adapter reads. */
export interface LeadSquaredUser {
  ID: string
  EmailAddress?: string | null
  TimeZone?: string | null
  WorkDayTemplateId?: string | null
  HolidayCalendarId?: string | null
}

/** What `from…` mappers meet in a LeadSquared account, each list vendor-shaped. */
export interface LeadSquaredAccountData {
  users: readonly unknown[]
  templates?: readonly unknown[]
  holidayCalendars?: readonly unknown[]
  leaves?: readonly unknown[]
  tasks?: readonly unknown[]
  taskTypes?: readonly unknown[]
}

/** Something a mapper lost or reinterpreted, with where it was. */
export interface VendorWarning {
  readonly code: VendorWarningCode
  readonly path: string
  readonly message: string
}

/** Every warning code of this package (listed in the README). */
export type VendorWarningCode =
  | 'AVAILABLE_SLOT_OVERLAPS_BREAK'
  | 'AVAILABLE_SLOT_OVERLAPS_BUSY'
  | 'OVERLAPPING_SLOTS_MERGED'
  | 'END_BEFORE_START'
  | 'BUSY_SLOT_REVERSED'
  | 'UNKNOWN_NO_SLOTS_REASON'
  | 'DUPLICATE_DATE'
  | 'DUPLICATE_USER'
  | 'TIME_ZONE_MISSING'
  | 'WINDOWS_ON_CLOSED_DATE'
  | 'OVERLAPPING_HOURS_MERGED'
  | 'HOURS_TRUNCATED'
  | 'DAY_NOT_WORKING'
  | 'NOT_IN_TEMPLATE'
  | 'LEAVE_EMPTY'
  | 'LEAVE_NOT_APPROVED'
  | 'TASK_END_ASSUMED'
  | 'TASK_REVERSED'
  | 'UNKNOWN_TASK_TYPE'
  | 'UNKNOWN_USER'
  | 'UNKNOWN_TEMPLATE'
  | 'UNKNOWN_HOLIDAY_CALENDAR'
  | 'AMBIGUOUS_WALL_TIME'
  | 'SUBSECOND_TRUNCATED'
  | 'SLOT_CROSSES_MIDNIGHT'
  | 'DATE_NOT_IN_RESULT'

/** A mapped value with what the mapping lost or reinterpreted. */
export interface Mapped<T> {
  readonly value: T
  readonly warnings: VendorWarning[]
}

/** The result of a `safe…` mapper: the value and warnings, or the issues. */
export type SafeMapped<T> =
  | { readonly success: true; readonly value: T; readonly warnings: VendorWarning[] }
  | { readonly success: false; readonly issues: readonly SafeParseIssue[] }

/** One user's date of a parsed `RetrieveAvailableSlots` response, as instants. */
export interface LeadSquaredUserDay {
  readonly date: string
  /** The zone `AvailableSlots` and `Breaks` were read in. */
  readonly timeZone: string
  readonly workDayTemplateTimeZone: string | null
  /** Free windows: `AvailableSlots` minus `Breaks` and `BusySlots`, canonical. */
  readonly available: IntervalSet
  readonly breaks: IntervalSet
  /** `BusySlots` as listed (duplicates kept). */
  readonly busy: Interval[]
  readonly noSlotsReason: NoSlotsReason | null
  /** Lists that were `null` rather than `[]`. */
  readonly nullLists: ('AvailableSlots' | 'Breaks' | 'BusySlots')[]
}

/** One user of a parsed response: the record, the dates, and a core person rebuilt from them. */
export interface LeadSquaredUserAnswer {
  readonly user: LeadSquaredUser
  readonly days: LeadSquaredUserDay[]
  /** Hours = free windows plus breaks per date; holidays, leave and busy slots as the response says. */
  readonly person: Person
}

/** A parsed `RetrieveAvailableSlots` response. */
export interface LeadSquaredSlotsAnswer {
  readonly recordCount: number
  readonly dates: string[]
  readonly users: LeadSquaredUserAnswer[]
}
