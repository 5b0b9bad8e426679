// Browser test of the web demo: build it with Vite, serve dist-web from 127.0.0.1, drive it
// in headless Chromium through playwright-core, and judge what it draws against the core.
// No network: the page may only fetch from the local server (anything else is aborted and
// fails the run). Prints `web demo: N passed, M failed` and exits non-zero on any failure.
//
//   pnpm --filter @slotwise/demo run test:web      (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toWallTime } from '@slotwise/core'
import { computeLeadConnectorFreeSlots, fromLeadConnectorFreeSlots } from '@slotwise/leadconnector'
import { chromium } from 'playwright-core'
import { build } from 'vite'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const distDir = join(appDir, 'dist-web')
const resultsDir = join(appDir, 'test-results')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const BROWSER_ZONE = 'Europe/London'

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ person: string | undefined, start: number, label: string | null }} DrawnSlot */

/** @type {{ name: string, ok: boolean }[]} */
const results = []
/**
 * Run one named check; a failure is recorded and the run goes on.
 * @param {string} name
 * @param {() => Promise<void>} body
 */
async function check(name, body) {
  const started = Date.now()
  try {
    await body()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(`  ✗ ${name}\n    ${describe(error).split('\n').slice(0, 4).join('\n    ')}`)
  }
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

/**
 * @param {unknown} condition
 * @param {string} message
 */
function assert(condition, message) {
  if (!condition) throw new Error(message)
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} message
 */
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`${message}\n      expected ${e}\n      actual   ${a}`)
}

/** @type {(instant: number, zone: string) => string} */
const hhmm = (instant, zone) => toWallTime(instant, zone).slice(11, 16)
/** @type {(instant: number, zone: string) => string} */
const localDate = (instant, zone) => toWallTime(instant, zone).slice(0, 10)

/** @type {(vendor: string) => Promise<Record<string, any>>} */
const readSample = async (vendor) =>
  JSON.parse(await readFile(join(appDir, 'src', 'samples', `${vendor}.json`), 'utf8'))

// ---- a tiny static server -------------------------------------------------------------

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
}

/**
 * @param {string} root
 * @returns {Promise<import('node:http').Server>}
 */
function serve(root) {
  const server = createServer(async (request, response) => {
    try {
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
      if (path.endsWith('/')) path += 'index.html'
      const file = resolve(root, `.${path}`)
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end()
        return
      }
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done(server))
  })
}

// ---- page helpers ---------------------------------------------------------------------

/** @type {(page: Page) => Promise<DrawnSlot[]>} */
const freeSlots = (page) =>
  page.$$eval('[data-testid="slot-free"]', (nodes) =>
    nodes.map((n) => ({ person: n.dataset.person, start: Number(n.dataset.start), label: n.textContent })),
  )

/** @type {(page: Page) => Promise<{ free: number, hidden: number }>} */
const summaryCounts = (page) =>
  page.$eval('[data-testid="summary"]', (/** @type {HTMLElement} */ n) => ({
    free: Number(n.dataset.free),
    hidden: Number(n.dataset.hidden),
  }))

/** @type {(page: Page, zone: string) => Promise<void>} */
const setZone = async (page, zone) => {
  await page.selectOption('[data-testid="zone"]', zone)
  await page.waitForSelector(`[data-testid="calendar"][data-zone="${zone}"]`)
}

/** @type {(page: Page) => Promise<{ code: string | undefined, text: string | null }[]>} */
const reasonCodes = (page) =>
  page.$$eval('[data-testid="reason"]', (nodes) =>
    nodes.map((n) => ({ code: n.dataset.code, text: n.textContent })),
  )

// ---- the run --------------------------------------------------------------------------

