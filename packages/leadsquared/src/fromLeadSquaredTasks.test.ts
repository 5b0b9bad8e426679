import { describe, expect, test } from 'vitest'
import taskTypes from './__fixtures__/team/task-types.json' with { type: 'json' }
import tasks from './__fixtures__/team/tasks.json' with { type: 'json' }
import { fromLeadSquaredTasks, safeFromLeadSquaredTasks } from './fromLeadSquaredTasks.js'

describe('fromLeadSquaredTasks', () => {
  test('maps the fixture (snapshot): UTC times, allow-conflict types soft, unknown types hard and reported once', () => {
    const { value, warnings } = fromLeadSquaredTasks(tasks, { taskTypes })
    expect(value).toMatchSnapshot()
    expect(value[0]).toEqual({
      ownerId: '6a1f0c2e-0000-4000-8000-00000000a002',
      ownerEmailAddress: null,
      event: {
        id: 'b7c1-0001',
        start: Date.UTC(2026, 2, 6, 14),
        end: Date.UTC(2026, 2, 6, 14, 30),
        eventType: 'Call',
      },
    })
    expect(value[2]!.event.soft).toBe(true)
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['UNKNOWN_TASK_TYPE', '[7].TaskType'],
    ])
  })

  test('without EndDate a task takes its type’s Duration, else 30 minutes, and says so', () => {
    const { value, warnings } = fromLeadSquaredTasks(
      [
        { UserTaskId: 'a', TaskType: 'Follow-up', DueDate: '2026-03-09 10:00:00' },
        { UserTaskId: 'b', DueDate: '2026-03-09 10:00:00', EndDate: null },
      ],
      { taskTypes },
    )
    expect(value.map((task) => (task.event.end - task.event.start) / 60_000)).toEqual([15, 30])
    expect(warnings.map((warning) => warning.code)).toEqual(['TASK_END_ASSUMED', 'TASK_END_ASSUMED'])
  })

  test('task times in another zone by option; a task type given as an object or by id', () => {
    const { value } = fromLeadSquaredTasks(
      [
        {
          UserTaskId: 'a',
          TaskType: { Name: 'follow-up' },
          DueDate: '2026-03-09 10:00:00',
          EndDate: '2026-03-09 10:30:00',
        },
        {
          UserTaskId: 'b',
          TaskTypeId: 'tt-follow-up',
          DueDate: '2026-03-09T10:00',
          EndDate: '2026-03-09T10:30',
        },
      ],
      { taskTypes, timeZone: 'Asia/Kolkata' },
    )
    expect(value.map((task) => [task.event.start, task.event.soft, task.event.eventType])).toEqual([
      [Date.UTC(2026, 2, 9, 4, 30), true, 'Follow-up'],
      [Date.UTC(2026, 2, 9, 4, 30), true, 'Follow-up'],
    ])
  })

  test('a task that ends before it starts is left out and reported', () => {
    const { value, warnings } = fromLeadSquaredTasks([
      { UserTaskId: 'a', DueDate: '2026-03-09 10:00:00', EndDate: '2026-03-09 09:00:00' },
    ])
    expect(value).toEqual([])
    expect(warnings.map((warning) => warning.code)).toEqual(['TASK_REVERSED'])
  })

  test.each([
    [[{ DueDate: '2026-03-09 10:00:00' }], '[0].UserTaskId'],
    [[{ UserTaskId: 'a', DueDate: '09/03/2026 10:00' }], '[0].DueDate'],
    [[{ UserTaskId: 'a', DueDate: '2026-03-09 10:00:00', EndDate: 5 }], '[0].EndDate'],
    [[{ UserTaskId: 'a', DueDate: '2026-03-09 10:00:00', OwnerId: 5 }], '[0].OwnerId'],
  ])('a malformed task fails at its path (%j)', (payload, path) => {
    const result = safeFromLeadSquaredTasks(payload)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_VENDOR_PAYLOAD', path })
  })

  test('a malformed task type fails at its path under options.taskTypes', () => {
    const result = safeFromLeadSquaredTasks([], { taskTypes: [{ Name: 'X', AllowConflicts: 'yes' }] })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]!.path).toBe('options.taskTypes[0].AllowConflicts')
  })
})
