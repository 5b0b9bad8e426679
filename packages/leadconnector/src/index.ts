export type {
  ComputedLeadConnectorFreeSlots,
  ComputeLeadConnectorFreeSlotsInput,
} from './computeLeadConnectorFreeSlots.js'
export { computeLeadConnectorFreeSlots, selectScheduleForUser } from './computeLeadConnectorFreeSlots.js'
export {
  fromLeadConnectorBlockedSlots,
  safeFromLeadConnectorBlockedSlots,
} from './fromLeadConnectorBlockedSlots.js'
export type {
  FromLeadConnectorCalendarOptions,
  LeadConnectorCalendarSettings,
  LeadConnectorRecurringSettings,
  LeadConnectorTeamMember,
} from './fromLeadConnectorCalendar.js'
export { fromLeadConnectorCalendar, safeFromLeadConnectorCalendar } from './fromLeadConnectorCalendar.js'
export { fromLeadConnectorEvents, safeFromLeadConnectorEvents } from './fromLeadConnectorEvents.js'
export type {
  FromLeadConnectorFreeSlotsOptions,
  LeadConnectorFreeSlots,
} from './fromLeadConnectorFreeSlots.js'
export { fromLeadConnectorFreeSlots, safeFromLeadConnectorFreeSlots } from './fromLeadConnectorFreeSlots.js'
export type {
  FromLeadConnectorFreeSlotsRequestOptions,
  LeadConnectorFreeSlotsRequest,
} from './fromLeadConnectorFreeSlotsRequest.js'
export {
  fromLeadConnectorFreeSlotsRequest,
  safeFromLeadConnectorFreeSlotsRequest,
} from './fromLeadConnectorFreeSlotsRequest.js'
export type {
  FromLeadConnectorScheduleOptions,
  LeadConnectorScheduleSettings,
} from './fromLeadConnectorSchedule.js'
export { fromLeadConnectorSchedule, safeFromLeadConnectorSchedule } from './fromLeadConnectorSchedule.js'
export {
  BOOK_NEXT_ATTEMPTS,
  FREE_SLOTS_MAX_RANGE_DAYS,
  RECURRING_MAX_COUNT,
  SCHEDULES_MAX_PAGE_SIZE,
} from './limits.js'
export type {
  LeadConnectorRecurringOccurrence,
  LeadConnectorRecurringPlan,
  PlanLeadConnectorRecurringBookingOptions,
} from './planLeadConnectorRecurringBooking.js'
export { planLeadConnectorRecurringBooking } from './planLeadConnectorRecurringBooking.js'
export type { DayZero, EmptyAvailability } from './readCalendarHours.js'
export type {
  FromLeadConnectorEventsOptions,
  LeadConnectorBusyEvent,
  LeadConnectorBusyEvents,
} from './readEvents.js'
export { selectBusyForUser } from './readEvents.js'
export type {
  LeadConnectorAvailability,
  LeadConnectorCalendarUpdate,
  LeadConnectorHour,
  LeadConnectorOpenHours,
  ToLeadConnectorCalendarOptions,
} from './toLeadConnectorCalendar.js'
export { toLeadConnectorCalendar } from './toLeadConnectorCalendar.js'
export type {
  LeadConnectorDaySlots,
  LeadConnectorFreeSlotsResponse,
  ToLeadConnectorFreeSlotsOptions,
} from './toLeadConnectorFreeSlots.js'
export { toLeadConnectorFreeSlots } from './toLeadConnectorFreeSlots.js'
export type { LeadConnectorScheduleRule, LeadConnectorScheduleUpdate } from './toLeadConnectorSchedule.js'
export { toLeadConnectorSchedule } from './toLeadConnectorSchedule.js'
export type { VendorWarning, VendorWarningCode } from './VendorWarning.js'
