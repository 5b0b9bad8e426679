export * from './arbitraries/calendar.js'
export * from './arbitraries/intervals.js'
export * from './arbitraries/zones.js'
export { numRuns, seed } from './setupFastCheck.js'
