import { describe, expect, test } from 'vitest'
import eventType from './__fixtures__/event-type.json' with { type: 'json' }
import group from './__fixtures__/event-type-group.json' with { type: 'json' }
import roundRobin from './__fixtures__/event-type-round-robin.json' with { type: 'json' }
import { fromCalendlyEventType, safeFromCalendlyEventType } from './index.js'

describe('fromCalendlyEventType', () => {
  test('maps the documented one-on-one event type (vendors.md C6)', () => {
    const mapping = fromCalendlyEventType(eventType)
    expect(mapping).toMatchSnapshot()
    expect(mapping.policy).toEqual({
      durationMinutes: 30,
      intervalMinutes: 15,
      alignment: 'window',
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 5,
      eventType: 'https://api.calendly.com/event_types/ET-AAAA',
    })
    expect(mapping.team).toBeUndefined()
    expect(mapping.schedulingUrl).toBe('https://calendly.com/acme-demo/30min')
    expect(mapping.warnings.map((w) => w.code)).toEqual(['DURATION_OPTIONS_IGNORED'])
  })

  test('a Group event type holds maxInvitees bookings per start; without the option each booking blocks', () => {
    expect(fromCalendlyEventType(group, { maxInvitees: 8 }).policy).toMatchObject({
      durationMinutes: 60,
      intervalMinutes: 60,
      eventType: 'https://api.calendly.com/event_types/ET-GGGG',
      capacity: 8,
    })
    const unknown = fromCalendlyEventType(group)
    expect(unknown.policy.capacity).toBeUndefined()
    expect(unknown.warnings.map((w) => w.code)).toEqual(['GROUP_CAPACITY_UNKNOWN'])
    // kind 'group' with no kind_description and no pooling is a Group event type too.
    const bare = { duration: 60, kind: 'group', pooling_type: null }
    expect(fromCalendlyEventType(bare, { maxInvitees: 3 }).policy.capacity).toBe(3)
  })

  test('round robin → anyOf, collective → collective; missing increment and buffers are defaulted with warnings', () => {
    const mapping = fromCalendlyEventType(roundRobin)
    expect(mapping).toMatchSnapshot()
    expect(mapping.team).toEqual({ mode: 'anyOf' })
    expect(mapping.policy).toMatchObject({
      intervalMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    })
    expect(mapping.policy.capacity).toBeUndefined()
    expect(mapping.warnings.map((w) => [w.code, w.path])).toEqual([
      ['INCREMENT_DEFAULTED', 'resource.start_time_increment'],
      ['BUFFERS_DEFAULTED', 'resource'],
    ])
    expect(fromCalendlyEventType(roundRobin, { defaultIncrementMinutes: 15 }).policy.intervalMinutes).toBe(15)
    const collective = { ...roundRobin.resource, pooling_type: 'collective', kind_description: 'Collective' }
    expect(fromCalendlyEventType(collective).team).toEqual({ mode: 'collective' })
  })

  test('null buffers are 0 without a warning; inactive and unknown pooling types warn', () => {
    const mapping = fromCalendlyEventType({
      duration: 45,
      start_time_increment: null,
      before_buffer: null,
      after_buffer: null,
      active: false,
      pooling_type: 'relay',
    })
    expect(mapping.policy).toEqual({
      durationMinutes: 45,
      intervalMinutes: 30,
      alignment: 'window',
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      eventType: 'calendly:event_type',
    })
    expect(mapping.team).toBeUndefined()
    expect(mapping.warnings.map((w) => w.code)).toEqual([
      'INCREMENT_DEFAULTED',
      'EVENT_TYPE_INACTIVE',
      'UNKNOWN_POOLING_TYPE',
    ])
    expect(fromCalendlyEventType({ duration: 45 }, { alignment: 'clock' }).policy.alignment).toBe('clock')
  })

  test('bad payloads and options fail with a path', () => {
    const cases: Array<[unknown, string, string]> = [
      [{ resource: { duration: 0 } }, 'INVALID_VENDOR_PAYLOAD', 'resource.duration'],
      [{ resource: { duration: 1441 } }, 'INVALID_VENDOR_PAYLOAD', 'resource.duration'],
      [{ duration: 30, start_time_increment: 0 }, 'INVALID_VENDOR_PAYLOAD', 'start_time_increment'],
      [{ duration: 30, before_buffer: -5 }, 'INVALID_VENDOR_PAYLOAD', 'before_buffer'],
      [{ duration: 30, uri: 7 }, 'INVALID_VENDOR_PAYLOAD', 'uri'],
      [{ duration: 30, duration_options: 'x' }, 'INVALID_VENDOR_PAYLOAD', 'duration_options'],
      [[], 'INVALID_VENDOR_PAYLOAD', ''],
    ]
    for (const [payload, code, path] of cases) {
      expect(safeFromCalendlyEventType(payload)).toMatchObject({ success: false, issues: [{ code, path }] })
    }
    expect(safeFromCalendlyEventType(group, { maxInvitees: 0 })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_ARGUMENT', path: 'options.maxInvitees' }],
    })
    expect(safeFromCalendlyEventType(group, { alignment: 'free' as never })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_ARGUMENT', path: 'options.alignment' }],
    })
  })
})
