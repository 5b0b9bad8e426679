import type { Instant } from '../interval/types.js'

/**
 * A recurring event: the rule repeats the event's own start in wall time of `timeZone`
 * (RFC 5545), each instance keeping the first instance's length.
 */
export interface BusyRecurrence {
  /** `FREQ=WEEKLY;BYDAY=MO`, `RRULE:…`, or lines with EXDATE/RDATE; DTSTART is the event's `start`. */
  readonly rrule: string
  /** The zone the rule repeats in. */
  readonly timeZone: string
  /** Instances to leave out: wall times `YYYY-MM-DDTHH:MM[:SS]` in `timeZone`, or instants. */
  readonly exdates?: readonly (string | Instant)[]
  /** Extra instances: wall times or instants. */
  readonly rdates?: readonly (string | Instant)[]
}

/** Something that takes a person's time: a meeting, a task, a block. */
export interface BusyEvent {
  /** Your id, echoed in reasons and conflicts. */
  readonly id: string
  readonly start: Instant
  /** Exclusive end; `end === start` is an empty event and blocks nothing. */
  readonly end: Instant
  /**
   * A soft event allows conflicts (a task type with "Allow Conflicts"): it blocks only when
   * the policy says `softEventsBlock: true`. Default `false` (hard).
   */
  readonly soft?: boolean
  /** The event's own buffers, added to the policy's. */
  readonly bufferBeforeMinutes?: number
  readonly bufferAfterMinutes?: number
  /** The kind of booking, matched against `policy.eventType` for capacity and limits. */
  readonly eventType?: string
  /** Makes the event recurring: `start`–`end` is the first instance. */
  readonly recurrence?: BusyRecurrence
  /** This event replaces one instance of a recurring event (moved or changed): that instance is dropped. */
  readonly replaces?: { readonly eventId: string; readonly start: Instant }
}

/** A group of events that overlap one another (a connected run of overlaps). */
export interface Conflict {
  /** The span covered by the group. */
  readonly start: Instant
  readonly end: Instant
  /** Ids of the events in the group, in order of start then end. */
  readonly eventIds: string[]
}
