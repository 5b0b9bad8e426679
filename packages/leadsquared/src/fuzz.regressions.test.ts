// Counterexamples the all-exports fuzz suite (allExports.fuzz.test.ts) shrank to, kept as
// examples: each failed with a foreign TypeError, an undocumented code or an output the
// matching reader refuses before its fix.
import { availability } from '@slotwise/core'
import { thrownBy } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import {
  answerLeadSquaredSlotsRequest,
  fromLeadSquaredHolidays,
  fromLeadSquaredSlotsRequest,
  fromLeadSquaredTasks,
  fromLeadSquaredUsers,
  fromLeadSquaredWorkDayDetails,
  toLeadSquaredSlotsRequest,
  toLeadSquaredSlotsResponse,
  toLeadSquaredTemplate,
  toLeadSquaredWorkDayDetails,
} from './index.js'

describe('fromLeadSquaredSlotsRequest', () => {
  test('a hole in a sparse Users array is refused at its index, not returned as a hole', () => {
    // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
    const body = { FromDate: '2026-03-02', ToDate: '2026-03-15', Users: [, 'a@example.com'] }
    expect(thrownBy(() => fromLeadSquaredSlotsRequest(body))).toEqual({
      code: 'INVALID_VENDOR_PAYLOAD',
      path: 'Users[0]',
    })
  })

  test('9999-12-31 is refused at ToDate: its window runs past the last date the core can place', () => {
    const body = { FromDate: '9999-12-25', ToDate: '9999-12-31', Users: ['a@example.com'] }
    expect(thrownBy(() => fromLeadSquaredSlotsRequest(body))).toEqual({
      code: 'INVALID_VENDOR_PAYLOAD',
      path: 'ToDate',
    })
  })
})

describe('toLeadSquaredSlotsRequest', () => {
  test('a user that is not a string is refused, as the reader would refuse the body', () => {
    const query = { fromDate: '2026-03-02', toDate: '2026-03-15', users: [[]] as unknown as string[] }
    expect(thrownBy(() => toLeadSquaredSlotsRequest(query))).toEqual({
      code: 'INVALID_VENDOR_PAYLOAD',
      path: 'users[0]',
    })
  })

  test('a query that is not an object is an INVALID_ARGUMENT, not a TypeError', () => {
    expect(thrownBy(() => toLeadSquaredSlotsRequest(null as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'query',
    })
  })
})

test('fromLeadSquaredUsers: a bigint among the emails is an unknown user, not a TypeError', () => {
  const mapped = fromLeadSquaredUsers(
    { users: [{ ID: 'u1', EmailAddress: 'a@example.com' }] },
    { emails: [0n as unknown as string] },
  )
  expect(mapped.value.people).toEqual([])
  expect(mapped.warnings.map((warning) => [warning.code, warning.path])).toEqual([
    ['UNKNOWN_USER', 'emails[0]'],
  ])
})

test('fromLeadSquaredWorkDayDetails: 9999-12-31 is an INVALID_DATE at options.date, not INVALID_DATE_TIME', () => {
  const details = { IsAvailable: 1, StatusReason: '', UserId: 'u1', WorkingHours: [] }
  expect(
    thrownBy(() => fromLeadSquaredWorkDayDetails(details, { date: '9999-12-31', timeZone: 'UTC' })),
  ).toEqual({
    code: 'INVALID_DATE',
    path: 'options.date',
  })
})

test('toLeadSquaredSlotsResponse: NaN for the result is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(thrownBy(() => toLeadSquaredSlotsResponse(Number.NaN as never))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'result',
  })
})

describe('toLeadSquaredWorkDayDetails', () => {
  const person = availability({
    window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'UTC' },
    now: 0,
    policy: { durationMinutes: 30 },
    people: [
      { id: 'u1', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } },
    ],
  }).people[0]!

  test('a bigint userId is refused, not written into UserId', () => {
    expect(
      thrownBy(() => toLeadSquaredWorkDayDetails(person, '2026-03-09', { userId: 0n as never })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.userId',
    })
  })

  test('NaN for the person is an INVALID_ARGUMENT, not a TypeError', () => {
    expect(thrownBy(() => toLeadSquaredWorkDayDetails(Number.NaN as never, '2026-03-09'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'person',
    })
  })
})

test('fromLeadSquaredUsers: a million emails are refused at once, not answered with a million warnings', () => {
  const emails = new Array<string>(1_000_000).fill('nobody@example.com')
  expect(thrownBy(() => fromLeadSquaredUsers({ users: [] }, { emails }))).toEqual({
    code: 'TOO_MANY_PEOPLE',
    path: 'options.emails',
  })
})

test('answerLeadSquaredSlotsRequest: null options are an INVALID_ARGUMENT, not a TypeError', () => {
  const request = { FromDate: '2026-03-09', ToDate: '2026-03-09', Users: ['a@example.com'] }
  expect(
    thrownBy(() => answerLeadSquaredSlotsRequest(request, { now: 0, users: [] }, null as never)),
  ).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'options',
  })
})

test('toLeadSquaredTemplate: a hole in a sparse weekly list is an INVALID_TIME at its index, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const schedule = { timeZone: 'Europe/London', weekly: { tuesday: [,] } }
  expect(thrownBy(() => toLeadSquaredTemplate(schedule as never))).toEqual({
    code: 'INVALID_TIME',
    path: 'weekly.tuesday[0].from',
  })
})

test('fromLeadSquaredUsers: a window whose start is a deeply nested array is refused, not a stack overflow', () => {
  let deep: unknown = []
  for (let i = 0; i < 100_000; i++) deep = [deep]
  const data = {
    users: [{ ID: 'u1' }],
    tasks: [
      { UserTaskId: 't1', OwnerId: 'u1', DueDate: '2026-03-09 05:00:00', EndDate: '2026-03-09 06:00:00' },
    ],
  }
  expect(thrownBy(() => fromLeadSquaredUsers(data, { window: { start: deep as number, end: 0 } }))).toEqual({
    code: 'INVALID_ARGUMENT',
    path: 'options.window',
  })
})

test('fromLeadSquaredUsers, toLeadSquaredSlotsResponse, fromLeadSquaredHolidays: a hole in a sparse list is refused at its index, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const users = [, { ID: 'u1', EmailAddress: 'a@example.com' }]
  expect(thrownBy(() => fromLeadSquaredUsers({ users }, {}))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'users[0]',
  })
  const result = availability({
    window: { start: Date.UTC(2026, 2, 9), end: Date.UTC(2026, 2, 10) },
    now: Date.UTC(2026, 2, 1),
    people: [
      { id: 'u1', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '10:00' }] } } },
    ],
    policy: { durationMinutes: 30 },
  })
  expect(thrownBy(() => toLeadSquaredSlotsResponse(result, { users: users as never }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'options.users[0]',
  })
  // biome-ignore lint/suspicious/noSparseArray: a sparse holiday list.
  const holidays = [, { Date: '2026-12-25' }]
  expect(thrownBy(() => fromLeadSquaredHolidays(holidays))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: '[0]',
  })
})

test('fromLeadSquaredTasks: a hole in a sparse task list is refused at its index, not passed over', () => {
  const task = {
    UserTaskId: 't1',
    OwnerId: 'u1',
    DueDate: '2026-03-09 05:00:00',
    EndDate: '2026-03-09 06:00:00',
  }
  // biome-ignore lint/suspicious/noSparseArray: a sparse task list.
  expect(thrownBy(() => fromLeadSquaredTasks([task, , task]))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: '[1]',
  })
})
