import {
  fail,
  MAX_TEXT_LENGTH,
  readBoolean,
  readChoice,
  readInteger,
  readNumber,
  readObject,
  readString,
} from '../internal/read.js'
import { isInstant } from '../interval/internal.js'

/** A policy checked and turned into milliseconds; internal. */
export interface CompiledPolicy {
  readonly duration: number
  readonly step: number
  readonly alignment: 'window' | 'clock' | 'free'
  readonly before: number
  readonly after: number
  readonly buffersWithinHours: boolean
  readonly notice: number
  readonly horizonDays: number | undefined
  readonly horizonInstant: number | undefined
  readonly softEventsBlock: boolean
  readonly eventType: string | undefined
  /** 0 when capacity does not apply. */
  readonly capacity: number
  /** `[period][measure]`: count and minutes limits for day, week, month (Infinity = none). */
  readonly limits: readonly (readonly [number, number])[]
  /** Whether any limit is set. */
  readonly hasLimits: boolean
  readonly lookBusyPercent: number
  readonly lookBusySeed: string
  readonly lookBusyEnforce: boolean
}

const CODE = 'INVALID_POLICY'
export const PERIODS = ['day', 'week', 'month'] as const

function readLimit(value: unknown, path: string): [number, number] {
  if (value === undefined) return [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  const limit = readObject(value, CODE, path)
  return [
    readInteger(limit.count, CODE, `${path}.count`, 0, 1e6, Number.POSITIVE_INFINITY),
    readInteger(limit.minutes, CODE, `${path}.minutes`, 0, 1e7, Number.POSITIVE_INFINITY),
  ]
}

/**
 * Checks a {@link SlotPolicy} once per request.
 * @throws SlotwiseError `INVALID_POLICY` with the field's path.
 */
export function readPolicy(value: unknown, path: string, maxText = MAX_TEXT_LENGTH): CompiledPolicy {
  const policy = readObject(value, CODE, path)
  const duration = readInteger(policy.durationMinutes, CODE, `${path}.durationMinutes`, 1, 1440)
  const step = readInteger(policy.intervalMinutes, CODE, `${path}.intervalMinutes`, 1, 1440, duration)
  let horizonDays: number | undefined
  let horizonInstant: number | undefined
  if (policy.horizon !== undefined) {
    const horizon = readObject(policy.horizon, CODE, `${path}.horizon`)
    if (horizon.days !== undefined)
      horizonDays = readInteger(horizon.days, CODE, `${path}.horizon.days`, 0, 3660)
    else if (isInstant(horizon.instant)) horizonInstant = horizon.instant
    else fail(CODE, `${path}.horizon`, horizon, '{ days } or { instant }')
  }
  const eventType =
    policy.eventType === undefined
      ? undefined
      : readString(policy.eventType, CODE, `${path}.eventType`, maxText)
  const capacity =
    policy.capacity === undefined ? 0 : readInteger(policy.capacity, CODE, `${path}.capacity`, 1, 10_000)
  const limits = policy.limits === undefined ? {} : readObject(policy.limits, CODE, `${path}.limits`)
  for (const key of Object.keys(limits)) {
    if (!PERIODS.includes(key as 'day')) fail(CODE, `${path}.limits.${key}`, key, 'day | week | month')
  }
  const compiledLimits = PERIODS.map((period) => readLimit(limits[period], `${path}.limits.${period}`))
  const lookBusy = policy.lookBusy === undefined ? {} : readObject(policy.lookBusy, CODE, `${path}.lookBusy`)
  return {
    duration: duration * 60_000,
    step: step * 60_000,
    alignment: readChoice(policy.alignment, CODE, `${path}.alignment`, ['window', 'clock', 'free'], 'window'),
    before: readInteger(policy.bufferBeforeMinutes, CODE, `${path}.bufferBeforeMinutes`, 0, 1440, 0) * 60_000,
    after: readInteger(policy.bufferAfterMinutes, CODE, `${path}.bufferAfterMinutes`, 0, 1440, 0) * 60_000,
    buffersWithinHours: readBoolean(policy.buffersWithinHours, CODE, `${path}.buffersWithinHours`, false),
    notice:
      readInteger(policy.minimumNoticeMinutes, CODE, `${path}.minimumNoticeMinutes`, 0, 5_270_400, 0) *
      60_000,
    horizonDays,
    horizonInstant,
    softEventsBlock: readBoolean(policy.softEventsBlock, CODE, `${path}.softEventsBlock`, false),
    eventType,
    capacity: eventType === undefined ? 0 : capacity,
    limits: compiledLimits,
    hasLimits: compiledLimits.flat().some((limit) => limit < Number.POSITIVE_INFINITY),
    lookBusyPercent:
      policy.lookBusy === undefined
        ? 0
        : readNumber(lookBusy.percent, CODE, `${path}.lookBusy.percent`, 0, 100),
    lookBusySeed:
      lookBusy.seed === undefined ? '' : readString(lookBusy.seed, CODE, `${path}.lookBusy.seed`, maxText),
    lookBusyEnforce: readBoolean(lookBusy.enforce, CODE, `${path}.lookBusy.enforce`, false),
  }
}
