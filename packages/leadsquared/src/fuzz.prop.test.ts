// Untrusted input: arbitrary JSON, hostile values and one-field mutations of every fixture go
// into every reader. Each call returns a result or throws a SlotwiseError (never a TypeError,
// never a hang), the safe twin never throws, and Object.prototype is never touched.
import { fc, test } from '@fast-check/vitest'
import { isSlotwiseError } from '@slotwise/core'
import { arbitraryHostileValue, arbitraryMutation } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import seedAccount from './__fixtures__/seed-account.json' with { type: 'json' }
import seedRequest from './__fixtures__/seed-request.json' with { type: 'json' }
import seedResponse from './__fixtures__/seed-response.json' with { type: 'json' }
import holidayCalendars from './__fixtures__/team/holiday-calendars.json' with { type: 'json' }
import leaves from './__fixtures__/team/leaves.json' with { type: 'json' }
import taskTypes from './__fixtures__/team/task-types.json' with { type: 'json' }
import tasks from './__fixtures__/team/tasks.json' with { type: 'json' }
import templates from './__fixtures__/team/templates.json' with { type: 'json' }
import users from './__fixtures__/team/users.json' with { type: 'json' }
import vendorsResponse from './__fixtures__/vendors-example-response.json' with { type: 'json' }
import details from './__fixtures__/work-day-details.json' with { type: 'json' }
import { answerLeadSquaredSlotsRequest } from './answerLeadSquaredSlotsRequest.js'
import { fromLeadSquaredHolidays, safeFromLeadSquaredHolidays } from './fromLeadSquaredHolidays.js'
import { fromLeadSquaredLeaves, safeFromLeadSquaredLeaves } from './fromLeadSquaredLeaves.js'
import {
  fromLeadSquaredSlotsRequest,
  safeFromLeadSquaredSlotsRequest,
} from './fromLeadSquaredSlotsRequest.js'
import {
  fromLeadSquaredSlotsResponse,
  safeFromLeadSquaredSlotsResponse,
} from './fromLeadSquaredSlotsResponse.js'
import { fromLeadSquaredTasks, safeFromLeadSquaredTasks } from './fromLeadSquaredTasks.js'
import { fromLeadSquaredTemplate, safeFromLeadSquaredTemplate } from './fromLeadSquaredTemplate.js'
import { fromLeadSquaredUsers, safeFromLeadSquaredUsers } from './fromLeadSquaredUsers.js'
import {
  fromLeadSquaredWorkDayDetails,
  safeFromLeadSquaredWorkDayDetails,
} from './fromLeadSquaredWorkDayDetails.js'
import { toLeadSquaredTemplate } from './toLeadSquaredTemplate.js'
import type { SafeMapped } from './types.js'

const team = { users, templates, holidayCalendars, leaves, tasks, taskTypes }

interface Reader {
  readonly name: string
  readonly valid: unknown
  readonly run: (payload: unknown) => unknown
  readonly safe?: (payload: unknown) => SafeMapped<unknown>
}

const readers: Reader[] = [
  {
    name: 'fromLeadSquaredSlotsRequest',
    valid: seedRequest,
    run: fromLeadSquaredSlotsRequest,
    safe: safeFromLeadSquaredSlotsRequest,
  },
  {
    name: 'fromLeadSquaredSlotsResponse (seed)',
    valid: seedResponse,
    run: fromLeadSquaredSlotsResponse,
    safe: safeFromLeadSquaredSlotsResponse,
  },
  {
    name: 'fromLeadSquaredSlotsResponse (vendors.md)',
    valid: vendorsResponse,
    run: (payload) =>
      fromLeadSquaredSlotsResponse(payload, { slotsTimeZone: 'user', busySlotsTimeZone: 'template' }),
  },
  {
    name: 'fromLeadSquaredTemplate',
    valid: templates[0],
    run: fromLeadSquaredTemplate,
    safe: safeFromLeadSquaredTemplate,
  },
  {
    name: 'fromLeadSquaredHolidays',
    valid: holidayCalendars[0],
    run: fromLeadSquaredHolidays,
    safe: safeFromLeadSquaredHolidays,
  },
  {
    name: 'fromLeadSquaredLeaves',
    valid: leaves,
    run: (payload) => fromLeadSquaredLeaves(payload, { timeZone: 'America/New_York' }),
    safe: (payload) => safeFromLeadSquaredLeaves(payload, { timeZone: 'America/New_York' }),
  },
  {
    name: 'fromLeadSquaredTasks',
    valid: tasks,
    run: (payload) => fromLeadSquaredTasks(payload, { taskTypes }),
    safe: (payload) => safeFromLeadSquaredTasks(payload, { taskTypes }),
  },
  {
    name: 'fromLeadSquaredTasks (task types)',
    valid: taskTypes,
    run: (payload) => fromLeadSquaredTasks(tasks, { taskTypes: payload as unknown[] }),
  },
  {
    name: 'fromLeadSquaredUsers',
    valid: team,
    run: (payload) => fromLeadSquaredUsers(payload as typeof team),
    safe: (payload) => safeFromLeadSquaredUsers(payload as typeof team),
  },
  {
    name: 'fromLeadSquaredWorkDayDetails',
    valid: details,
    run: (payload) =>
      fromLeadSquaredWorkDayDetails(payload, { date: '2026-03-08', timeZone: 'America/New_York' }),
    safe: (payload) =>
      safeFromLeadSquaredWorkDayDetails(payload, { date: '2026-03-08', timeZone: 'America/New_York' }),
  },
  {
    name: 'answerLeadSquaredSlotsRequest (request)',
    valid: seedAccount.request,
    run: (payload) => answerLeadSquaredSlotsRequest(payload, { ...seedAccount, now: 0 }),
  },
  {
    name: 'answerLeadSquaredSlotsRequest (account data)',
    valid: { ...seedAccount, now: 0 },
    run: (payload) =>
      answerLeadSquaredSlotsRequest(seedAccount.request, payload as typeof seedAccount & { now: number }),
  },
  {
    name: 'toLeadSquaredTemplate (existing template)',
    valid: templates[1],
    run: (payload) =>
      toLeadSquaredTemplate(
        { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
        payload,
      ),
  },
]

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

function untrusted(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: arbitraryMutation(valid) },
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: arbitraryHostileValue() },
  )
}

describe.each(readers)('$name', (reader) => {
  test.prop({ payload: untrusted(reader.valid) })(
    'gives a result or a SlotwiseError, and leaves Object.prototype untouched',
    ({ payload }) => {
      try {
        const result = reader.run(payload) as { warnings: unknown[] }
        expect(Array.isArray(result.warnings)).toBe(true)
      } catch (error) {
        if (!isSlotwiseError(error)) throw error
      }
      if (reader.safe !== undefined) {
        const safe = reader.safe(payload)
        expect(typeof safe.success).toBe('boolean')
      }
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )
})
