import { describe, expect, test } from 'vitest'
import holidayCalendars from './__fixtures__/team/holiday-calendars.json' with { type: 'json' }
import leaves from './__fixtures__/team/leaves.json' with { type: 'json' }
import taskTypes from './__fixtures__/team/task-types.json' with { type: 'json' }
import tasks from './__fixtures__/team/tasks.json' with { type: 'json' }
import templates from './__fixtures__/team/templates.json' with { type: 'json' }
import users from './__fixtures__/team/users.json' with { type: 'json' }
import { fromLeadSquaredUsers, safeFromLeadSquaredUsers } from './fromLeadSquaredUsers.js'

const data = { users, templates, holidayCalendars, leaves, tasks, taskTypes }

describe('fromLeadSquaredUsers', () => {
  test('maps the team fixture into core people (snapshot)', () => {
    const { value, warnings } = fromLeadSquaredUsers(data)
    expect(value).toMatchSnapshot()
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['LEAVE_NOT_APPROVED', 'leaves[3].Status'],
      ['UNKNOWN_TASK_TYPE', 'tasks[7].TaskType'],
    ])
  })

  test('each user gets their template, holidays, leave and tasks; a user without a template has no weekly hours', () => {
    const { people } = fromLeadSquaredUsers(data).value
    expect(
      people.map((person) => [
        person.id.slice(-4),
        person.schedule.timeZone,
        person.busy?.map((event) => event.id),
      ]),
    ).toEqual([
      ['a001', 'Asia/Kolkata', ['b7c1-0003', 'b7c1-0004']],
      ['a002', 'America/New_York', ['b7c1-0001', 'b7c1-0002', 'b7c1-0008']],
      ['a003', 'Europe/London', ['b7c1-0005', 'b7c1-0006', 'b7c1-0007']],
      ['a004', 'Asia/Kolkata', ['b7c1-0009']],
    ])
    expect(people[0]!.schedule.holidays).toEqual(['2026-03-10'])
    expect(people[1]!.schedule.leave).toEqual([
      '2026-03-05',
      { start: Date.UTC(2026, 2, 10, 17), end: Date.UTC(2026, 2, 10, 19) },
    ])
    expect(people[3]!.schedule).toEqual({ timeZone: 'Asia/Kolkata', holidays: [] })
  })

  test('emails pick and order users case-insensitively; unknown and repeated ones are reported; other users’ tasks are not read', () => {
    const { value, warnings } = fromLeadSquaredUsers(data, {
      emails: [
        'CARA.LEWIS@example.com',
        'nobody@example.com',
        'asha.rao@example.com',
        'cara.lewis@example.com',
      ],
    })
    expect(value.users.map((user) => user.EmailAddress)).toEqual([
      'cara.lewis@example.com',
      'asha.rao@example.com',
    ])
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['UNKNOWN_USER', 'emails[1]'],
      ['DUPLICATE_USER', 'emails[3]'],
      ['LEAVE_NOT_APPROVED', 'leaves[3].Status'],
    ])
  })

  test('the window option keeps only the tasks that touch it', () => {
    const window = { start: Date.UTC(2026, 2, 26), end: Date.UTC(2026, 3, 2) }
    const { people } = fromLeadSquaredUsers(data, { window }).value
    expect(people.flatMap((person) => person.busy ?? []).map((event) => event.id)).toEqual([
      'b7c1-0005',
      'b7c1-0006',
      'b7c1-0007',
    ])
  })

  test('an unknown template or holiday calendar is reported; the user then has no hours', () => {
    const { value, warnings } = fromLeadSquaredUsers({
      users: [
        {
          ID: 'x',
          EmailAddress: 'x@example.com',
          TimeZone: 'UTC',
          WorkDayTemplateId: 'gone',
          HolidayCalendarId: 'gone',
        },
      ],
      templates,
    })
    expect(value.people[0]!.schedule.weekly).toBeUndefined()
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['UNKNOWN_TEMPLATE', 'users[0].WorkDayTemplateId'],
      ['UNKNOWN_HOLIDAY_CALENDAR', 'users[0].HolidayCalendarId'],
    ])
  })

  test('errors name the part of the data they come from', () => {
    const broken = structuredClone(templates)
    broken[1]!.WorkingHours[0]!.EndTime = '17h'
    const result = safeFromLeadSquaredUsers({ ...data, templates: broken })
    expect(result.success).toBe(false)
    if (!result.success)
      expect(result.issues[0]).toMatchObject({
        code: 'INVALID_VENDOR_PAYLOAD',
        path: 'templates[1].WorkingHours[0].EndTime',
      })
    const task = safeFromLeadSquaredUsers({ ...data, tasks: [{ ...tasks[0], DueDate: 'now' }] })
    if (!task.success) expect(task.issues[0]!.path).toBe('tasks[0].DueDate')
    expect(task.success).toBe(false)
  })
})
