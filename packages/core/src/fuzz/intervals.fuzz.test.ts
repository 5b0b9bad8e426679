// The interval algebra under arbitrary and adversarial input; see drivers.ts. The set
// functions take a tenth of FC_NUM_RUNS (at least 200): their lists draw the shared
// million-interval constants now and then, and each such call costs tens of milliseconds.
import { fuzzDrivers, intervalDrivers } from './drivers.js'

fuzzDrivers('fuzz: intervals', intervalDrivers)
