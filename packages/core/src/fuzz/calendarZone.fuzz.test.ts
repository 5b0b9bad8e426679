// Calendar dates, times and time zones under arbitrary and adversarial input; see drivers.ts.
import { calendarDrivers, fuzzDrivers, zoneDrivers } from './drivers.js'

fuzzDrivers('fuzz: calendar and zones', { ...calendarDrivers, ...zoneDrivers })
