import type { Slot } from './types.js'

const NOTHING_HIDDEN: boolean[] = []

/** FNV-1a of a string: the seed's key. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A keyed 32-bit hash of a slot start (MurmurHash3's finaliser over both halves). */
function rank(key: number, start: number): number {
  const seconds = Math.floor(start / 1000)
  let hash = (key ^ (seconds >>> 0)) >>> 0
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  hash ^= Math.floor(seconds / 2 ** 32) + (hash >>> 16)
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d)
  return (hash ^ (hash >>> 16)) >>> 0
}

/**
 * How many of `count` slots `percent` hides: round half up of p × n / 100, exactly, with p
 * read as the decimal it prints as (12.5 is 125/10, not the binary double near it).
 */
export function hiddenCount(percent: number, count: number): number {
  // Whole percentages (the usual case) need no BigInt: p ≤ 100 and n are small integers, so
  // 2pn + 100 is exact and so is its floor division by 200.
  if (Number.isInteger(percent)) return Math.floor((2 * percent * count + 100) / 200)
  // Rounding p to two decimals first was wrong for finer percentages: 38.235214042035935% of
  // 119 slots is 45.4999… (45), not 46. p ≤ 100 prints without a positive exponent, so p is
  // `digits / 10^scale` exactly, and BigInt keeps p × n exact.
  const [mantissa = '0', exponent = '0'] = String(percent).split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  const scale = 10n ** BigInt(fraction.length - Number(exponent))
  return Number((2n * BigInt(whole + fraction) * BigInt(count) + 100n * scale) / (200n * scale))
}

/**
 * Marks which of one day's slots look-busy hides: the `hiddenCount` slots with the lowest
 * keyed hash. A slot's hash does not depend on the other slots, so the choice is
 * deterministic, monotone in `percent`, and adding or removing a slot changes at most one
 * other decision.
 */
export function hiddenFlags(slots: readonly Slot[], percent: number, key: number): boolean[] {
  // Nothing to hide (the usual case): no arithmetic, no allocation; missing flags read as false.
  if (percent === 0 || slots.length === 0) return NOTHING_HIDDEN
  const hide = hiddenCount(percent, slots.length)
  if (hide === 0) return NOTHING_HIDDEN
  const flags = new Array<boolean>(slots.length).fill(false)
  const order = slots.map((slot, index) => ({ index, rank: rank(key, slot.start) }))
  order.sort((a, b) => a.rank - b.rank || slots[a.index]!.start - slots[b.index]!.start)
  for (let i = 0; i < hide; i++) flags[order[i]!.index] = true
  return flags
}
