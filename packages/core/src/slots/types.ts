import type { BusyEvent } from '../busy/types.js'
import type { Instant, Interval } from '../interval/types.js'
import type { NoSlotsReason, Schedule } from '../schedule/types.js'

/** A cap on bookings of `policy.eventType` per local day, ISO week or calendar month. */
export interface BookingLimit {
  /** Close the period once this many bookings start in it. */
  readonly count?: number
  /** Close the period to any slot that would take its booked minutes past this total. */
  readonly minutes?: number
}

/** Look busy: hide a share of each local day's free slots from view. */
export interface LookBusy {
  /** Share of each day's slots to hide, 0–100 (round half up of p × n / 100). */
  readonly percent: number
  /** Changes which slots are hidden; the same seed always hides the same ones. Default `''`. */
  readonly seed?: string
  /** When true, `checkBooking` refuses hidden slots too (as `Busy` with no event ids). Default false. */
  readonly enforce?: boolean
}

/** How slots are cut from open time. All lengths are minutes. */
export interface SlotPolicy {
  /** Length of a slot, 1–1440. */
  readonly durationMinutes: number
  /** Step between slot starts, 1–1440; defaults to the duration. */
  readonly intervalMinutes?: number
  /**
   * Where the grid starts: `'window'` (default) at the start of each run of open time;
   * `'clock'` at multiples of the step from local midnight; `'free'` also after each busy block.
   */
  readonly alignment?: 'window' | 'clock' | 'free'
  /** Free time needed before and after a slot; adds to each event's own buffers. */
  readonly bufferBeforeMinutes?: number
  readonly bufferAfterMinutes?: number
  /** When true, a slot's buffers must also lie in open time (breaks are not open). */
  readonly buffersWithinHours?: boolean
  /** A slot must start at least this long after `now`. */
  readonly minimumNoticeMinutes?: number
  /** Latest start: before an instant, or within N local days after today (`{ days: 0 }` = today only). */
  readonly horizon?: { readonly days: number } | { readonly instant: Instant }
  /** Soft events (that allow conflicts) block too. Default false. */
  readonly softEventsBlock?: boolean
  /** The kind of booking being offered: events of this type count for capacity and limits. */
  readonly eventType?: string
  /** With `eventType`: how many bookings of that type a slot holds (partial overlaps count). */
  readonly capacity?: number
  readonly limits?: {
    readonly day?: BookingLimit
    readonly week?: BookingLimit
    readonly month?: BookingLimit
  }
  readonly lookBusy?: LookBusy
}

/** Someone whose time is being booked. */
export interface Person {
  /** Your id, echoed in results. */
  readonly id: string
  readonly schedule: Schedule
  readonly busy?: readonly BusyEvent[]
}

/** How a team's slots combine. */
export type TeamMode =
  | { readonly mode: 'collective' }
  | { readonly mode: 'anyOf' }
  | { readonly mode: 'atLeast'; readonly count: number }

/** Limits on what one request may ask for; every field has a safe default. */
export interface AvailabilityCaps {
  /** Longest window in days (default 366). */
  readonly maxWindowDays?: number
  /** Most people (default 1000). */
  readonly maxPeople?: number
  /** Most busy events per person after expanding recurrences (default 100 000). */
  readonly maxEventsPerPerson?: number
  /** Most slots in one answer, people and team together (default 2 000 000). */
  readonly maxSlots?: number
  /** Longest id, event type or look-busy seed, in UTF-16 units (default 1024). */
  readonly maxTextLength?: number
}

/** The question: who, when, how. */
export interface AvailabilityRequest {
  /** Instants `[start, end)`, or local dates `from`–`to` (inclusive) in `timeZone`. */
  readonly window:
    | { readonly start: Instant; readonly end: Instant }
    | { readonly from: string; readonly to: string; readonly timeZone: string }
  /** The current instant; the core never reads the clock. */
  readonly now: Instant
  readonly people: readonly Person[]
  readonly policy: SlotPolicy
  /** Combine the people's slots into team slots. */
  readonly team?: TeamMode
  /** List every rejected grid candidate with its reasons. */
  readonly explain?: boolean
  readonly caps?: AvailabilityCaps
}

/** Why a time cannot be booked. */
export type ReasonCode =
  | 'OutsideWorkingHours'
  | 'OnBreak'
  | 'Busy'
  | 'BufferConflict'
  | 'Holiday'
  | 'Leave'
  | 'TooSoon'
  | 'BeyondHorizon'
  | 'LimitReached'
  | 'SlotFull'
  | 'NotOnGrid'

/** One reason, with what it refers to. */
export interface Reason {
  readonly code: ReasonCode
  /** For `Busy` and `BufferConflict`: the events in the way. */
  readonly eventIds?: string[]
  /** For `LimitReached`: which limit. */
  readonly limit?: { readonly period: 'day' | 'week' | 'month'; readonly measure: 'count' | 'minutes' }
  /** In a team check: whose reason it is. */
  readonly personId?: string
}

/** A bookable (or rejected) span. */
export interface Slot {
  readonly start: Instant
  readonly end: Instant
}

/** A rejected grid candidate. */
export interface RejectedSlot extends Slot {
  readonly reasons: Reason[]
}

/** A busy event as it touches a date. */
export interface BusyInterval {
  readonly start: Instant
  readonly end: Instant
  readonly eventId: string
  /** Whether it blocks under this request's policy (soft events and capacity bookings may not). */
  readonly blocking: boolean
}

/** One person's local date. */
export interface DayAvailability {
  /** `YYYY-MM-DD` in `timeZone`. */
  readonly date: string
  readonly timeZone: string
  readonly working: Interval[]
  readonly breaks: Interval[]
  readonly busy: BusyInterval[]
  /** Bookable slots that start on this date, shown. */
  readonly slots: Slot[]
  /** Bookable slots hidden by look-busy. */
  readonly hidden: Slot[]
  readonly noSlotsReason: NoSlotsReason | null
}

/** One person's answer. */
export interface PersonAvailability {
  readonly id: string
  readonly timeZone: string
  readonly days: DayAvailability[]
  /** With `explain: true`: every rejected candidate on the grid inside the window. */
  readonly rejected?: RejectedSlot[]
}

/** A slot of the team, with who can take it (ids in input order). */
export interface TeamSlot extends Slot {
  readonly people: string[]
}

/** The answer: plain, JSON-serialisable data, every list sorted by start then end. */
export interface AvailabilityResult {
  readonly window: { readonly start: Instant; readonly end: Instant }
  readonly people: PersonAvailability[]
  readonly team?: { readonly mode: TeamMode['mode']; readonly slots: TeamSlot[]; readonly hidden: TeamSlot[] }
}

/** The answer of `checkBooking`. */
export type BookingCheck =
  | { readonly ok: true; readonly people: string[] }
  | { readonly ok: false; readonly reasons: Reason[] }
