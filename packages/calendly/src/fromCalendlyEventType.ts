import type { SlotPolicy, TeamMode } from '@slotwise/core'
import {
  at,
  describe,
  failArgument,
  field,
  readArray,
  readInteger,
  readObject,
  readOptionalString,
  runSafely,
  warn,
} from './read.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** Options of {@link fromCalendlyEventType}. */
export interface FromCalendlyEventTypeOptions {
  /** Step between start times when the payload has no `start_time_increment` (before 2026-11, one-off types). Default 30, Calendly's default. */
  readonly defaultIncrementMinutes?: number
  /** Seats per start time of a Group event type ("Max invitees in a spot"): the API does not expose it. */
  readonly maxInvitees?: number
  /** The grid: `'window'` (default) from the start of each open run, or `'clock'` from local midnight. */
  readonly alignment?: 'window' | 'clock'
}

/** A Calendly event type as a core {@link SlotPolicy} and team mode. */
export interface CalendlyEventTypeMapping {
  readonly policy: SlotPolicy
  /** `anyOf` for round robin, `collective` for collective, `undefined` for one host. */
  readonly team: TeamMode | undefined
  /** The event type's `scheduling_url`, the base of each available time's `scheduling_url`. */
  readonly schedulingUrl: string | undefined
  readonly warnings: VendorWarning[]
}

/** Used as `policy.eventType` when the payload has no `uri`. */
const FALLBACK_EVENT_TYPE = 'calendly:event_type'

function readOptionalMinutes(value: unknown, path: string, min: number): number | undefined {
  return value === undefined || value === null ? undefined : readInteger(value, path, min, 1440)
}

/**
 * Reads a Calendly event type (`GET /event_types/{uuid}`: `{ resource }` or the bare object)
 * into a slot policy.
 *
 * `duration` → `durationMinutes`; `start_time_increment` → `intervalMinutes` (absent or null:
 * `defaultIncrementMinutes`, 30, with a warning); `before_buffer`/`after_buffer` → the
 * slot's buffers (absent: 0 with a warning; null: 0); `uri` → `eventType`. A Group event
 * type (`kind_description: 'Group'`, or `kind: 'group'` without pooling) holds
 * `maxInvitees` bookings per start (`capacity`); without that option each booking blocks
 * (warning). `pooling_type: 'round_robin'` → team `anyOf`, `'collective'` → `collective`.
 * Minimum notice, daily limits and horizon are not in the API: add them to the policy yourself.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the JSON path of the bad field; `INVALID_ARGUMENT` for a bad option.
 * @example
 * const { policy, team } = fromCalendlyEventType({ resource: { uri: 'https://api.calendly.com/event_types/ET1',
 *   duration: 30, start_time_increment: 15, before_buffer: 10, after_buffer: 5, kind: 'group', pooling_type: 'round_robin' } })
 * policy // { durationMinutes: 30, intervalMinutes: 15, alignment: 'window', bufferBeforeMinutes: 10, bufferAfterMinutes: 5, eventType: 'https://api.calendly.com/event_types/ET1' }
 * team // { mode: 'anyOf' }
 */
