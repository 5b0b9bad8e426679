import { readFileSync } from 'node:fs'
import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import seedAccount from './__fixtures__/seed-account.json' with { type: 'json' }
import vendorsAccount from './__fixtures__/vendors-example-account.json' with { type: 'json' }
import { answerLeadSquaredSlotsRequest } from './answerLeadSquaredSlotsRequest.js'
import { fromLeadSquaredSlotsRequest } from './fromLeadSquaredSlotsRequest.js'
import { fromLeadSquaredSlotsResponse } from './fromLeadSquaredSlotsResponse.js'
import { toLeadSquaredSlotsResponse } from './toLeadSquaredSlotsResponse.js'
import type { LeadSquaredSlotsResponse } from './types.js'

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8').trimEnd()

/** `"HH:mm:ss-HH:mm:ss"` per slot, to compare many dates at a glance. */
const windows = (slots: { StartTime: string; EndTime: string }[] | null) =>
  slots === null ? null : slots.map((slot) => `${slot.StartTime}-${slot.EndTime}`)

/** One user of one-template account data. */
function oneUser(template: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    now: 0,
    users: [
      {
        ID: 'u1',
        EmailAddress: 'u1@example.com',
        TimeZone: template.TimeZone,
        WorkDayTemplateId: 't1',
        HolidayCalendarId: 'h1',
      },
    ],
    templates: [{ Id: 't1', ...template }],
    ...extra,
  }
}

function request(from: string, to: string, extra: Record<string, unknown> = {}) {
  return {
    FromDate: from,
    ToDate: to,
    Users: ['u1@example.com'],
    IncludeAllowedConflictSlots: false,
    ...extra,
  }
}

/** Date → that user's entry. */
function byDate(response: LeadSquaredSlotsResponse, user = 0) {
  return Object.fromEntries(response.List.map((entry) => [entry.Date, entry.UserSlots[user]!]))
}

describe('documented examples, byte for byte', () => {
  test('the seed response: page 1 (size 1) of 2018-09-25 … 26, breaks left inside AvailableSlots as the seed shows', () => {
    const { value, warnings } = answerLeadSquaredSlotsRequest(
      seedAccount.request,
      { ...seedAccount, now: 0 },
      {
        availableSlotsIncludeBreaks: true,
      },
    )
    expect(warnings).toEqual([])
    expect(JSON.stringify(value, null, 2)).toBe(fixture('seed-response.json'))
  })

  test('the vendors.md response: a follow-up that allows conflicts, listed with busySlots: all', () => {
    const { value, warnings } = answerLeadSquaredSlotsRequest(
      vendorsAccount.request,
      { ...vendorsAccount, now: 0 },
      { busySlots: 'all' },
    )
    expect(warnings).toEqual([])
    expect(JSON.stringify(value, null, 2)).toBe(fixture('vendors-example-response.json'))
  })

  test('to(from(seed)) through the core writes the seed again, byte for byte', () => {
    const read = fromLeadSquaredSlotsResponse(JSON.parse(fixture('seed-response.json')), {
      availableSlotsIncludeBreaks: true,
    })
    expect(read.warnings).toEqual([])
    const query = fromLeadSquaredSlotsRequest(seedAccount.request).value
    const result = availability({
      window: query.window,
      now: 0,
      people: read.value.users.map((user) => user.person),
      policy: { durationMinutes: 1440 },
    })
    const { value } = toLeadSquaredSlotsResponse(result, {
      request: seedAccount.request,
      users: read.value.users.map((user) => user.user),
      availableSlotsIncludeBreaks: true,
    })
    expect(JSON.stringify(value, null, 2)).toBe(fixture('seed-response.json'))
  })

  test('by default AvailableSlots are net of breaks (the seed’s 22:15 window starts after its break)', () => {
    const { value } = answerLeadSquaredSlotsRequest(seedAccount.request, { ...seedAccount, now: 0 })
    expect(value.List[0]!.UserSlots[0]!.AvailableSlots).toEqual([
      { StartTime: '22:30:00', EndTime: '00:00:00' },
    ])
  })
})

