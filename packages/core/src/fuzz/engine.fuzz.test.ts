// Schedules, busy time, availability, bookings and teams under arbitrary and adversarial
// input; see drivers.ts. Each call costs milliseconds, so these properties take a tenth of
// FC_NUM_RUNS (at least 200).
import { engineDrivers, fuzzDrivers } from './drivers.js'

fuzzDrivers('fuzz: engine', engineDrivers)
