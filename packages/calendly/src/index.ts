// @slotwise/calendly: Calendly API v2 payloads in and out of @slotwise/core. Every public name is listed here.

export type {
  CalendlyScheduleMapping,
  FromCalendlyAvailabilityScheduleOptions,
} from './fromCalendlyAvailabilitySchedule.js'
export {
  fromCalendlyAvailabilitySchedule,
  safeFromCalendlyAvailabilitySchedule,
} from './fromCalendlyAvailabilitySchedule.js'
export type {
  CalendlyAvailableTimesMapping,
  CalendlyOfferedSlot,
  FromCalendlyAvailableTimesOptions,
} from './fromCalendlyAvailableTimes.js'
export { fromCalendlyAvailableTimes, safeFromCalendlyAvailableTimes } from './fromCalendlyAvailableTimes.js'
export type { CalendlyAvailableTimesQuery } from './fromCalendlyAvailableTimesQuery.js'
export {
  fromCalendlyAvailableTimesQuery,
  safeFromCalendlyAvailableTimesQuery,
} from './fromCalendlyAvailableTimesQuery.js'
export type { CalendlyBusyMapping, FromCalendlyBusyTimesOptions } from './fromCalendlyBusyTimes.js'
export { fromCalendlyBusyTimes, safeFromCalendlyBusyTimes } from './fromCalendlyBusyTimes.js'
export type { CalendlyBusyTimesQuery, CalendlyQueryOptions } from './fromCalendlyBusyTimesQuery.js'
export { fromCalendlyBusyTimesQuery, safeFromCalendlyBusyTimesQuery } from './fromCalendlyBusyTimesQuery.js'
export type { CalendlyEventTypeMapping, FromCalendlyEventTypeOptions } from './fromCalendlyEventType.js'
export { fromCalendlyEventType, safeFromCalendlyEventType } from './fromCalendlyEventType.js'
export type {
  CalendlyEventTypeSchedulesMapping,
  CalendlyHostSchedule,
} from './fromCalendlyEventTypeAvailabilitySchedules.js'
export {
  fromCalendlyEventTypeAvailabilitySchedules,
  safeFromCalendlyEventTypeAvailabilitySchedules,
} from './fromCalendlyEventTypeAvailabilitySchedules.js'
export type { CalendlyHost, CalendlyMembershipsMapping } from './fromCalendlyEventTypeMemberships.js'
export {
  fromCalendlyEventTypeMemberships,
  safeFromCalendlyEventTypeMemberships,
} from './fromCalendlyEventTypeMemberships.js'
export {
  AVAILABLE_TIMES_MAX_DAYS,
  AVAILABLE_TIMES_MAX_DAYS_BEFORE_CHANGE,
  AVAILABLE_TIMES_RANGE_CHANGED_AT,
  availableTimesMaxDays,
  BUSY_TIMES_MAX_DAYS,
  MAX_DATE_RULES,
} from './limits.js'
export type { TimestampPrecision } from './read.js'
export type { CalendlyRulesOptions } from './readAvailabilityRule.js'
export type {
  CalendlyScheduleWrite,
  ToCalendlyAvailabilityScheduleOptions,
} from './toCalendlyAvailabilitySchedule.js'
export { toCalendlyAvailabilitySchedule } from './toCalendlyAvailabilitySchedule.js'
export type { ToCalendlyAvailableTimesOptions } from './toCalendlyAvailableTimes.js'
export { toCalendlyAvailableTimes } from './toCalendlyAvailableTimes.js'
export type {
  CalendlyAvailabilityRule,
  CalendlyAvailableTime,
  CalendlyAvailableTimes,
  CalendlyErrorBody,
  CalendlyInterval,
  CalendlyIssue,
  CalendlyRule,
  CalendlySafeResult,
  CalendlyWarningCode,
  CalendlyWeekday,
  VendorWarning,
} from './types.js'
