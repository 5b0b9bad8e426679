import { describe, expect, test } from 'vitest'
import memberships from './__fixtures__/event-type-memberships.json' with { type: 'json' }
import { fromCalendlyEventTypeMemberships, safeFromCalendlyEventTypeMemberships } from './index.js'

describe('fromCalendlyEventTypeMemberships', () => {
  test('maps the hosts of a team event type', () => {
    const mapping = fromCalendlyEventTypeMemberships(memberships)
    expect(mapping).toMatchSnapshot()
    expect(mapping.hosts).toEqual([
      { user: 'https://api.calendly.com/users/USR-NYC1', timeZone: 'America/New_York' },
      { user: 'https://api.calendly.com/users/USR-BER1', timeZone: 'Europe/Berlin' },
    ])
    expect(mapping.warnings.map((w) => [w.code, w.path])).toEqual([
      ['TIME_ZONE_NORMALISED', 'collection[0].member.timezone'],
    ])
  })

  test('hosts listed twice appear once; unknown zones become null; a user URI string is read', () => {
    const { hosts, warnings } = fromCalendlyEventTypeMemberships({
      collection: [
        { member: { uri: 'u1', timezone: 'Nowhere/Land' } },
        { member: { uri: 'u1', timezone: 'UTC' } },
        { user: 'u2' },
        { member: { uri: 'u3', timezone: '' } },
      ],
    })
    expect(hosts).toEqual([
      { user: 'u1', timeZone: null },
      { user: 'u2', timeZone: null },
      { user: 'u3', timeZone: null },
    ])
    expect(warnings.map((w) => w.code)).toEqual(['TIME_ZONE_DROPPED', 'TIME_ZONE_DROPPED'])
  })

  test('a member without uri fails at its path', () => {
    expect(safeFromCalendlyEventTypeMemberships({ collection: [{ member: {} }] })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path: 'collection[0].member.uri' }],
    })
  })
})
