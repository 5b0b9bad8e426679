import { describe, expect, test } from 'vitest'
import { answerLeadSquaredSlotsRequest } from './answerLeadSquaredSlotsRequest.js'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const ZONES = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Sao_Paulo']

/** `count` users over five templates, each with a task every working day. */
function account(count: number, days: number) {
  const templates = ZONES.map((TimeZone, i) => ({
    Id: `t${i}`,
    TimeZone,
    WorkingDays: WEEKDAYS,
    WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:30:00' }],
    Breaks: [{ StartTime: '13:00:00', EndTime: '13:30:00' }],
  }))
  const users = Array.from({ length: count }, (_, i) => ({
    ID: `u${i}`,
    EmailAddress: `user${i}@example.com`,
    TimeZone: ZONES[i % ZONES.length],
    WorkDayTemplateId: `t${i % ZONES.length}`,
  }))
  const tasks = users.flatMap((user, i) =>
    Array.from({ length: days }, (_, d) => {
      const date = new Date(Date.UTC(2026, 0, 5 + d)).toISOString().slice(0, 10)
      return {
        UserTaskId: `${user.ID}-${d}`,
        OwnerId: user.ID,
        TaskType: 'Meeting',
        DueDate: `${date} ${String(i % 24).padStart(2, '0')}:00:00`,
        EndDate: `${date} ${String(i % 24).padStart(2, '0')}:45:00`,
      }
    }),
  )
  return { now: 0, users, templates, tasks, taskTypes: [{ Name: 'Meeting', AllowConflicts: false }] }
}

describe('answerLeadSquaredSlotsRequest', () => {
  test('100 users × the full 100-day range: one entry per user per date, in request order', () => {
    const data = account(100, 101)
    const Users = data.users.map((user) => user.EmailAddress).reverse()
    const { value, warnings } = answerLeadSquaredSlotsRequest(
      { FromDate: '2026-01-05', ToDate: '2026-04-15', Users },
      data,
    )
    expect(warnings).toEqual([])
    expect(value.RecordCount).toBe(101)
    expect(value.List).toHaveLength(101)
    for (const entry of value.List) expect(entry.UserSlots.map((user) => user.EmailAddress)).toEqual(Users)
    // Monday 2026-01-05, user0 in Kolkata: a task 00:00–00:45Z = 05:30–06:15 IST, before the day starts.
    const first = value.List[0]!.UserSlots.at(-1)!
    expect(first.AvailableSlots).toEqual([
      { StartTime: '09:00:00', EndTime: '13:00:00' },
      { StartTime: '13:30:00', EndTime: '17:30:00' },
    ])
    expect(first.BusySlots).toEqual([{ StartTime: '2026-01-05 00:00:00', EndTime: '2026-01-05 00:45:00' }])
  })

  test('only the requested page is computed, and RecordCount is still every date', () => {
    const data = account(3, 10)
    const { value } = answerLeadSquaredSlotsRequest(
      {
        FromDate: '2026-01-05',
        ToDate: '2026-01-14',
        Users: ['user0@example.com'],
        Paging: { PageIndex: 2, PageSize: 4 },
      },
      data,
    )
    expect(value.RecordCount).toBe(10)
    expect(value.List.map((entry) => entry.Date)).toEqual([
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
      '2026-01-12',
    ])
  })

  test('an unknown email is left out and reported; with nobody known, dates come back with no users', () => {
    const data = account(1, 1)
    const { value, warnings } = answerLeadSquaredSlotsRequest(
      { FromDate: '2026-01-05', ToDate: '2026-01-06', Users: ['nobody@example.com'] },
      data,
    )
    expect(value).toEqual({
      RecordCount: 2,
      List: [
        { Date: '2026-01-05', UserSlots: [] },
        { Date: '2026-01-06', UserSlots: [] },
      ],
    })
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([['UNKNOWN_USER', 'emails[0]']])
  })

  test('over 100 days: VENDOR_LIMIT with LeadSquared’s error body, path inside the request', () => {
    expect(() =>
      answerLeadSquaredSlotsRequest(
        { FromDate: '2026-01-01', ToDate: '2026-06-01', Users: ['a@example.com'] },
        account(1, 1),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'VENDOR_LIMIT',
        path: 'request.ToDate',
        details: expect.objectContaining({ vendorError: expect.objectContaining({ Status: 'Error' }) }),
      }),
    )
  })

  test('bad account data fails at its path', () => {
    const data = account(1, 1)
    data.templates[0]!.WorkingHours[0]!.StartTime = 'nine'
    expect(() =>
      answerLeadSquaredSlotsRequest(
        { FromDate: '2026-01-05', ToDate: '2026-01-05', Users: ['user0@example.com'] },
        data,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_VENDOR_PAYLOAD',
        path: 'templates[0].WorkingHours[0].StartTime',
      }),
    )
  })
})
