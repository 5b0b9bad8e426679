// RRULE parsing, formatting and expansion under arbitrary and adversarial input; see drivers.ts.
import { fuzzDrivers, recurrenceDrivers } from './drivers.js'

fuzzDrivers('fuzz: recurrence', recurrenceDrivers)
