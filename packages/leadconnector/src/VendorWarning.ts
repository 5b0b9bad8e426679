/** Every code a {@link VendorWarning} can carry; the package README explains each one. Internal list. */
export const VENDOR_WARNING_CODES = [
  'OVERLAPPING_HOURS',
  'EQUAL_OPEN_CLOSE',
  'DUPLICATE_DATE',
  'OVERRIDE_DATE_NOT_MIDNIGHT',
  'AVAILABILITIES_IGNORED',
  'OPEN_HOURS_IGNORED',
  'APPROXIMATE_MONTHS',
  'CAPACITY_IGNORES_BOOKING_BUFFERS',
  'LOOK_BUSY_NOT_APPLICABLE',
  'UNKNOWN_CALENDAR_TYPE',
  'RECURRING_NEEDS_SINGLE_MEMBER',
  'RECURRING_COUNT_OVER_LIMIT',
  'UNKNOWN_RULE_TYPE',
  'DELETED_SCHEDULE',
  'DUPLICATE_EVENT',
  'UNKNOWN_STATUS',
  'OFFSETLESS_TIME',
  'RECURRENCE_FIXED_OFFSET',
  'UNREADABLE_RRULE',
  'UNKNOWN_KEY',
  'SLOT_DATE_MISMATCH',
  'DUPLICATE_SLOT',
  'SECONDS_TRUNCATED',
  'END_OF_DAY_AMBIGUOUS',
  'HOURS_CROSS_MIDNIGHT',
  'LEAVE_NOT_REPRESENTABLE',
  'ZONE_CHANGES_NOT_REPRESENTABLE',
  'NO_TEMPLATE',
  'TIME_ZONE_MISMATCH',
  'TIME_ZONE_NOT_ACCEPTED',
  'OVERRIDES_IGNORED_BY_VENDOR',
] as const

/** A warning's code, from the closed list the README explains. */
export type VendorWarningCode = (typeof VENDOR_WARNING_CODES)[number]

/**
 * Something a mapping lost or reinterpreted: `path` is the JSON path in the input it read
 * (`calendar.openHours[0].hours[1]`), or the field of the core value it wrote from.
 */
export interface VendorWarning {
  readonly code: VendorWarningCode
  readonly path: string
  readonly message: string
}

/** Adds a warning to `into`; internal. */
export function warn(into: VendorWarning[], code: VendorWarningCode, path: string, message: string): void {
  into.push({ code, path, message })
}
