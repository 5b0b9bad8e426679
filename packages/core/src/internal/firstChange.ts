/**
 * The least point in `(low, high]` where `changed` holds, by bisection to a unit, given that
 * it holds at `high`, not at `low`, and once it holds it holds up to `high`. Internal: an
 * offset change found among probes of `Intl` or of a schedule's zone timeline.
 */
export function firstChange(low: number, high: number, changed: (at: number) => boolean): number {
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (changed(middle)) high = middle
    else low = middle
  }
  return high
}
