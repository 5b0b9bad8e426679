// Every exported function of the core has a driver in the fuzz suite, so a new export cannot
// go unfuzzed; the error class itself is driven here.
import { expect, test } from 'vitest'
import * as core from '../index.js'
import { allDrivers, BOUNDS_MS, CATALOGUE, errorDrivers, fuzzDrivers } from './drivers.js'

test('every exported function has a fuzz driver', () => {
  const exported = Object.entries(core)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
  expect(exported.length).toBeGreaterThan(40)
  expect(exported.filter((name) => !(name in allDrivers))).toEqual([])
  expect(Object.keys(allDrivers).filter((name) => !exported.includes(name))).toEqual([])
})

test('every driver states its time bound, never below 1000 ms', () => {
  expect(Object.keys(BOUNDS_MS).sort()).toEqual(Object.keys(allDrivers).sort())
  expect(Object.values(BOUNDS_MS).every((bound) => bound >= 1000)).toBe(true)
})

test('every code a driver allows is in the README error catalogue', () => {
  for (const [name, driver] of Object.entries(allDrivers)) {
    expect({ name, undocumented: driver.codes.filter((code) => !CATALOGUE.has(code)) }).toEqual({
      name,
      undocumented: [],
    })
  }
})

fuzzDrivers('fuzz: error class', errorDrivers)
