// calendar

export { findConflicts } from './busy/findConflicts.js'
// schedule, busy time, slots, teams
export type { BusyEvent, BusyRecurrence, Conflict } from './busy/types.js'
export { addDays } from './calendar/addDays.js'
export { formatPlainDate } from './calendar/formatPlainDate.js'
export { formatPlainDateTime } from './calendar/formatPlainDateTime.js'
export type { FormatPlainTimeOptions } from './calendar/formatPlainTime.js'
export { formatPlainTime } from './calendar/formatPlainTime.js'
export type { IsoWeek } from './calendar/isoWeekOf.js'
export { isoWeekOf } from './calendar/isoWeekOf.js'
export type { PlainDate } from './calendar/parsePlainDate.js'
export { parsePlainDate, safeParsePlainDate } from './calendar/parsePlainDate.js'
export type { WallMilliseconds } from './calendar/parsePlainDateTime.js'
export { parsePlainDateTime, safeParsePlainDateTime } from './calendar/parsePlainDateTime.js'
export type { PlainTime } from './calendar/parsePlainTime.js'
export { parsePlainTime, safeParsePlainTime } from './calendar/parsePlainTime.js'
export type { PlainDateFields } from './calendar/plainDateFields.js'
export { plainDateFromFields, plainDateToFields } from './calendar/plainDateFields.js'
export type { Weekday } from './calendar/weekday.js'
export { weekdayOf } from './calendar/weekday.js'
export type { ErrorDetails } from './errorMessages.js'
// interval
export { clampIntervals } from './interval/clampIntervals.js'
export { complementIntervals } from './interval/complementIntervals.js'
export { expandIntervals } from './interval/expandIntervals.js'
export { intersectIntervals } from './interval/intersectIntervals.js'
export { intervalCovers } from './interval/intervalCovers.js'
export { intervalsOverlap } from './interval/intervalsOverlap.js'
export { isCanonical } from './interval/isCanonical.js'
export { normalizeIntervals } from './interval/normalizeIntervals.js'
export { setCovers } from './interval/setCovers.js'
export { setOverlaps } from './interval/setOverlaps.js'
export { subtractIntervals } from './interval/subtractIntervals.js'
export { totalLength } from './interval/totalLength.js'
export type { Instant, Interval, IntervalSet } from './interval/types.js'
export { unionIntervals } from './interval/unionIntervals.js'
// recurrence
export type { ExpandOptions, Recurrence } from './recurrence/expand.js'
export { expand } from './recurrence/expand.js'
export type { ByDay, Frequency, ParseRRuleOptions, RRule, WeekdayCode } from './recurrence/parseRRule.js'
export { formatRRule, parseRRule, safeParseRRule } from './recurrence/parseRRule.js'
export type { SafeParseIssue, SafeParseResult } from './SafeParseResult.js'
export type { SlotwiseErrorCode, SlotwiseErrorOptions } from './SlotwiseError.js'
export { isSlotwiseError, SlotwiseError } from './SlotwiseError.js'
export type {
  DateHours,
  DateSpan,
  Leave,
  NoSlotsReason,
  Schedule,
  TimeRange,
  WeekdayName,
  WeeklyHours,
  ZoneChange,
} from './schedule/types.js'
export { validateSchedule } from './schedule/validateSchedule.js'
export { availability } from './slots/availability.js'
export { checkBooking } from './slots/checkBooking.js'
export type { PlannedOccurrence, RecurringBooking } from './slots/planRecurringBooking.js'
export { planRecurringBooking } from './slots/planRecurringBooking.js'
export type {
  AvailabilityCaps,
  AvailabilityRequest,
  AvailabilityResult,
  BookingCheck,
  BookingLimit,
  BusyInterval,
  DayAvailability,
  LookBusy,
  Person,
  PersonAvailability,
  Reason,
  ReasonCode,
  RejectedSlot,
  Slot,
  SlotPolicy,
  TeamMode,
  TeamSlot,
} from './slots/types.js'
export type { AssignCandidate } from './team/assign.js'
export { assign } from './team/assign.js'
// zone
export { offsetMinutes, offsetSeconds } from './zone/offsetSeconds.js'
export type { TimeZoneTransition } from './zone/timeZoneTransitions.js'
export { timeZoneTransitions } from './zone/timeZoneTransitions.js'
export type { ToInstantOptions } from './zone/toInstant.js'
export { toInstant, toInstantFromWallMilliseconds } from './zone/toInstant.js'
export { toOffsetDateTime } from './zone/toOffsetDateTime.js'
export { toWallMilliseconds, toWallTime } from './zone/toWallTime.js'
export { isValidTimeZone, validateTimeZone } from './zone/validateTimeZone.js'
export type { Disambiguation } from './zone/wallToInstant.js'
