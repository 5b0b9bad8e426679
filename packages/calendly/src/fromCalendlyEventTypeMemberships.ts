import { isSlotwiseError } from '@slotwise/core'
import {
  at,
  describe,
  field,
  readArray,
  readObject,
  readString,
  readTimeZone,
  runSafely,
  warn,
} from './read.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** One host of a team event type. */
export interface CalendlyHost {
  /** The user URI: use it as the person's `id`, and to match per-host schedules and busy times. */
  readonly user: string
  /** The user's display zone (`member.timezone`), or `null` when absent or unknown. */
  readonly timeZone: string | null
}

/** The hosts of an event type. */
export interface CalendlyMembershipsMapping {
  /** In payload order, each user once. */
  readonly hosts: CalendlyHost[]
  readonly warnings: VendorWarning[]
}

/**
 * Reads `GET /event_type_memberships?event_type=…` (`{ collection: [{ member: { uri,
 * timezone } }] }`; `user` instead of `member` is read too) into the list of hosts. A host
 * listed twice (pages joined by the caller) appears once. `timezone` is only the user's
 * display zone: availability uses the schedule's `timezone`. A zone written with spaces
 * (`America/New York`) is normalised (warning); an unknown one becomes `null` (warning).
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field.
 * @example
 * const { hosts } = fromCalendlyEventTypeMemberships({ collection: [
 *   { member: { uri: 'https://api.calendly.com/users/U1', timezone: 'America/New York' } }] })
 * hosts // [{ user: 'https://api.calendly.com/users/U1', timeZone: 'America/New_York' }]
 */
export function fromCalendlyEventTypeMemberships(payload: unknown): CalendlyMembershipsMapping {
  const warnings: VendorWarning[] = []
  const collection = readArray(field(readObject(payload, ''), 'collection'), 'collection')
  const hosts: CalendlyHost[] = []
  const seen = new Set<string>()
  for (let i = 0; i < collection.length; i++) {
    const itemPath = `collection[${i}]`
    const item = readObject(collection[i], itemPath)
    const key = Object.hasOwn(item, 'member') ? 'member' : 'user'
    const memberPath = at(itemPath, key)
    const value = field(item, key)
    let user: string
    let zone: unknown
    if (typeof value === 'string') {
      user = value
    } else {
      const member = readObject(value, memberPath)
      user = readString(field(member, 'uri'), at(memberPath, 'uri'))
      zone = field(member, 'timezone')
    }
    if (seen.has(user)) continue
    seen.add(user)
    let timeZone: string | null = null
    const zonePath = at(memberPath, 'timezone')
    if (zone !== undefined && zone !== null) {
      try {
        timeZone = readTimeZone(zone, zonePath, warnings)
      } catch (error) {
        if (!isSlotwiseError(error)) throw error
        warn(warnings, 'TIME_ZONE_DROPPED', zonePath, `unknown display zone ${describe(zone)}: read as null`)
      }
    }
    hosts.push({ user, timeZone })
  }
  return { hosts, warnings }
}

/**
 * {@link fromCalendlyEventTypeMemberships} without throwing.
 * @example
 * safeFromCalendlyEventTypeMemberships({ collection: [{ member: {} }] }).success // false
 */
export function safeFromCalendlyEventTypeMemberships(
  payload: unknown,
): CalendlySafeResult<CalendlyMembershipsMapping> {
  return runSafely(() => fromCalendlyEventTypeMemberships(payload))
}
