import { type BusyEvent, toInstantFromWallMilliseconds, validateTimeZone } from '@slotwise/core'
import {
  at,
  field,
  itemPath,
  readArray,
  readBoolean,
  readDateTimeAt,
  readInteger,
  readObject,
  readObjectAt,
  readOptionalString,
  readOptionalStringAt,
  readString,
  readStringAt,
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

/** Task types by name (case-insensitive) and by id. */
export class TaskTypes {
  readonly #byName = new Map<string, TaskType>()
  readonly #byId = new Map<string, TaskType>()
  /** Names as tasks spell them: one `toLowerCase` per spelling, not per task. */
  readonly #bySpelling = new Map<string, TaskType | undefined>()

  add(type: TaskType, id: string | null): void {
    this.#byName.set(type.name.toLowerCase(), type)
    if (id !== null) this.#byId.set(id, type)
  }

  named(name: string): TaskType | undefined {
    let type = this.#bySpelling.get(name)
    if (type === undefined && !this.#bySpelling.has(name)) {
      type = this.#byName.get(name.toLowerCase())
      this.#bySpelling.set(name, type)
    }
    return type
  }

  withId(id: string): TaskType | undefined {
    return this.#byId.get(id)
  }
}

/** Task types by name and by id. */
export function readTaskTypes(value: unknown, path: string): TaskTypes {
  const types = new TaskTypes()
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
    types.add(type, readOptionalString(field(object, 'Id'), at(itemPath, 'Id')))
  })
  return types
}

/**
 * Reads task `base[index]` as a busy event (its owner fields are the caller's); `undefined`
 * (with a warning) when it ends before it starts.
 */
export function readTaskEvent(
  task: Readonly<Record<string, unknown>>,
  base: string,
  index: number,
  types: TaskTypes,
  timeZone: string,
  warnings: Warnings,
  unknownTypes: Set<string>,
): BusyEvent | undefined {
  const idValue = field(task, 'UserTaskId')
  const id = readStringAt(idValue === undefined ? field(task, 'Id') : idValue, base, index, 'UserTaskId')
  let typeName = field(task, 'TaskType')
  if (typeof typeName === 'object' && typeName !== null && !Array.isArray(typeName)) {
    typeName = field(typeName as Record<string, unknown>, 'Name')
  }
  const name = readOptionalStringAt(typeName, base, index, 'TaskType')
  const typeId = readOptionalStringAt(field(task, 'TaskTypeId'), base, index, 'TaskTypeId')
  const type =
    (name === null ? undefined : types.named(name)) ?? (typeId === null ? undefined : types.withId(typeId))
  const label = name ?? typeId
  if (type === undefined && label !== null && !unknownTypes.has(label)) {
    unknownTypes.add(label)
    warnings.add(
      'UNKNOWN_TASK_TYPE',
      itemPath(base, index, 'TaskType'),
      `task type ${JSON.stringify(label)} is unknown: its tasks block (no Allow Conflicts)`,
    )
  }
  const utc = timeZone === 'UTC'
  const due = readDateTimeAt(field(task, 'DueDate'), base, index, 'DueDate')
  const start = utc ? due : toInstantFromWallMilliseconds(due, timeZone)
  const endValue = field(task, 'EndDate')
  let end: number
  if (endValue === undefined || endValue === null || endValue === '') {
    const minutes = type?.durationMinutes ?? DEFAULT_TASK_MINUTES
    warnings.add(
      'TASK_END_ASSUMED',
      itemPath(base, index, 'EndDate'),
      `no EndDate: the task was given ${minutes} minutes`,
    )
    end = start + minutes * 60_000
  } else {
    const wall = readDateTimeAt(endValue, base, index, 'EndDate')
    end = utc ? wall : toInstantFromWallMilliseconds(wall, timeZone)
  }
  if (end < start) {
    warnings.add(
      'TASK_REVERSED',
      itemPath(base, index, 'EndDate'),
      'a task that ends before it starts was left out',
    )
    return undefined
  }
  const eventType = type?.name ?? name
  // Literals, not spreads: four fixed shapes and no temporary objects, once per task.
  if (type?.allowConflicts === true)
    return eventType === null ? { id, start, end, soft: true } : { id, start, end, soft: true, eventType }
  return eventType === null ? { id, start, end } : { id, start, end, eventType }
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
    const task = readObjectAt(item, '', i)
    const event = readTaskEvent(task, '', i, types, timeZone, warnings, unknownTypes)
    if (event === undefined) return
    events.push({
      ownerId: readOptionalStringAt(field(task, 'OwnerId'), '', i, 'OwnerId'),
      ownerEmailAddress: readOptionalStringAt(field(task, 'OwnerEmailAddress'), '', i, 'OwnerEmailAddress'),
      event,
    })
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
