// @slotwise/leadsquared: LeadSquared payloads in and out of @slotwise/core. Every public name.

export type {
  AnswerLeadSquaredSlotsRequestOptions,
  LeadSquaredAnswerInput,
} from './answerLeadSquaredSlotsRequest.js'
export { answerLeadSquaredSlotsRequest } from './answerLeadSquaredSlotsRequest.js'
export { fromLeadSquaredHolidays, safeFromLeadSquaredHolidays } from './fromLeadSquaredHolidays.js'
export type { FromLeadSquaredLeavesOptions } from './fromLeadSquaredLeaves.js'
export { fromLeadSquaredLeaves, safeFromLeadSquaredLeaves } from './fromLeadSquaredLeaves.js'
export type { LeadSquaredSlotsQuery } from './fromLeadSquaredSlotsRequest.js'
export {
  fromLeadSquaredSlotsRequest,
  safeFromLeadSquaredSlotsRequest,
} from './fromLeadSquaredSlotsRequest.js'
export type { FromLeadSquaredSlotsResponseOptions } from './fromLeadSquaredSlotsResponse.js'
export {
  fromLeadSquaredSlotsResponse,
  safeFromLeadSquaredSlotsResponse,
} from './fromLeadSquaredSlotsResponse.js'
export type { FromLeadSquaredTasksOptions, LeadSquaredTaskEvent } from './fromLeadSquaredTasks.js'
export { fromLeadSquaredTasks, safeFromLeadSquaredTasks } from './fromLeadSquaredTasks.js'
export type { LeadSquaredTemplateSchedule } from './fromLeadSquaredTemplate.js'
export { fromLeadSquaredTemplate, safeFromLeadSquaredTemplate } from './fromLeadSquaredTemplate.js'
export type { FromLeadSquaredUsersOptions, LeadSquaredPeople } from './fromLeadSquaredUsers.js'
export { fromLeadSquaredUsers, safeFromLeadSquaredUsers } from './fromLeadSquaredUsers.js'
export type {
  FromLeadSquaredWorkDayDetailsOptions,
  LeadSquaredWorkDay,
} from './fromLeadSquaredWorkDayDetails.js'
export {
  fromLeadSquaredWorkDayDetails,
  safeFromLeadSquaredWorkDayDetails,
} from './fromLeadSquaredWorkDayDetails.js'
export { leadSquaredLimits } from './limits.js'
export type { LeadSquaredSlotsQueryInput } from './toLeadSquaredSlotsRequest.js'
export { toLeadSquaredSlotsRequest } from './toLeadSquaredSlotsRequest.js'
export type { ToLeadSquaredSlotsResponseOptions } from './toLeadSquaredSlotsResponse.js'
export { toLeadSquaredSlotsResponse } from './toLeadSquaredSlotsResponse.js'
export { toLeadSquaredTemplate } from './toLeadSquaredTemplate.js'
export type { ToLeadSquaredWorkDayDetailsOptions } from './toLeadSquaredWorkDayDetails.js'
export { toLeadSquaredWorkDayDetails } from './toLeadSquaredWorkDayDetails.js'
export type {
  LeadSquaredAccountData,
  LeadSquaredBusySlot,
  LeadSquaredDateOverride,
  LeadSquaredError,
  LeadSquaredHoliday,
  LeadSquaredHolidayCalendar,
  LeadSquaredLeave,
  LeadSquaredSlotsAnswer,
  LeadSquaredSlotsRequest,
  LeadSquaredSlotsResponse,
  LeadSquaredTask,
  LeadSquaredTaskType,
  LeadSquaredTemplateDay,
  LeadSquaredTimeSlot,
  LeadSquaredUser,
  LeadSquaredUserAnswer,
  LeadSquaredUserDay,
  LeadSquaredUserSlots,
  LeadSquaredWorkDayDetails,
  LeadSquaredWorkDayTemplate,
  Mapped,
  SafeMapped,
  VendorWarning,
  VendorWarningCode,
} from './types.js'
