/**
 * LeadConnector's (HighLevel's) published limits, in one place so they can change.
 * @see https://highlevel.stoplight.io/docs/integrations (Calendars: free-slots, schedules, recurring)
 */

/** `GET /calendars/{id}/free-slots`: `endDate` − `startDate` may span at most this many days. */
export const FREE_SLOTS_MAX_RANGE_DAYS = 31

/** `recurring.count` of a calendar (and of a recurring booking) is at most this. */
export const RECURRING_MAX_COUNT = 24

/** `GET /calendars/schedules/search`: `limit` is at most this. */
export const SCHEDULES_MAX_PAGE_SIZE = 500

/** `recurring.bookingOption: 'book_next'` tries this many following slots (white-label help centre). */
export const BOOK_NEXT_ATTEMPTS = 3
