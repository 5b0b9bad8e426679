// End to end: a team of three in Asia/Kolkata, America/New_York and Europe/London, from the
// raw LeadSquared request and account data to the response, checked against expectations
// worked out by hand from the fixtures (templates, holidays, leave, tasks in UTC).
import { describe, expect, test } from 'vitest'
import holidayCalendars from './__fixtures__/team/holiday-calendars.json' with { type: 'json' }
import leaves from './__fixtures__/team/leaves.json' with { type: 'json' }
import taskTypes from './__fixtures__/team/task-types.json' with { type: 'json' }
import tasks from './__fixtures__/team/tasks.json' with { type: 'json' }
import templates from './__fixtures__/team/templates.json' with { type: 'json' }
import users from './__fixtures__/team/users.json' with { type: 'json' }
import { answerLeadSquaredSlotsRequest } from './answerLeadSquaredSlotsRequest.js'
import { fromLeadSquaredSlotsResponse } from './fromLeadSquaredSlotsResponse.js'
import type { LeadSquaredSlotsResponse, LeadSquaredUserSlots } from './types.js'

const data = { now: Date.UTC(2026, 2, 1), users, templates, holidayCalendars, leaves, tasks, taskTypes }
const team = ['asha.rao@example.com', 'ben.carter@example.com', 'cara.lewis@example.com']

function ask(FromDate: string, ToDate: string, IncludeAllowedConflictSlots = true) {
  return answerLeadSquaredSlotsRequest({ FromDate, ToDate, Users: team, IncludeAllowedConflictSlots }, data)
}

/** `"09:30-11:00 11:15-13:00"`, or the reason when there is no window. */
function summary(user: LeadSquaredUserSlots): string {
  const slots = user.AvailableSlots ?? []
  if (slots.length === 0) return user.NoSlotsReason ?? 'none'
  return slots.map((slot) => `${slot.StartTime.slice(0, 5)}-${slot.EndTime.slice(0, 5)}`).join(' ')
}

function table(response: LeadSquaredSlotsResponse) {
  return Object.fromEntries(response.List.map((entry) => [entry.Date, entry.UserSlots.map(summary)]))
}

function busyOf(response: LeadSquaredSlotsResponse, user: number) {
  return response.List.flatMap((entry) =>
    (entry.UserSlots[user]!.BusySlots ?? []).map(
      (busy) => `${entry.Date}: ${busy.StartTime} – ${busy.EndTime}`,
    ),
  )
}

// Asha: Mon–Fri 09:30–13:00 + 14:00–18:30 with tea 11:00–11:15, Saturday 10:00–14:00 (day-wise).
const ASHA = '09:30-11:00 11:15-13:00 14:00-18:30'
// Ben: Mon–Fri 09:00–17:00, lunch 12:00–13:00. Cara: Mon–Fri 08:00–16:30, lunch 12:30–13:00.
const BEN = '09:00-12:00 13:00-17:00'
const CARA = '08:00-12:30 13:00-16:30'