describe('toLeadSquaredSlotsResponse from a core result', () => {
  const body = { FromDate: '2026-03-09', ToDate: '2026-03-13', Users: ['ana@example.com'] }
  const query = fromLeadSquaredSlotsRequest(body).value
  const result = availability({
    window: query.window,
    now: 0,
    policy: { durationMinutes: 30 },
    people: [
      {
        id: 'u1',
        schedule: {
          timeZone: 'America/New_York',
          weekly: { monday: [{ from: '09:00', to: '17:00' }], wednesday: [{ from: '09:00', to: '17:00' }] },
          holidays: ['2026-03-11'],
        },
      },
    ],
  })
  const users = [{ ID: 'u1', EmailAddress: 'ana@example.com', TimeZone: 'America/New_York' }]

  test('RecordCount counts the dates FromDate … ToDate, inclusive', () => {
    const { value } = toLeadSquaredSlotsResponse(result, { request: body, users })
    expect(value.RecordCount).toBe(5)
    expect(
      value.List.map((entry) => [
        entry.Date,
        windows(entry.UserSlots[0]!.AvailableSlots),
        entry.UserSlots[0]!.NoSlotsReason,
      ]),
    ).toEqual([
      ['2026-03-09', ['09:00:00-17:00:00'], null],
      ['2026-03-10', [], 'NotScheduled'],
      ['2026-03-11', [], 'Holiday'],
      ['2026-03-12', [], 'NotScheduled'],
      ['2026-03-13', [], 'NotScheduled'],
    ])
  })

  test('PageIndex is 1-based; a page past the end is empty; RecordCount stays the total', () => {
    const page = (PageIndex: number) =>
      toLeadSquaredSlotsResponse(result, { request: { ...body, Paging: { PageIndex, PageSize: 2 } }, users })
        .value
    expect(page(1).List.map((entry) => entry.Date)).toEqual(['2026-03-09', '2026-03-10'])
    expect(page(3).List.map((entry) => entry.Date)).toEqual(['2026-03-13'])
    expect(page(4)).toEqual({ RecordCount: 5, List: [] })
  })

  test('without a request: every date of the result; without a record: the person’s id and zone', () => {
    const { value } = toLeadSquaredSlotsResponse(result)
    expect(value.List[0]!.UserSlots[0]).toMatchObject({
      UserId: 'u1',
      EmailAddress: null,
      UserTimeZone: 'America/New_York',
    })
    expect(value.RecordCount).toBe(value.List.length)
  })

  test('a result that misses a requested date is reported (DATE_NOT_IN_RESULT)', () => {
    const narrow = availability({
      window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'America/New_York' },
      now: 0,
      policy: { durationMinutes: 30 },
      people: [{ id: 'u1', schedule: { timeZone: 'America/New_York', weekly: {} } }],
    })
    const { warnings } = toLeadSquaredSlotsResponse(narrow, { request: body, users })
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['DATE_NOT_IN_RESULT', 'List[1].UserSlots[0]'],
    ])
  })
})

