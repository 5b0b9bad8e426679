// "Paste a vendor payload": recognise what was pasted and turn it into a core request.
//
// A core `AvailabilityRequest` loads as it is. A vendor *bundle* (the JSON one vendor gives
// about one question, under one object: see src/vendors.ts and the README) goes through its
// adapter (`@slotwise/leadsquared`, `@slotwise/leadconnector`, `@slotwise/calendly`), one
// `case` each in `detectAndLoad`. The bundled samples (src/samples/*.json) are such bundles.
import { type AvailabilityRequest, isSlotwiseError } from '@slotwise/core'
import calendlySample from '../samples/calendly.json' with { type: 'json' }
import leadConnectorSample from '../samples/leadconnector.json' with { type: 'json' }
import leadSquaredSample from '../samples/leadsquared.json' with { type: 'json' }
import {
  type AnyVendorLoad,
  describeWarnings,
  loadCalendlyBundle,
  loadLeadConnectorBundle,
  loadLeadSquaredBundle,
  VENDOR_LABEL,
  type VendorKind,
} from '../vendors.js'

/** The bundled vendor samples, one per vendor (the "load sample" buttons). */
export const VENDOR_SAMPLES: Readonly<Record<VendorKind, unknown>> = {
  leadsquared: leadSquaredSample,
  leadconnector: leadConnectorSample,
  calendly: calendlySample,
}

/** What each bundle holds, for messages. */
const BUNDLE_SHAPE: Readonly<Record<VendorKind, string>> = {
  leadsquared:
    '{ request: { FromDate, ToDate, Users, IncludeAllowedConflictSlots }, now, policy?, users, templates, holidayCalendars?, leaves?, taskTypes?, tasks? }',
  leadconnector:
    '{ timeZone, now, query: { startDate, endDate, timezone, userId? }, calendar: { calendar }, schedules?: { schedules }, events?: { events }, blockedSlots?: { events }, enableLookBusy? }',
  calendly:
    '{ now, query: { event_type, start_time, end_time }, event_type: { resource }, user_availability_schedule: { resource } (or event_type_availability_schedules), user_busy_times?: { collection } }',
}

export type PayloadKind = 'core' | 'leadsquared' | 'leadconnector' | 'calendly'

export interface LoadedPayload {
  readonly kind: PayloadKind
  readonly request: AvailabilityRequest
  /** Display names by person id, when the payload has them. */
  readonly names?: Readonly<Record<string, string>>
  /** Things worth telling the user (adapters return vendor warnings). */
  readonly notes: readonly string[]
}

/** A payload the page cannot load, with a message fit to show. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError'
}

type Json = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hasAny = (value: Json, keys: readonly string[]) => keys.some((key) => key in value)

/** Which kind of payload this is, from its shape; `undefined` when nothing matches. */
export function detectKind(json: unknown): PayloadKind | undefined {
  if (!isObject(json)) return undefined
  if (Array.isArray(json.people) && 'policy' in json && 'window' in json) return 'core'
  // LeadSquared: RetrieveAvailableSlots requests (FromDate/ToDate/Users) or an account
  // bundle of users, work-day templates, holidays and tasks (PascalCase fields).
  const lsq = isObject(json.request) ? json.request : json
  if (hasAny(lsq, ['FromDate', 'ToDate', 'WorkDayTemplateId']) || hasAny(json, ['templates', 'users'])) {
    return 'leadsquared'
  }
  // LeadConnector (HighLevel): a calendar (bare or as `GET /calendars/{id}` wraps it),
  // schedules with userId, events with calendarId (bare lists or `{ events }`).
  const calendar =
    isObject(json.calendar) && isObject(json.calendar.calendar) ? json.calendar.calendar : json.calendar
  const listOf = (value: unknown, key: string): unknown =>
    isObject(value) && Array.isArray(value[key]) ? value[key] : value
  const events = listOf(json.events, 'events')
  if (
    (isObject(calendar) && hasAny(calendar, ['slotDuration', 'teamMembers', 'calendarType', 'openHours'])) ||
    Array.isArray(listOf(json.schedules, 'schedules')) ||
    (Array.isArray(events) && events.some((e) => isObject(e) && 'calendarId' in e))
  ) {
    return 'leadconnector'
  }
  // Calendly: API v2 envelopes (`resource` / `collection`) whose uris point at api.calendly.com,
  // or a bundle of them under their endpoints' names.
  if (
    (isObject(json.resource) ||
      Array.isArray(json.collection) ||
      hasAny(json, ['event_type', 'user_availability_schedule', 'event_type_availability_schedules'])) &&
    JSON.stringify(json).includes('calendly.com')
  ) {
    return 'calendly'
  }
  return undefined
}