describe('a week across New York’s DST change (2026-03-08)', () => {
  const { value, warnings } = ask('2026-03-05', '2026-03-11')

  test('every user and date, as worked out by hand', () => {
    expect(value.RecordCount).toBe(7)
    expect(table(value)).toEqual({
      '2026-03-05': [ASHA, 'Leave', CARA], // Ben: a full day of leave
      '2026-03-06': [ASHA, '09:30-12:00 13:00-17:00', CARA], // Ben: call 14:00Z = 09:00 EST
      '2026-03-07': ['10:00-14:00', 'NotScheduled', 'NotScheduled'],
      '2026-03-08': ['NotScheduled', 'NotScheduled', 'NotScheduled'],
      // Ben: meeting 14:00Z = 10:00 EDT (New York moved to −04:00 on the 8th). Asha's
      // follow-up allows conflicts and the request includes those slots.
      '2026-03-09': [ASHA, '09:00-10:00 11:00-12:00 13:00-17:00', CARA],
      '2026-03-10': ['Holiday', '09:00-12:00 15:00-17:00', CARA], // Ben: partial leave 13:00–15:00
      '2026-03-11': ['10:30-11:00 11:15-13:00 14:00-18:30', BEN, CARA], // Asha: site visit 04:00Z = 09:30 IST
    })
  })

  test('busy slots are the blocking tasks, in UTC', () => {
    expect(busyOf(value, 0)).toEqual(['2026-03-11: 2026-03-11 04:00:00 – 2026-03-11 05:00:00'])
    expect(busyOf(value, 1)).toEqual([
      '2026-03-06: 2026-03-06 14:00:00 – 2026-03-06 14:30:00',
      '2026-03-09: 2026-03-09 14:00:00 – 2026-03-09 15:00:00',
    ])
    expect(busyOf(value, 2)).toEqual([])
  })

  test('each user’s fields, breaks and zones', () => {
    const [asha, ben, cara] = value.List[4]!.UserSlots // 2026-03-09
    expect(asha).toMatchObject({
      UserId: '6a1f0c2e-0000-4000-8000-00000000a001',
      EmailAddress: 'asha.rao@example.com',
      UserTimeZone: 'Asia/Kolkata',
      Breaks: [{ StartTime: '11:00:00', EndTime: '11:15:00' }],
      WorkDayTemplateTimeZone: 'Asia/Kolkata',
      NoSlotsReason: null,
    })
    expect(ben).toMatchObject({
      Breaks: [{ StartTime: '12:00:00', EndTime: '13:00:00' }],
      WorkDayTemplateTimeZone: 'America/New_York',
    })
    expect(cara).toMatchObject({
      Breaks: [{ StartTime: '12:30:00', EndTime: '13:00:00' }],
      WorkDayTemplateTimeZone: 'Europe/London',
    })
  })

  test('Ben’s 09:00 is 14:00Z before the change and 13:00Z after it', () => {
    const ben = fromLeadSquaredSlotsResponse(value).value.users[1]!.days
    expect(ben.find((day) => day.date === '2026-03-06')!.available[0]!.start).toBe(
      Date.UTC(2026, 2, 6, 14, 30),
    )
    expect(ben.find((day) => day.date === '2026-03-09')!.available[0]!.start).toBe(Date.UTC(2026, 2, 9, 13))
  })

  test('what was left out is reported: the rejected leave and the unknown task type', () => {
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['LEAVE_NOT_APPROVED', 'leaves[3].Status'],
      ['UNKNOWN_TASK_TYPE', 'tasks[7].TaskType'],
    ])
  })

  test('IncludeAllowedConflictSlots false: Asha’s follow-up (06:30Z = 12:00 IST) blocks and shows as busy', () => {
    const strict = ask('2026-03-09', '2026-03-09', false).value
    expect(summary(strict.List[0]!.UserSlots[0]!)).toBe('09:30-11:00 11:15-12:00 12:30-13:00 14:00-18:30')
    expect(strict.List[0]!.UserSlots[0]!.BusySlots).toEqual([
      { StartTime: '2026-03-09 06:30:00', EndTime: '2026-03-09 07:00:00' },
    ])
  })
})

describe('a week across London’s DST change (2026-03-29)', () => {
  const { value } = ask('2026-03-26', '2026-04-01')

  test('every user and date, as worked out by hand', () => {
    expect(table(value)).toEqual({
      '2026-03-26': [ASHA, BEN, '08:00-10:00 11:00-12:30 13:00-16:30'], // Cara: demo 10:00Z = 10:00 GMT
      '2026-03-27': [ASHA, BEN, 'Leave'],
      '2026-03-28': ['10:00-14:00', 'NotScheduled', 'NotScheduled'],
      '2026-03-29': ['NotScheduled', 'NotScheduled', 'NotScheduled'],
      // Cara: override 10:00–14:00, lunch 12:30–13:00, call 12:00Z = 13:00 BST.
      '2026-03-30': [ASHA, BEN, '10:00-12:30 13:30-14:00'],
      '2026-03-31': [ASHA, BEN, '09:00-12:30 13:00-16:30'], // Cara: sync 07:00Z = 08:00 BST
      '2026-04-01': [ASHA, BEN, 'Holiday'],
    })
  })

  test('Cara’s 08:00 is 08:00Z before the change and 07:00Z after it', () => {
    const cara = fromLeadSquaredSlotsResponse(value).value.users[2]!.days
    expect(cara.find((day) => day.date === '2026-03-26')!.available[0]!.start).toBe(Date.UTC(2026, 2, 26, 8))
    expect(cara.find((day) => day.date === '2026-03-31')!.available[0]!.start).toBe(Date.UTC(2026, 2, 31, 8))
    expect(busyOf(value, 2)).toEqual([
      '2026-03-26: 2026-03-26 10:00:00 – 2026-03-26 11:00:00',
      '2026-03-30: 2026-03-30 12:00:00 – 2026-03-30 12:30:00',
      '2026-03-31: 2026-03-31 07:00:00 – 2026-03-31 08:00:00',
    ])
  })

  test('paged: three dates a page, the last page short', () => {
    const page = (PageIndex: number) =>
      answerLeadSquaredSlotsRequest(
        { FromDate: '2026-03-26', ToDate: '2026-04-01', Users: team, Paging: { PageIndex, PageSize: 3 } },
        data,
      ).value
    expect(page(1).List.map((entry) => entry.Date)).toEqual(['2026-03-26', '2026-03-27', '2026-03-28'])
    expect(page(3)).toEqual({ RecordCount: 7, List: [value.List[6]] })
  })
})