describe('DST days', () => {
  const onCall = (TimeZone: string) => ({
    TimeZone,
    WorkingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    WorkingHours: [{ StartTime: '00:00:00', EndTime: '00:00:00' }],
  })

  test('a 24-hour template is one 00:00:00–00:00:00 window on the 23-hour 2026-03-08 in New York', () => {
    const { value } = answerLeadSquaredSlotsRequest(
      request('2026-03-07', '2026-03-09'),
      oneUser(onCall('America/New_York')),
    )
    const days = byDate(value)
    for (const date of ['2026-03-07', '2026-03-08', '2026-03-09']) {
      expect(windows(days[date]!.AvailableSlots)).toEqual(['00:00:00-00:00:00'])
    }
    const read = fromLeadSquaredSlotsResponse(value).value.users[0]!.days
    expect(read.map((day) => (day.available[0]!.end - day.available[0]!.start) / 3_600_000)).toEqual([
      24, 23, 24,
    ])
  })

  test('America/Santiago 2026-09-06 starts at 01:00, so its window does too', () => {
    const { value } = answerLeadSquaredSlotsRequest(
      request('2026-09-05', '2026-09-06'),
      oneUser(onCall('America/Santiago')),
    )
    expect(value.List.map((entry) => windows(entry.UserSlots[0]!.AvailableSlots))).toEqual([
      ['00:00:00-00:00:00'],
      ['01:00:00-00:00:00'],
    ])
  })

  test('09:00–17:00 in New York is 14:00Z before and 13:00Z after 2026-03-08', () => {
    const template = {
      TimeZone: 'America/New_York',
      WorkingDays: ['Friday', 'Monday'],
      WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }],
    }
    const { value } = answerLeadSquaredSlotsRequest(request('2026-03-06', '2026-03-09'), oneUser(template))
    const read = fromLeadSquaredSlotsResponse(value).value.users[0]!.days
    expect(read.filter((day) => day.available.length > 0).map((day) => day.available)).toEqual([
      [{ start: Date.UTC(2026, 2, 6, 14), end: Date.UTC(2026, 2, 6, 22) }],
      [{ start: Date.UTC(2026, 2, 9, 13), end: Date.UTC(2026, 2, 9, 21) }],
    ])
  })

  test('a window edge in the repeated hour of 2026-11-01 cannot be written unambiguously: reported', () => {
    const template = {
      TimeZone: 'America/New_York',
      WorkingDays: ['Sunday'],
      WorkingHours: [{ StartTime: '00:00:00', EndTime: '04:00:00' }],
    }
    // 06:30Z is the second 01:30 in New York that day (EST).
    const tasks = [
      { UserTaskId: 't1', OwnerId: 'u1', DueDate: '2026-11-01 06:30:00', EndDate: '2026-11-01 07:00:00' },
    ]
    const { value, warnings } = answerLeadSquaredSlotsRequest(
      request('2026-11-01', '2026-11-01'),
      oneUser(template, { tasks }),
    )
    expect(windows(value.List[0]!.UserSlots[0]!.AvailableSlots)).toEqual([
      '00:00:00-01:30:00',
      '02:00:00-04:00:00',
    ])
    expect(warnings.map((warning) => warning.code)).toContain('AMBIGUOUS_WALL_TIME')
  })
})