async function run() {
  console.log('web demo: building with vite …')
  await build({ configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' })
  const server = await serve(distDir)
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const base = `http://127.0.0.1:${address.port}/`
  const launching = chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  /** @type {import('playwright-core').Browser} */
  let browser
  try {
    browser = await launching
  } catch (error) {
    server.close()
    throw error
  }
  /** @type {string[]} */
  const outside = []
  /** @type {string[]} */
  const pageErrors = []
  try {
    const context = await browser.newContext({
      timezoneId: BROWSER_ZONE,
      locale: 'en-GB',
      viewport: { width: 1500, height: 1000 },
    })
    // Everything must come from the local server.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(base)) return route.continue()
      outside.push(url)
      return route.abort()
    })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    page.on('pageerror', (error) => pageErrors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    console.log(`web demo: ${base} in ${chromiumPath}`)
    await page.goto(base)
    await page.waitForSelector('[data-testid="slot-free"]')

    await check('slots render, labelled in the browser zone', async () => {
      assertEqual(
        await page.inputValue('[data-testid="zone"]'),
        BROWSER_ZONE,
        'default viewing zone is the browser zone',
      )
      const slots = await freeSlots(page)
      assert(slots.length > 20, `expected a week of free slots, got ${slots.length}`)
      assertEqual(
        [...new Set(slots.map((s) => s.person))].sort(),
        ['ana', 'ben', 'chandra'],
        'people with slots',
      )
      for (const s of slots) {
        assert(Number.isInteger(s.start), `data-start is epoch ms: ${s.start}`)
        assertEqual(s.label, hhmm(s.start, BROWSER_ZONE), `label of ${s.person} ${s.start}`)
      }
      assertEqual((await summaryCounts(page)).free, slots.length, 'summary counts the drawn slots')
      assertEqual(await page.locator('[data-testid="day"]').count(), 7, 'seven day columns')
    })

    await check('changing the viewing zone moves labels, not instants', async () => {
      const key = (/** @type {DrawnSlot} */ s) => `${s.person}|${s.start}`
      const london = await freeSlots(page)
      await setZone(page, 'Europe/Berlin')
      const berlin = await freeSlots(page)
      // Every slot of the team lies inside this week in both zones: the same instants.
      assertEqual(berlin.map(key).sort(), london.map(key).sort(), 'the same instants in Berlin as in London')
      for (const s of berlin) {
        assertEqual(s.label, hhmm(s.start, 'Europe/Berlin'), `Berlin label of ${key(s)}`)
        const before = london.find((l) => key(l) === key(s))
        assert(
          before !== undefined && before.label !== s.label,
          `label of ${key(s)} moved (${before?.label})`,
        )
      }
      // New York's week starts 5 hours later and still holds every slot: the same instants,
      // drawn at New York's wall clock (which moves by an hour on Sunday), and Sunday's
      // column shows the change.
      await setZone(page, 'America/New_York')
      const ny = await freeSlots(page)
      assertEqual(ny.map(key).sort(), london.map(key).sort(), 'the same instants in New York as in London')
      for (const s of ny)
        assertEqual(s.label, hhmm(s.start, 'America/New_York'), `New York label of ${key(s)}`)
      const sunday = await page.textContent('[data-testid="day-head"][data-date="2026-03-08"]')
      assert(sunday?.includes('UTC−5 → UTC−4'), `Sunday 8 March shows the change: ${sunday}`)
      await setZone(page, BROWSER_ZONE)
      assertEqual(
        (await freeSlots(page)).map(key).sort(),
        london.map(key).sort(),
        'back in London: the same slots',
      )
    })

    await check('look busy 50% shows fewer slots and hides the rest', async () => {
      const before = await summaryCounts(page)
      await page.fill('[data-testid="look-busy"]', '50')
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="summary"]')?.getAttribute('data-free')) < n,
        before.free,
      )
      const after = await summaryCounts(page)
      const visible = (await freeSlots(page)).length
      assertEqual(visible, after.free, 'drawn free slots match the summary')
      assert(after.free < before.free, `fewer visible slots (${before.free} → ${after.free})`)
      assert(after.hidden > 0, 'hidden slots are drawn')
      assertEqual(after.free + after.hidden, before.free, 'visible + hidden = the slots before')
      assertEqual(
        await page.locator('[data-testid="slot-hidden"]').count(),
        after.hidden,
        'hidden slots drawn',
      )
      await page.fill('[data-testid="look-busy"]', '0')
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="summary"]')?.getAttribute('data-free')) === n,
        before.free,
      )
    })

    await check('clicking blocked time shows checkBooking reasons', async () => {
      const lane = '[data-person="ben"][data-date="2026-03-05"]'
      await page.click(`[data-testid="lane"]${lane} [data-testid="break"]`)
      await page.waitForSelector('[data-testid="check-verdict"][data-ok="false"]')
      assert(
        (await reasonCodes(page)).some((r) => r.code === 'OnBreak'),
        'Ben on a break',
      )
      await page.click(`[data-testid="lane"]${lane} [data-testid="busy"][data-event-id="ben-planning"]`)
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="reason"]')].some((n) =>
          n.textContent?.includes('ben-planning'),
        ),
      )
      assert(
        (await reasonCodes(page)).some((r) => r.code === 'Busy'),
        'Ben busy with ben-planning',
      )
      // Saturday: no hours at all.
      await page.click('[data-testid="lane"][data-person="ben"][data-date="2026-03-07"]', {
        position: { x: 5, y: 60 },
      })
      await page.waitForSelector('[data-testid="reason"][data-code="OutsideWorkingHours"]')
    })

    await check('a pasted core request renders; an incomplete vendor payload is refused', async () => {
      const payload = {
        window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'Asia/Tokyo' },
        now: Date.UTC(2026, 2, 1),
        people: [
          {
            id: 'zoe',
            schedule: { timeZone: 'Asia/Tokyo', weekly: { monday: [{ from: '09:00', to: '12:00' }] } },
          },
        ],
        policy: { durationMinutes: 60 },
      }
      await page.fill('[data-testid="payload-input"]', JSON.stringify(payload))
      await page.click('[data-testid="payload-load"]')
      await page.waitForSelector('[data-testid="payload-status"][data-kind="core"]')
      const slots = await freeSlots(page)
      // 09:00–12:00 in Tokyo is 00:00–03:00 in London.
      assertEqual(
        slots.map((s) => [s.person, s.start, s.label]),
        [0, 1, 2].map((hour) => ['zoe', Date.UTC(2026, 2, 9, hour), `0${hour}:00`]),
        'the pasted person’s slots',
      )
      await page.fill(
        '[data-testid="payload-input"]',
        JSON.stringify({ resource: { uri: 'https://api.calendly.com/event_types/ET-1', duration: 30 } }),
      )
      await page.click('[data-testid="payload-load"]')
      const status = await page.textContent('[data-testid="payload-status"]')
      assert(status?.includes('Calendly'), `a Calendly payload is recognised: ${status}`)
      assert(status?.includes('INVALID_VENDOR_PAYLOAD'), `and refused by its adapter: ${status}`)
      assertEqual((await freeSlots(page)).length, 3, 'a refused payload leaves the page as it was')
      await page.fill('[data-testid="payload-input"]', '')
      await page.click('[data-testid="reset-sample"]')
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="slot-free"]').length > 20)
    })

    await check('a pasted LeadConnector bundle renders what LeadConnector would answer', async () => {
      const sample = await readSample('leadconnector')
      await page.fill('[data-testid="payload-input"]', JSON.stringify(sample))
      await page.click('[data-testid="payload-load"]')
      await page.waitForSelector('[data-testid="payload-status"][data-kind="leadconnector"]')
      const slots = await freeSlots(page)
      assertEqual([...new Set(slots.map((s) => s.person))], ['UsRAna'], 'the calendar member’s slots')
      // The adapter's one-call path from the same JSON, run here in Node.
      const input = /** @type {import('@slotwise/leadconnector').ComputeLeadConnectorFreeSlotsInput} */ ({
        ...sample,
        now: Date.parse(sample.now),
      })
      const direct = computeLeadConnectorFreeSlots(input)
      const starts = fromLeadConnectorFreeSlots(direct.response).starts
      assertEqual(
        slots.map((s) => s.start).sort((a, b) => a - b),
        starts,
        'the drawn slots are the free-slots answer’s starts',
      )
      for (const s of slots) assertEqual(s.label, hhmm(s.start, BROWSER_ZONE), `label of ${s.start}`)
      // Look busy (enableLookBusy) hides the same slots the adapter hides.
      const hidden = (direct.availability.people[0]?.days ?? []).reduce((n, d) => n + d.hidden.length, 0)
      assert(hidden > 0, 'the sample hides some slots')
      assertEqual((await summaryCounts(page)).hidden, hidden, 'hidden slots as the adapter hides them')
      // New York moves its clocks on Sunday: the stand-up at 09:30 local is 14:30 UTC before, 13:30 after.
      const standups = await page.$$eval('[data-testid="busy"][data-event-id="EvTStandup"]', (nodes) =>
        nodes.map((n) => Number(n.dataset.start)),
      )
      assert(standups.includes(Date.UTC(2026, 2, 5, 14, 30)), 'Thursday’s stand-up at 14:30 UTC')
      assert(standups.includes(Date.UTC(2026, 2, 9, 13, 30)), 'Monday’s stand-up at 13:30 UTC')
      assert(!standups.includes(Date.UTC(2026, 2, 6, 14, 30)), 'no stand-up on Friday (EXDATE)')
      const person = await page.textContent('[data-testid="person"][data-person="UsRAna"]')
      assert(person?.includes('Ana') && person.includes('America/New_York'), `Ana in New York: ${person}`)
    })

    await check('the LeadSquared and Calendly sample buttons load through their adapters', async () => {
      await page.click('[data-testid="sample-leadsquared"]')
      await page.waitForSelector('[data-testid="payload-status"][data-kind="leadsquared"]')
      const asha = await freeSlots(page)
      assert(asha.length > 20, `Asha's week has slots: ${asha.length}`)
      const ashaDates = new Set(asha.map((s) => localDate(s.start, 'Asia/Kolkata')))
      assert(!ashaDates.has('2026-03-10'), 'none on the holiday')
      assert(!ashaDates.has('2026-03-06'), 'none on the day of leave')
      assert(ashaDates.has('2026-03-07'), 'some on the half Saturday')
      assert((await page.locator('[data-testid="break"]').count()) > 0, 'the template’s breaks are drawn')
      const status = await page.textContent('[data-testid="payload-status"]')
      assert(status?.includes('LEAVE_NOT_APPROVED'), `adapter warnings are shown: ${status}`)
      await page.click('[data-testid="sample-calendly"]')
      await page.waitForSelector('[data-testid="payload-status"][data-kind="calendly"]')
      const ben = await freeSlots(page)
      assertEqual(
        [...new Set(ben.map((s) => s.person))],
        ['https://api.calendly.com/users/USR-BEN'],
        'the host’s slots',
      )
      const benDates = new Set(ben.map((s) => localDate(s.start, 'Europe/London')))
      assert(!benDates.has('2026-03-11'), 'none on the closed date')
      assert(benDates.has('2026-03-06'), 'some on the override date')
      await page.click('[data-testid="reset-sample"]')
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="slot-free"]').length > 20)
    })

    await check('booking a free slot takes it', async () => {
      const slots = await freeSlots(page)
      // A start no one else has, so "gone from the free slots" is unambiguous.
      const unique = slots.filter((s) => slots.filter((t) => t.start === s.start).length === 1)
      const target = unique.find((s) => s.person === 'ben') ?? unique[0]
      if (target === undefined) throw new Error('no free slot with a unique start')
      const selector = `[data-testid="slot-free"][data-person="${target.person}"][data-start="${target.start}"]`
      await page.click(selector)
      await page.waitForSelector(`[data-testid="check-slot"][data-start="${target.start}"]`)
      await page.waitForSelector('[data-testid="check-verdict"][data-ok="true"]')
      await page.click('[data-testid="book-button"]')
      await page.waitForSelector('[data-testid="booking-status"]')
      assertEqual(await page.locator(selector).count(), 0, 'the booked slot is no longer free')
      const starts = (await freeSlots(page)).map((s) => s.start)
      assert(!starts.includes(target.start), `${target.start} is among no one's free slots`)
      assertEqual(starts.length, slots.length - 1, 'exactly one slot fewer')
      await page.waitForSelector(
        `[data-testid="busy"][data-event-id="booking-1"][data-person="${target.person}"][data-start="${target.start}"]`,
      )
      await page.waitForSelector('[data-testid="check-verdict"][data-ok="false"]')
      assert(
        (await reasonCodes(page)).some((r) => r.code === 'Busy' && r.text?.includes('booking-1')),
        'checkBooking now refuses it as Busy (booking-1)',
      )
    })

    await mkdir(resultsDir, { recursive: true })
    await page.screenshot({ path: join(resultsDir, 'web.png'), fullPage: true })
    console.log(`web demo: screenshot ${join(resultsDir, 'web.png')}`)

    await check('no page errors, no requests leave 127.0.0.1', async () => {
      assertEqual(pageErrors, [], 'page errors')
      assertEqual(outside, [], 'requests outside the local server')
    })
  } finally {
    await browser.close()
    await new Promise((done) => server.close(done))
  }
}

const timer = setTimeout(() => {
  console.log('web demo: timed out after 180 s')
  process.exit(1)
}, 180_000)

try {
  await run()
} catch (error) {
  results.push({ name: 'setup', ok: false })
  console.log(`  ✗ setup\n    ${describe(error)}`)
} finally {
  clearTimeout(timer)
}
const failed = results.filter((r) => !r.ok).length
console.log(`web demo: ${results.length - failed} passed, ${failed} failed`)
// Exit explicitly: a stray handle (a half-closed socket) must not keep a failed run alive.
process.exit(failed === 0 ? 0 : 1)
