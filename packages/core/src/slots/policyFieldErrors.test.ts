// A malformed slot policy is refused with INVALID_POLICY at the path of the offending field.
// Paths are written by hand from the policy.
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { type AvailabilityRequest, availability, type SlotPolicy } from '../index.js'

function requestWith(policy: unknown): AvailabilityRequest {
  return {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      { id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } },
    ],
    policy: policy as SlotPolicy,
  }
}

const failureOf = (policy: Record<string, unknown>) =>
  codeAndPathOf(() => availability(requestWith({ durationMinutes: 30, ...policy })))

test.each([
  [{ limits: 'daily' }, 'policy.limits'],
  [{ limits: { day: { count: -1 } } }, 'policy.limits.day.count'],
  [{ limits: { week: { minutes: 1.5 } } }, 'policy.limits.week.minutes'],
  [{ limits: { month: 3 } }, 'policy.limits.month'],
  [{ horizon: 30 }, 'policy.horizon'],
  [{ horizon: { weeks: 2 } }, 'policy.horizon'],
  [{ eventType: 7 }, 'policy.eventType'],
  [{ alignment: 'hour' }, 'policy.alignment'],
  [{ buffersWithinHours: 'yes' }, 'policy.buffersWithinHours'],
  [{ softEventsBlock: 1 }, 'policy.softEventsBlock'],
  [{ lookBusy: 'half' }, 'policy.lookBusy'],
  [{ lookBusy: {} }, 'policy.lookBusy.percent'],
  [{ lookBusy: { percent: 10, seed: 5 } }, 'policy.lookBusy.seed'],
  [{ lookBusy: { percent: 10, enforce: 'yes' } }, 'policy.lookBusy.enforce'],
])('%j: INVALID_POLICY at %s', (fields, path) => {
  expect(failureOf(fields)).toEqual({ code: 'INVALID_POLICY', path: path })
})
