/**
 * apps/bench/bench-chart.svg, hand-written SVG (no dependency): left, S5 scaling (median time
 * against slots returned, log-log, one colour per people count); right, the ratio of every
 * comparison of the table as bars on a log scale, with its target as a tick.
 */

import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Comparison } from './report.js'
import type { ScalingResult } from './scenarios/scaling.js'

export const CHART_PATH = fileURLToPath(new URL('../bench-chart.svg', import.meta.url))

const COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e']
const escapeXml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

function decades(min: number, max: number): number[] {
  const out: number[] = []
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++)
    out.push(10 ** power)
  return out
}

const label = (value: number): string =>
  value >= 1000 ? `${value / 1000}k`.replace('000k', 'M') : value >= 1 ? String(value) : String(value)

function scalingPanel(result: ScalingResult, x0: number, y0: number, width: number, height: number): string {
  const points = result.points.filter((point) => point.slots > 0 && point.medianMs > 0)
  const parts: string[] = [
    `<text x="${x0 + width / 2}" y="${y0 - 14}" text-anchor="middle" font-weight="bold">S5 scaling: availability() time vs slots returned (log-log)</text>`,
  ]
  if (points.length === 0) return parts.join('\n')
  const xTicks = decades(Math.min(...points.map((p) => p.slots)), Math.max(...points.map((p) => p.slots)))
  const yTicks = decades(
    Math.min(...points.map((p) => p.medianMs)),
    Math.max(...points.map((p) => p.medianMs)),
  )
  const [xMin, xMax] = [Math.log10(xTicks[0]!), Math.log10(xTicks[xTicks.length - 1]!)]
  const [yMin, yMax] = [Math.log10(yTicks[0]!), Math.log10(yTicks[yTicks.length - 1]!)]
  const sx = (value: number) => x0 + ((Math.log10(value) - xMin) / (xMax - xMin || 1)) * width
  const sy = (value: number) => y0 + height - ((Math.log10(value) - yMin) / (yMax - yMin || 1)) * height
  parts.push(`<rect x="${x0}" y="${y0}" width="${width}" height="${height}" fill="none" stroke="#999"/>`)
  for (const tick of xTicks) {
    parts.push(
      `<line x1="${sx(tick)}" y1="${y0}" x2="${sx(tick)}" y2="${y0 + height}" stroke="#eee"/>`,
      `<text x="${sx(tick)}" y="${y0 + height + 16}" text-anchor="middle" font-size="11">${label(tick)}</text>`,
    )
  }
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${x0}" y1="${sy(tick)}" x2="${x0 + width}" y2="${sy(tick)}" stroke="#eee"/>`,
      `<text x="${x0 - 6}" y="${sy(tick) + 4}" text-anchor="end" font-size="11">${tick >= 1 ? tick : tick.toPrecision(1)} ms</text>`,
    )
  }
  parts.push(
    `<text x="${x0 + width / 2}" y="${y0 + height + 34}" text-anchor="middle" font-size="12">slots returned</text>`,
  )
  // The linear fit, drawn as a curve on the log-log axes.
  const fit = result.fit
  const curve: string[] = []
  for (let step = 0; step <= 60; step++) {
    const slots = 10 ** (xMin + ((xMax - xMin) * step) / 60)
    const time = fit.interceptMs + fit.msPerSlot * slots
    if (time > 10 ** yMin && time < 10 ** yMax) curve.push(`${sx(slots).toFixed(1)},${sy(time).toFixed(1)}`)
  }
  if (curve.length > 1)
    parts.push(`<polyline points="${curve.join(' ')}" fill="none" stroke="#bbb" stroke-dasharray="4 3"/>`)
  const peopleCounts = [...new Set(points.map((point) => point.people))]
  peopleCounts.forEach((people, index) => {
    const color = COLORS[index % COLORS.length]!
    const mine = points.filter((point) => point.people === people).sort((a, b) => a.slots - b.slots)
    parts.push(
      `<polyline points="${mine.map((p) => `${sx(p.slots).toFixed(1)},${sy(p.medianMs).toFixed(1)}`).join(' ')}" fill="none" stroke="${color}"/>`,
    )
    for (const point of mine) {
      parts.push(
        `<circle cx="${sx(point.slots).toFixed(1)}" cy="${sy(point.medianMs).toFixed(1)}" r="4" fill="${color}"><title>${point.people} people × ${point.days} days: ${point.slots} slots, ${point.medianMs.toFixed(3)} ms</title></circle>`,
      )
    }
    parts.push(
      `<circle cx="${x0 + 14}" cy="${y0 + 16 + index * 18}" r="4" fill="${color}"/>`,
      `<text x="${x0 + 24}" y="${y0 + 20 + index * 18}" font-size="12">${people.toLocaleString('en-US')} ${people === 1 ? 'person' : 'people'}</text>`,
    )
  })
  parts.push(
    `<text x="${x0 + width - 8}" y="${y0 + height - 10}" text-anchor="end" font-size="11" fill="#666">fit (dashed): ${fit.interceptMs.toFixed(2)} ms + ${(fit.msPerSlot * 1e6).toFixed(0)} ns × slots, R² ${fit.r2.toFixed(3)}</text>`,
  )
  return parts.join('\n')
}