function loadCore(json: Json): LoadedPayload {
  if (typeof json.now !== 'number') {
    throw new PayloadError(
      'A core request needs `now` (epoch milliseconds): the engine never reads the clock.',
    )
  }
  if (!isObject(json.policy) || typeof json.policy.durationMinutes !== 'number') {
    throw new PayloadError('A core request needs `policy.durationMinutes`.')
  }
  // The engine validates every field itself (and names the path) when the page runs it.
  // `names` (display names by person id) is the demo's own extra field, not the core's.
  const { names: rawNames, ...rest } = json
  const names = isObject(rawNames) ? (rawNames as Record<string, string>) : undefined
  const request = rest as unknown as AvailabilityRequest
  return names === undefined
    ? { kind: 'core', request, notes: [] }
    : { kind: 'core', request, names, notes: [] }
}

/** Runs a vendor bundle through its adapter; adapter errors become a message with the JSON path. */
function loadVendor(kind: VendorKind, load: () => AnyVendorLoad): LoadedPayload {
  let loaded: AnyVendorLoad
  try {
    loaded = load()
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    // The message names the path already (`calendar.calendar.slotDuration: …`).
    const vendorError = (error.details as { vendorError?: unknown }).vendorError
    throw new PayloadError(
      `This ${VENDOR_LABEL[kind]} payload was refused by its adapter: ${error.code}, ${error.message}.` +
        (vendorError === undefined
          ? ''
          : ` ${VENDOR_LABEL[kind]} itself would answer ${JSON.stringify(vendorError)}.`) +
        (error.code === 'INVALID_VENDOR_PAYLOAD'
          ? ` A ${VENDOR_LABEL[kind]} bundle is ${BUNDLE_SHAPE[kind]}.`
          : ''),
    )
  }
  const warnings = describeWarnings(loaded.warnings)
  return {
    kind,
    request: loaded.request,
    names: loaded.names,
    notes: warnings.length === 0 ? [] : [`Adapter warnings: ${warnings.join(', ')}.`],
  }
}

/**
 * Recognise a pasted payload and load it as a core request. The single switch below is
 * where each vendor adapter plugs in.
 * @throws PayloadError with a message for the user.
 */
export function detectAndLoad(json: unknown): LoadedPayload {
  const kind = detectKind(json)
  switch (kind) {
    case 'core':
      return loadCore(json as Json)
    case 'leadsquared':
      return loadVendor(kind, () => loadLeadSquaredBundle(json))
    case 'leadconnector':
      return loadVendor(kind, () => loadLeadConnectorBundle(json))
    case 'calendly':
      return loadVendor(kind, () => loadCalendlyBundle(json))
    case undefined:
      throw new PayloadError(
        'Not a payload this page knows: expected a core AvailabilityRequest (people, policy, window, now) ' +
          'or a LeadSquared, LeadConnector or Calendly bundle (see "Load a vendor sample").',
      )
  }
}

/** Parse text and load it; JSON syntax errors become a `PayloadError`. */
export function loadPayloadText(text: string): LoadedPayload {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new PayloadError(`Not valid JSON: ${(error as Error).message}`)
  }
  return detectAndLoad(json)
}
