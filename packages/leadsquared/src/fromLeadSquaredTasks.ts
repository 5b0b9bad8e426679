import { type BusyEvent, toInstantFromWallMilliseconds, validateTimeZone } from '@slotwise/core'
import {
  at,
  field,
  readArray,
  readBoolean,
  readDateTime,
  readInteger,
  readObject,
  readOptionalString,
  readString,
  runSafely,
  Warnings,
} from './read.js'
import type { Mapped, SafeMapped } from './types.js'

/** A task read as a busy event, with its owner as LeadSquared names it. */
export interface LeadSquaredTaskEvent {
  readonly ownerId: string | null
  readonly ownerEmailAddress: string | null
  readonly event: BusyEvent
}

/** Options of {@link fromLeadSquaredTasks}. */
export interface FromLeadSquaredTasksOptions {
  /** Task types (`RetrieveTaskType` items with `AllowConflicts`); matched by `Name`, then `Id`. */
  readonly taskTypes?: readonly unknown[]
  /** The zone of `DueDate`/`EndDate`; LeadSquared's task APIs use UTC (default). */
  readonly timeZone?: string
}

/** The task length when `EndDate` is missing and the task type has no `Duration`. */
const DEFAULT_TASK_MINUTES = 30

interface TaskType {
  readonly name: string
  readonly allowConflicts: boolean
  readonly durationMinutes: number | null
}

/** Task types by name and by id. */
export function readTaskTypes(value: unknown, path: string): Map<string, TaskType> {
  const types = new Map<string, TaskType>()
  readArray(value, path, true).forEach((item, i) => {
    const itemPath = at(path, i)
    const object = readObject(item, itemPath)
    const name = readString(field(object, 'Name'), at(itemPath, 'Name'))
    const duration = field(object, 'Duration')
    const type: TaskType = {
      name,
      allowConflicts: readBoolean(field(object, 'AllowConflicts'), at(itemPath, 'AllowConflicts'), false),
      durationMinutes:
        duration === undefined || duration === null
          ? null
          : readInteger(duration, at(itemPath, 'Duration'), 0, 1440),
    }
    types.set(`name:${name.toLowerCase()}`, type)
    const id = readOptionalString(field(object, 'Id'), at(itemPath, 'Id'))
    if (id !== null) types.set(`id:${id}`, type)
  })
  return types
}

/** Reads one task; `undefined` (with a warning) when it ends before it starts. */
export function readTask(
  item: unknown,
  path: string,
  types: ReadonlyMap<string, TaskType>,
  timeZone: string,
  warnings: Warnings,
  unknownTypes: Set<string>,
): LeadSquaredTaskEvent | undefined {
  const task = readObject(item, path)
  const idValue = field(task, 'UserTaskId')
  const id = readString(idValue === undefined ? field(task, 'Id') : idValue, at(path, 'UserTaskId'))
  let typeName = field(task, 'TaskType')
  if (typeof typeName === 'object' && typeName !== null && !Array.isArray(typeName)) {
    typeName = field(typeName as Record<string, unknown>, 'Name')
  }
  const name = readOptionalString(typeName, at(path, 'TaskType'))
  const typeId = readOptionalString(field(task, 'TaskTypeId'), at(path, 'TaskTypeId'))
  const type =
    (name === null ? undefined : types.get(`name:${name.toLowerCase()}`)) ??
    (typeId === null ? undefined : types.get(`id:${typeId}`))
  const label = name ?? typeId
  if (type === undefined && label !== null && !unknownTypes.has(label)) {
    unknownTypes.add(label)
    warnings.add(
      'UNKNOWN_TASK_TYPE',
      at(path, 'TaskType'),
      `task type ${JSON.stringify(label)} is unknown: its tasks block (no Allow Conflicts)`,
    )
  }
  const toInstant = (wall: number) =>
    timeZone === 'UTC' ? wall : toInstantFromWallMilliseconds(wall, timeZone)
  const start = toInstant(readDateTime(field(task, 'DueDate'), at(path, 'DueDate')))
  const endValue = field(task, 'EndDate')
  let end: number
  if (endValue === undefined || endValue === null || endValue === '') {
    const minutes = type?.durationMinutes ?? DEFAULT_TASK_MINUTES
    warnings.add('TASK_END_ASSUMED', at(path, 'EndDate'), `no EndDate: the task was given ${minutes} minutes`)
    end = start + minutes * 60_000
  } else end = toInstant(readDateTime(endValue, at(path, 'EndDate')))
  if (end < start) {
    warnings.add('TASK_REVERSED', at(path, 'EndDate'), 'a task that ends before it starts was left out')
    return undefined
  }
  const typeLabel = type?.name ?? name
  const event: BusyEvent = {
    id,
    start,
    end,
    ...(type?.allowConflicts === true ? { soft: true } : {}),
    ...(typeLabel === null ? {} : { eventType: typeLabel }),
  }
  return {
    ownerId: readOptionalString(field(task, 'OwnerId'), at(path, 'OwnerId')),
    ownerEmailAddress: readOptionalString(field(task, 'OwnerEmailAddress'), at(path, 'OwnerEmailAddress')),
    event,
  }
}