describe('midnight-crossing hours, holidays, overrides', () => {
  const nightShift = {
    TimeZone: 'Europe/London',
    WorkingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    WorkingHours: [{ StartTime: '22:00:00', EndTime: '06:00:00' }],
    DateOverrides: [{ Date: '2026-01-08', WorkingHours: [] }],
  }
  const data = oneUser(nightShift, {
    holidayCalendars: [{ Id: 'h1', Holidays: [{ Name: 'Closed', Date: '2026-01-06' }] }],
    tasks: [
      {
        UserTaskId: 't1',
        OwnerId: 'u1',
        TaskType: 'Call',
        DueDate: '2026-01-05 23:30:00',
        EndDate: '2026-01-06 00:30:00',
      },
    ],
  })
  const { value, warnings } = answerLeadSquaredSlotsRequest(request('2026-01-05', '2026-01-11'), data)
  const days = byDate(value)

  test('a 22:00–06:00 shift is cut at midnight; a holiday closes its own shift, not the one running into it', () => {
    expect(
      Object.entries(days).map(([date, day]) => [date, windows(day.AvailableSlots), day.NoSlotsReason]),
    ).toEqual([
      ['2026-01-05', ['22:00:00-23:30:00'], null], // Monday, until the call
      ['2026-01-06', ['00:30:00-06:00:00'], null], // holiday, but Monday's shift runs into it
      ['2026-01-07', ['22:00:00-00:00:00'], null], // Wednesday's own shift only
      ['2026-01-08', ['00:00:00-06:00:00'], null], // override closes Thursday's shift
      ['2026-01-09', ['22:00:00-00:00:00'], null],
      ['2026-01-10', ['00:00:00-06:00:00'], null], // Saturday: Friday's shift
      ['2026-01-11', [], 'NotScheduled'],
    ])
    expect(warnings.map((warning) => warning.code)).toEqual(['UNKNOWN_TASK_TYPE'])
  })

  test('a task across midnight is listed under both dates it touches', () => {
    const busy = [{ StartTime: '2026-01-05 23:30:00', EndTime: '2026-01-06 00:30:00' }]
    expect(days['2026-01-05']!.BusySlots).toEqual(busy)
    expect(days['2026-01-06']!.BusySlots).toEqual(busy)
  })

  test('an all-day holiday with no spill says Holiday', () => {
    const { value: closed } = answerLeadSquaredSlotsRequest(
      request('2026-01-06', '2026-01-06'),
      oneUser(
        { ...nightShift, WorkingDays: ['Tuesday'] },
        { holidayCalendars: [{ Id: 'h1', Holidays: [{ Date: '2026-01-06' }] }] },
      ),
    )
    expect(closed.List[0]!.UserSlots[0]).toMatchObject({
      AvailableSlots: [],
      Breaks: [],
      NoSlotsReason: 'Holiday',
    })
  })
})

describe('soft tasks and IncludeAllowedConflictSlots', () => {
  const template = {
    TimeZone: 'UTC',
    WorkingDays: ['Monday'],
    WorkingHours: [{ StartTime: '09:00:00', EndTime: '12:00:00' }],
  }
  const data = oneUser(template, {
    taskTypes: [
      { Name: 'Follow-up', AllowConflicts: true },
      { Name: 'Meeting', AllowConflicts: false },
    ],
    tasks: [
      {
        UserTaskId: 'soft',
        OwnerId: 'u1',
        TaskType: 'Follow-up',
        DueDate: '2026-03-09 09:30:00',
        EndDate: '2026-03-09 10:00:00',
      },
      {
        UserTaskId: 'hard',
        OwnerId: 'u1',
        TaskType: 'Meeting',
        DueDate: '2026-03-09 11:00:00',
        EndDate: '2026-03-09 11:30:00',
      },
    ],
  })
  const slot = (include: boolean, options = {}) =>
    answerLeadSquaredSlotsRequest(
      request('2026-03-09', '2026-03-09', { IncludeAllowedConflictSlots: include }),
      data,
      options,
    ).value.List[0]!.UserSlots[0]!

  test('true: an allow-conflict task neither cuts a window nor shows as busy', () => {
    expect(windows(slot(true).AvailableSlots)).toEqual(['09:00:00-11:00:00', '11:30:00-12:00:00'])
    expect(slot(true).BusySlots).toEqual([
      { StartTime: '2026-03-09 11:00:00', EndTime: '2026-03-09 11:30:00' },
    ])
  })

  test('false: it blocks like any task', () => {
    expect(windows(slot(false).AvailableSlots)).toEqual([
      '09:00:00-09:30:00',
      '10:00:00-11:00:00',
      '11:30:00-12:00:00',
    ])
    expect(slot(false).BusySlots).toHaveLength(2)
  })

  test('busySlots: all lists it even when it does not block', () => {
    expect(slot(true, { busySlots: 'all' }).BusySlots).toHaveLength(2)
  })
})