export function fromCalendlyEventType(
  payload: unknown,
  options: FromCalendlyEventTypeOptions = {},
): CalendlyEventTypeMapping {
  const settings = options ?? {}
  const defaultIncrement =
    settings.defaultIncrementMinutes === undefined
      ? 30
      : readOption(settings.defaultIncrementMinutes, 'options.defaultIncrementMinutes', 1, 1440)
  const maxInvitees =
    settings.maxInvitees === undefined
      ? undefined
      : readOption(settings.maxInvitees, 'options.maxInvitees', 1, 10_000)
  const alignment = settings.alignment ?? 'window'
  if (alignment !== 'window' && alignment !== 'clock')
    failArgument('options.alignment', alignment, "'window' | 'clock'")

  const warnings: VendorWarning[] = []
  const root = readObject(payload, '')
  const path = Object.hasOwn(root, 'resource') ? 'resource' : ''
  const eventType = path === '' ? root : readObject(root.resource, path)

  const durationMinutes = readInteger(field(eventType, 'duration'), at(path, 'duration'), 1, 1440)
  const durationOptions = field(eventType, 'duration_options')
  if (durationOptions !== undefined && durationOptions !== null) {
    const list = readArray(durationOptions, at(path, 'duration_options'))
    if (new Set(list).size > 1) {
      warn(
        warnings,
        'DURATION_OPTIONS_IGNORED',
        at(path, 'duration_options'),
        `used duration ${durationMinutes}; set durationMinutes yourself for another option`,
      )
    }
  }
  let intervalMinutes = readOptionalMinutes(
    field(eventType, 'start_time_increment'),
    at(path, 'start_time_increment'),
    1,
  )
  if (intervalMinutes === undefined) {
    intervalMinutes = defaultIncrement
    warn(
      warnings,
      'INCREMENT_DEFAULTED',
      at(path, 'start_time_increment'),
      `no start_time_increment: used ${defaultIncrement} minutes`,
    )
  }
  const beforeRaw = field(eventType, 'before_buffer')
  const afterRaw = field(eventType, 'after_buffer')
  const bufferBeforeMinutes = readOptionalMinutes(beforeRaw, at(path, 'before_buffer'), 0) ?? 0
  const bufferAfterMinutes = readOptionalMinutes(afterRaw, at(path, 'after_buffer'), 0) ?? 0
  if (beforeRaw === undefined || afterRaw === undefined) {
    warn(
      warnings,
      'BUFFERS_DEFAULTED',
      path,
      'no before_buffer/after_buffer (before 2026-11): used 0 minutes',
    )
  }

  const uri = readOptionalString(field(eventType, 'uri'), at(path, 'uri'))
  const schedulingUrl = readOptionalString(field(eventType, 'scheduling_url'), at(path, 'scheduling_url'))
  if (field(eventType, 'active') === false) {
    warn(
      warnings,
      'EVENT_TYPE_INACTIVE',
      at(path, 'active'),
      'the event type is not active: Calendly offers no times for it',
    )
  }

  const pooling = field(eventType, 'pooling_type')
  let team: TeamMode | undefined
  if (pooling === 'round_robin') team = { mode: 'anyOf' }
  else if (pooling === 'collective') team = { mode: 'collective' }
  else if (pooling !== undefined && pooling !== null && pooling !== 'null') {
    warn(
      warnings,
      'UNKNOWN_POOLING_TYPE',
      at(path, 'pooling_type'),
      `read pooling_type ${describe(pooling)} as one host`,
    )
  }
  const kindDescription = field(eventType, 'kind_description')
  const isGroup =
    kindDescription === 'Group' ||
    ((kindDescription === undefined || kindDescription === null) &&
      field(eventType, 'kind') === 'group' &&
      team === undefined)
  let capacity: number | undefined
  if (isGroup) {
    if (maxInvitees === undefined) {
      warn(
        warnings,
        'GROUP_CAPACITY_UNKNOWN',
        path,
        'a Group event type without options.maxInvitees: each booking blocks its time',
      )
    } else capacity = maxInvitees
  }

  const policy: SlotPolicy = {
    durationMinutes,
    intervalMinutes,
    alignment,
    bufferBeforeMinutes,
    bufferAfterMinutes,
    eventType: uri ?? FALLBACK_EVENT_TYPE,
    ...(capacity === undefined ? {} : { capacity }),
  }
  return { policy, team, schedulingUrl, warnings }
}

function readOption(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    failArgument(path, value, `an integer ${min}…${max}`)
  }
  return value
}

/**
 * {@link fromCalendlyEventType} without throwing.
 * @example
 * safeFromCalendlyEventType({ resource: { duration: 0 } }).success // false
 */
export function safeFromCalendlyEventType(
  payload: unknown,
  options?: FromCalendlyEventTypeOptions,
): CalendlySafeResult<CalendlyEventTypeMapping> {
  return runSafely(() => fromCalendlyEventType(payload, options))
}
