/**
 * Baseline 2: the published `slot-calculator` package (2.2.1, luxon inside), driven the way
 * its README shows: weekday availability in the person's zone, unavailability as weekday
 * breaks and ISO busy spans, back-to-back slots of `duration` minutes.
 *
 * What it cannot express (so only a reduced variant of scenario S1 runs on it):
 * - a step different from the duration (S1's 30-minute slots every 15 minutes): its slots are
 *   back to back;
 * - a choice of grid: it walks a pointer from `from` in steps of the duration and, when a
 *   step is partly unavailable, restarts at the first available minute of that step (close to
 *   Slotwise's `'free'` alignment, not to `'window'`);
 * - buffers: they have to be folded into the busy spans by the caller (exact for policy
 *   buffers: a slot's buffered span overlaps an event iff the slot overlaps the event's span
 *   grown by the opposite buffers);
 * - minimum notice and horizon (only by moving `from`, which also moves its grid);
 * - look-busy, soft events, capacity, limits, per-person grids of a team (its multi-user
 *   mode is a metadata union over one shared pointer);
 * - precision below a minute (it truncates seconds).
 */
import { getSlots } from 'slot-calculator'

type SlotCalculatorConfig = Parameters<typeof getSlots>[0]
type WeekdayName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday'

export interface SlotCalculatorInput {
  /** Window as instants (epoch ms). */
  readonly start: number
  readonly end: number
  readonly timeZone: string
  /** Working hours per weekday (the same on each listed day). */
  readonly weekdays: readonly WeekdayName[]
  readonly hours: { readonly from: string; readonly to: string }
  readonly breaks: readonly { readonly from: string; readonly to: string }[]
  /** Busy spans with every buffer already folded in, epoch ms. */
  readonly busy: readonly { readonly start: number; readonly end: number }[]
  readonly durationMinutes: number
}

/** The `getSlots` configuration for an input (built outside the timed rounds: ISO strings). */
export function slotCalculatorConfig(input: SlotCalculatorInput): SlotCalculatorConfig {
  const iso = (instant: number): string => new Date(instant).toISOString()
  return {
    from: iso(input.start),
    to: iso(input.end),
    duration: input.durationMinutes,
    outputTimezone: input.timeZone,
    availability: input.weekdays.map((day) => ({ day, ...input.hours, timezone: input.timeZone })),
    unavailability: [
      ...input.weekdays.flatMap((day) =>
        input.breaks.map((range) => ({ day, ...range, timezone: input.timeZone })),
      ),
      ...input.busy.map((span) => ({ from: iso(span.start), to: iso(span.end) })),
    ],
  }
}

export type SlotCalculatorOutput = ReturnType<typeof getSlots>

export function runSlotCalculator(config: SlotCalculatorConfig): SlotCalculatorOutput {
  return getSlots(config)
}

/** Available slots per local date (`availableSlotsByDay`), as epoch milliseconds. */
export function slotCalculatorSlotsByDay(
  output: SlotCalculatorOutput,
): Map<string, { start: number; end: number }[]> {
  const days = new Map<string, { start: number; end: number }[]>()
  for (const [date, slots] of Object.entries(output.availableSlotsByDay)) {
    days.set(
      date,
      slots.map((slot) => ({ start: Date.parse(slot.from), end: Date.parse(slot.to) })),
    )
  }
  return days
}