/**
 * Reads tasks (`RetrieveAppointments`, `RetrieveToDos`, `Task.svc/Retrieve` items) into busy
 * events. `DueDate`–`EndDate` are `yyyy-MM-dd HH:mm:ss[.fff]` in UTC (LeadSquared's task
 * APIs; another zone by option). A task whose type has "Allow Conflicts" (`AllowConflicts:
 * true`) is a soft event: it blocks only when the request says `IncludeAllowedConflictSlots:
 * false`. An unknown type blocks (`UNKNOWN_TASK_TYPE`, once per type); a missing `EndDate`
 * takes the type's `Duration` or 30 minutes (`TASK_END_ASSUMED`). The event id is
 * `UserTaskId` and its `eventType` the task type's name.
 *
 * @throws SlotwiseError `INVALID_VENDOR_PAYLOAD` with the path (`[3].DueDate`); `INVALID_TIME_ZONE` for the option.
 * @example
 * fromLeadSquaredTasks([{ UserTaskId: 't1', TaskType: 'Call', OwnerId: 'u1',
 *   DueDate: '2026-03-09 14:00:00.000', EndDate: '2026-03-09 14:30:00.000' }],
 *   { taskTypes: [{ Name: 'Call', AllowConflicts: true }] }).value[0].event
 * // { id: 't1', start: Date.UTC(2026, 2, 9, 14), end: Date.UTC(2026, 2, 9, 14, 30), soft: true, eventType: 'Call' }
 */
export function fromLeadSquaredTasks(
  payload: unknown,
  options: FromLeadSquaredTasksOptions = {},
): Mapped<LeadSquaredTaskEvent[]> {
  const warnings = new Warnings()
  const timeZone = validateTimeZone(options?.timeZone ?? 'UTC', 'options.timeZone')
  const types = readTaskTypes(options?.taskTypes, 'options.taskTypes')
  const unknownTypes = new Set<string>()
  const events: LeadSquaredTaskEvent[] = []
  readArray(payload, '').forEach((item, i) => {
    const read = readTask(item, `[${i}]`, types, timeZone, warnings, unknownTypes)
    if (read !== undefined) events.push(read)
  })
  return { value: events, warnings: warnings.list }
}

/**
 * {@link fromLeadSquaredTasks} without throwing.
 *
 * @example
 * safeFromLeadSquaredTasks([{ UserTaskId: 't1', DueDate: 'soon' }]).success // false
 */
export function safeFromLeadSquaredTasks(
  payload: unknown,
  options: FromLeadSquaredTasksOptions = {},
): SafeMapped<LeadSquaredTaskEvent[]> {
  return runSafely(() => fromLeadSquaredTasks(payload, options))
}