function ratioPanel(comparisons: readonly Comparison[], x0: number, y0: number, width: number): string {
  const barHeight = 18
  const labelWidth = 300
  const values = comparisons.flatMap((comparison) => [comparison.ratio, comparison.target.minRatio])
  const ticks = decades(Math.min(...values), Math.max(...values))
  const [lo, hi] = [Math.log10(ticks[0]!), Math.log10(ticks[ticks.length - 1]!)]
  const plotX = x0 + labelWidth
  const plotWidth = width - labelWidth - 45
  const sx = (value: number) => plotX + ((Math.log10(value) - lo) / (hi - lo || 1)) * plotWidth
  const height = comparisons.length * (barHeight + 6)
  const parts: string[] = [
    `<text x="${x0 + width / 2}" y="${y0 - 14}" text-anchor="middle" font-weight="bold">Ratio baseline / Slotwise (log scale; above 1× Slotwise is faster; | = target)</text>`,
  ]
  for (const tick of ticks) {
    parts.push(
      `<line x1="${sx(tick)}" y1="${y0}" x2="${sx(tick)}" y2="${y0 + height}" stroke="${tick === 1 ? '#555' : '#eee'}"/>`,
      `<text x="${sx(tick)}" y="${y0 + height + 16}" text-anchor="middle" font-size="11">${tick >= 1 ? tick : tick.toPrecision(1)}×</text>`,
    )
  }
  comparisons.forEach((comparison, index) => {
    const y = y0 + index * (barHeight + 6)
    const met = comparison.ratio >= comparison.target.minRatio
    const base = sx(Math.min(10 ** hi, Math.max(10 ** lo, 1)))
    const end = sx(comparison.ratio)
    parts.push(
      `<text x="${plotX - 8}" y="${y + 13}" text-anchor="end" font-size="11">${escapeXml(comparison.scenario)}</text>`,
      `<rect x="${Math.min(base, end).toFixed(1)}" y="${y}" width="${Math.max(1, Math.abs(end - base)).toFixed(1)}" height="${barHeight}" fill="${met ? '#4daf4a' : '#e41a1c'}"><title>${escapeXml(comparison.scenario)}: ${comparison.ratio.toFixed(2)}× (target ≥ ${comparison.target.minRatio}×)</title></rect>`,
      `<line x1="${sx(comparison.target.minRatio).toFixed(1)}" y1="${y - 2}" x2="${sx(comparison.target.minRatio).toFixed(1)}" y2="${y + barHeight + 2}" stroke="#000" stroke-width="2"/>`,
      `<text x="${(Math.max(end, base) + 4).toFixed(1)}" y="${y + 13}" font-size="11">${comparison.ratio >= 10 ? comparison.ratio.toFixed(0) : comparison.ratio.toFixed(2)}×</text>`,
    )
  })
  return parts.join('\n')
}

export function writeChart(comparisons: readonly Comparison[], scaling: ScalingResult, title: string): void {
  const width = 1400
  const ratioHeight = comparisons.length * 24 + 60
  const height = Math.max(520, ratioHeight + 80)
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="24" font-size="15">${escapeXml(title)}</text>`,
    scalingPanel(scaling, 90, 70, 480, 380),
    ratioPanel(comparisons, 640, 70, 740),
    '</svg>',
  ].join('\n')
  writeFileSync(CHART_PATH, `${svg}\n`)
}
