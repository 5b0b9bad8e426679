/** Edit distance between two short strings, case-insensitive. */
function distance(a: string, b: string, limit: number): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (Math.abs(x.length - y.length) > limit) return limit + 1
  let previous = new Array<number>(y.length + 1)
  let current = new Array<number>(y.length + 1)
  for (let j = 0; j <= y.length; j++) previous[j] = j
  for (let i = 1; i <= x.length; i++) {
    current[0] = i
    let rowMinimum = i
    for (let j = 1; j <= y.length; j++) {
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > limit) return limit + 1
    ;[previous, current] = [current, previous]
  }
  return previous[y.length]!
}

/** The part after the last `/`, lower-cased: `America/New_York` -> `new_york`. */
function cityOf(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).toLowerCase()
}

function knownZones(): readonly string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...supported, 'UTC']
}

/**
 * Up to three valid zone ids closest to a mistyped one: same city with another region, or a
 * small edit distance (`America/New_Yrok` -> `America/New_York`).
 */
export function suggestTimeZones(id: string): string[] {
  // Only look at a bounded prefix: a 1 MB string must not cost 1 MB x 400 zones.
  const probe = id.slice(0, 64)
  const city = cityOf(probe).replace(/ /g, '_')
  const scored: Array<{ zone: string; score: number }> = []
  for (const zone of knownZones()) {
    const score = city !== '' && cityOf(zone) === city ? 0 : distance(probe, zone, 4)
    if (score <= 4) scored.push({ zone, score })
  }
  scored.sort((a, b) => a.score - b.score || (a.zone < b.zone ? -1 : 1))
  return scored.slice(0, 3).map((entry) => entry.zone)
}
