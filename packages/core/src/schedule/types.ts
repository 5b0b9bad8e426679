import type { Instant, Interval } from '../interval/types.js'

/** Lower-case English weekday names, the keys of {@link WeeklyHours}. */
export type WeekdayName = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'

/**
 * Wall-clock hours `HH:MM[:SS]` in the schedule's zone. An end not after the start crosses
 * midnight and belongs to the start's date (`22:00`–`06:00`); `24:00` and an end of
 * `00:00` mean the end of the day; `09:00`–`09:00` is 24 hours.
 */
export interface TimeRange {
  readonly from: string
  readonly to: string
}

/** Hours per weekday; a missing or empty weekday has no hours. */
export type WeeklyHours = Readonly<Partial<Record<WeekdayName, readonly TimeRange[]>>>

/** Hours that replace the weekly hours (or add breaks) on one local date; `[]` closes the date. */
export interface DateHours {
  /** `YYYY-MM-DD`, local to the schedule's zone. */
  readonly date: string
  readonly hours: readonly TimeRange[]
}

/** A closed date, or an inclusive range of closed dates (`YYYY-MM-DD`). */
export type DateSpan = string | { readonly from: string; readonly to: string }

/**
 * Leave: whole local dates (`'2024-03-11'`, `{ from, to }` inclusive) or a partial
 * range of instants (`{ start, end }`, half-open).
 */
export type Leave = DateSpan | Interval

/** From local date `from` on, the schedule's hours are read in `timeZone` (travel, relocation). */
export interface ZoneChange {
  readonly from: string
  readonly timeZone: string
}

/** A person's working-hour template in a time zone. */
export interface Schedule {
  /** IANA id, `UTC` or a fixed offset: the zone the hours are written in. */
  readonly timeZone: string
  /** Weekly hours; leave it out (or `null`) when the person has no template at all. */
  readonly weekly?: WeeklyHours | null
  /** Dates whose hours replace the weekly ones. */
  readonly overrides?: readonly DateHours[]
  /** Closed dates; a holiday wins over an override. */
  readonly holidays?: readonly DateSpan[]
  readonly leave?: readonly Leave[]
  /** Breaks every week, and on single dates; both apply on override dates too. */
  readonly breaks?: { readonly weekly?: WeeklyHours; readonly dates?: readonly DateHours[] }
  /** Zone changes, each from a local date on. */
  readonly zoneChanges?: readonly ZoneChange[]
}

/** Why a local date has no working time; the four reasons mirror LeadSquared's `NoSlotsReason`. */
export type NoSlotsReason = 'Holiday' | 'Leave' | 'NotScheduled' | 'WorkDayTemplateNotDefined'

/** One local date of a schedule: its working time and breaks as instants. */
export interface ScheduleDay {
  /** `YYYY-MM-DD`. */
  readonly date: string
  /** The zone in force that date. */
  readonly timeZone: string
  /** Working intervals that belong to the date (minus leave), as instants. */
  readonly working: Interval[]
  /** Breaks inside the working intervals. */
  readonly breaks: Interval[]
  /** Why there is no working time, or `null` when there is some. */
  readonly noSlotsReason: NoSlotsReason | null
}

export type { Instant }