describe('options', () => {
  const template = {
    TimeZone: 'America/New_York',
    WorkingDays: ['Monday'],
    WorkingHours: [{ StartTime: '09:00:00', EndTime: '17:00:00' }],
    Breaks: [{ StartTime: '12:00:00', EndTime: '13:00:00' }],
  }
  const tasks = [
    { UserTaskId: 't1', OwnerId: 'u1', DueDate: '2026-03-09 14:00:00', EndDate: '2026-03-09 15:00:00' },
  ]
  const data = {
    ...oneUser(template, { tasks }),
    users: [{ ID: 'u1', EmailAddress: 'u1@example.com', TimeZone: 'Europe/London', WorkDayTemplateId: 't1' }],
  }
  const first = (options = {}) =>
    answerLeadSquaredSlotsRequest(request('2026-03-09', '2026-03-09'), data, options).value.List[0]!
      .UserSlots[0]!

  test('defaults: template zone for windows, UTC for busy slots', () => {
    expect(first()).toEqual({
      UserId: 'u1',
      EmailAddress: 'u1@example.com',
      UserTimeZone: 'Europe/London',
      AvailableSlots: [
        { StartTime: '09:00:00', EndTime: '10:00:00' },
        { StartTime: '11:00:00', EndTime: '12:00:00' },
        { StartTime: '13:00:00', EndTime: '17:00:00' },
      ],
      Breaks: [{ StartTime: '12:00:00', EndTime: '13:00:00' }],
      BusySlots: [{ StartTime: '2026-03-09 14:00:00', EndTime: '2026-03-09 15:00:00' }],
      WorkDayTemplateTimeZone: 'America/New_York',
      NoSlotsReason: null,
    })
  })

  test('slotsTimeZone: user writes the windows on the user’s clock (London is 4 hours ahead that day)', () => {
    expect(windows(first({ slotsTimeZone: 'user' }).AvailableSlots)).toEqual([
      '13:00:00-14:00:00',
      '15:00:00-16:00:00',
      '17:00:00-21:00:00',
    ])
  })

  test('busySlotsTimeZone: template, user or an IANA id', () => {
    expect(first({ busySlotsTimeZone: 'template' }).BusySlots![0]!.StartTime).toBe('2026-03-09 10:00:00')
    expect(first({ busySlotsTimeZone: 'user' }).BusySlots![0]!.StartTime).toBe('2026-03-09 14:00:00')
    expect(first({ busySlotsTimeZone: 'Asia/Kolkata' }).BusySlots![0]!.StartTime).toBe('2026-03-09 19:30:00')
  })

  test('availableSlots: slots lists the policy’s slots instead of windows (the grid is not moved by busy time)', () => {
    const slots = answerLeadSquaredSlotsRequest(
      request('2026-03-09', '2026-03-09'),
      { ...data, policy: { durationMinutes: 90 } },
      { availableSlots: 'slots' },
    )
    expect(windows(slots.value.List[0]!.UserSlots[0]!.AvailableSlots)).toEqual([
      '13:00:00-14:30:00',
      '14:30:00-16:00:00',
    ])
  })

  test('nullListsWithoutTemplate: false writes [] for a user without a template', () => {
    const noTemplate = {
      now: 0,
      users: [{ ID: 'u2', EmailAddress: 'u1@example.com', TimeZone: 'Asia/Kolkata' }],
    }
    const seedLike = answerLeadSquaredSlotsRequest(request('2026-03-09', '2026-03-09'), noTemplate).value
      .List[0]!.UserSlots[0]!
    expect(seedLike).toMatchObject({
      AvailableSlots: null,
      Breaks: null,
      BusySlots: [],
      WorkDayTemplateTimeZone: null,
      NoSlotsReason: 'WorkDayTemplateNotDefined',
    })
    const arrays = answerLeadSquaredSlotsRequest(request('2026-03-09', '2026-03-09'), noTemplate, {
      nullListsWithoutTemplate: false,
    })
    expect(arrays.value.List[0]!.UserSlots[0]).toMatchObject({ AvailableSlots: [], Breaks: [] })
  })
})
