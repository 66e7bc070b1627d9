import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, logIn, newPage, runAxe, screenshot, type Browser } from './browser.ts'
import { atlasSession } from './session.ts'
import { repoRoot, type RunningAtlas } from './server.ts'

/*
 * The exchange board (Ich suche / Ich biete) in Chromium against the real server: filtering
 * to offers of equipment, a post's contact rules and shareable link, the Borchen editor
 * posting a request, and expired sample posts staying hidden. One server and one browser;
 * the tests run in order. Expected posts come from geodata/seed/sample/exchange_posts.geojson.
 */

interface SamplePost { id: number; properties: { title: string; type: string; category: string; expires_in_days: number; contact_consent: boolean } }
const SAMPLE = (JSON.parse(readFileSync(join(repoRoot, 'geodata/seed/sample/exchange_posts.geojson'), 'utf8')) as { features: SamplePost[] }).features
const current = SAMPLE.filter((f) => f.properties.expires_in_days >= 0)
const expired = SAMPLE.filter((f) => f.properties.expires_in_days < 0)
const OFFERED_EQUIPMENT = ['Hubsteiger (20 m) mit Bediener', 'Kehrmaschine des Bauhofs tageweise abzugeben', 'Mobile Bühne für Veranstaltungen zu verleihen']
const TITLE = 'E2E: Kehrmaschine für Frühjahrsputz gesucht'

const listedTitles = (page: Page) => page.locator('.exchange-item h2').allTextContents()

async function waitForCount(page: Page, n: number) {
  await page.locator(`.project-count[data-count="${n}"]`).waitFor()
}

describe.skipIf(!hasChromium)('the exchange board in Chromium', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page
  let postId = ''
  const session = atlasSession({ viewport: { width: 1280, height: 900 }, open: 15_000 })
  beforeAll(() => {
    ;({ atlas, browser, page } = session)
  })

  it('lists the current sample posts with badges and expiry, and none of the expired ones', async () => {
    expect(current.length).toBe(17)
    await page.goto(`${atlas.url}/boerse`)
    await waitForCount(page, current.length)
    const titles = await listedTitles(page)
    expect(titles.sort()).toEqual(current.map((f) => f.properties.title).sort())
    for (const gone of expired) expect(titles).not.toContain(gone.properties.title)
    const first = page.locator('.exchange-item').first()
    await expect(first.locator('.exchange-type').textContent()).resolves.toMatch(/^Ich (suche|biete)$/)
    await expect(first.locator('.exchange-expiry').textContent()).resolves.toMatch(/^läuft ab am \d{2}\.\d{2}\.\d{4}$/)
    await expect(first.locator('.sample-badge').count()).resolves.toBe(1)
  })

  it('filters to “Ich biete” and a category and shows exactly the three current offers of equipment', async () => {
    await page.getByRole('group', { name: 'Art' }).getByRole('button', { name: 'Ich biete' }).click()
    await page.getByLabel('Kategorie').selectOption('ausstattung')
    await waitForCount(page, 3)
    expect((await listedTitles(page)).sort()).toEqual(OFFERED_EQUIPMENT)
    expect(await page.locator('.exchange-item .exchange-type').allTextContents()).toEqual(['Ich biete', 'Ich biete', 'Ich biete'])
    expect(page.url()).toContain('art=biete&kategorie=ausstattung')
    // The expired offer of the same kind (the salt silo in Salzkotten) stays hidden.
    expect(await listedTitles(page)).not.toContain('Streusalzsilo (Restkapazität) für den Winterdienst')
    await screenshot(page, 'exchange-01-filtered')
  })

  it('has no serious or critical axe violations on the board', async () => {
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([])
  })

  it('opens a post without consent on its own shareable link and names the region office as contact', async () => {
    await page.getByRole('link', { name: 'Mobile Bühne für Veranstaltungen zu verleihen' }).click()
    await page.waitForURL(/\/boerse\/\d+$/)
    const link = page.url()
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mobile Bühne für Veranstaltungen zu verleihen')
    await expect(page.locator('.exchange-contact').textContent()).resolves.toContain('Regionsbüro')
    await expect(page.locator('.exchange-contact a[href^="mailto:"]').count()).resolves.toBe(0)
  })

  it('says that an expired sample post is no longer current when its link is opened', async () => {
    await page.goto(`${atlas.url}/boerse/${expired[0]!.id}`)
    await expect(page.getByRole('alert').textContent()).resolves.toContain('nicht mehr aktuell')
  })

  it('lets the Borchen editor post a request that then heads the board', async () => {
    await page.goto(`${atlas.url}/boerse`)
    await logIn(page, { email: 'borchen@regiopol.example', password: 'Borchen-Demo-2026' })
    await page.getByRole('link', { name: /Beitrag einstellen/ }).click()
    await page.waitForURL(/\/boerse\/neu$/)
    await page.getByLabel('Ich suche').check()
    await page.getByLabel('Kategorie').selectOption('ausstattung')
    await page.getByLabel('Titel', { exact: true }).fill(TITLE)
    await page.getByLabel('Beschreibung').fill('Für zwei Tage im März, gern mit Fahrer.')
    await page.getByLabel('Ansprechperson', { exact: true }).fill('Erika Mustermann')
    await page.getByLabel('E-Mail', { exact: true }).fill('boerse@example.org')
    await page.getByLabel(/einverstanden/).check()
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page.waitForURL(/\/boerse\/\d+$/)
    postId = /\/boerse\/(\d+)$/.exec(page.url())![1]!
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE)
    await expect(page.locator('.exchange-detail .exchange-type').textContent()).resolves.toBe('Ich suche')
    await expect(page.locator('.exchange-contact').textContent()).resolves.toContain('boerse@example.org')
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([])

    await page.goto(`${atlas.url}/boerse?art=suche`)
    const requests = current.filter((f) => f.properties.type === 'suche').length
    await waitForCount(page, requests + 1)
    const first = page.locator('.exchange-item').first()
    await expect(first.locator('h2').textContent()).resolves.toBe(TITLE)
    await expect(first.locator('.exchange-expiry').textContent()).resolves.toMatch(/^läuft ab am/)
    await screenshot(page, 'exchange-02-posted')
  })

  it('tells the editor when someone else changed the post meanwhile (412) and saves after reloading', async () => {
    await page.goto(`${atlas.url}/boerse/${postId}/bearbeiten`)
    const title = page.getByLabel('Titel', { exact: true })
    await expect(title.inputValue()).resolves.toBe(TITLE)
    // Someone else (the same account in another tab) saves first, through the API.
    const current = await page.request.get(`${atlas.url}/api/exchange-posts/${postId}`)
    const changed = await page.request.patch(`${atlas.url}/api/collections/exchange_posts/items/${postId}`, {
      headers: { 'If-Match': current.headers().etag!, Origin: atlas.url, 'Content-Type': 'application/json' },
      data: { properties: { title: 'E2E: Kehrmaschine, zweite Fassung' } },
    })
    expect(changed.status()).toBe(200)
    await title.fill('E2E: Kehrmaschine, Fassung aus dem Formular')
    await page.getByRole('button', { name: 'Speichern' }).click()
    const alert = page.getByRole('alert')
    await expect(alert.textContent()).resolves.toContain('inzwischen')
    await alert.getByRole('button', { name: 'Neu laden' }).click()
    // The form is rebuilt from the reloaded post once it arrives.
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe('E2E: Kehrmaschine, zweite Fassung')
    await page.getByLabel('Beschreibung').fill('Nach dem Neuladen geändert.')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page.waitForURL(new RegExp(`/boerse/${postId}$`))
    await expect(page.locator('.exchange-detail').textContent()).resolves.toContain('Nach dem Neuladen geändert.')
  })

  it('shows the board as a layer of the main map that can be switched on', async () => {
    const map = await browser.context.newPage()
    await map.goto(`${atlas.url}/`)
    await map.getByRole('checkbox', { name: /Ich suche \/ Ich biete/ }).check({ timeout: 60_000 })
    // Wait for what is asserted (circles of the layer drawn), not for the whole map to idle.
    const drawn = await map.waitForFunction(() => {
      const m = window.__atlasMap
      if (!m || !m.isStyleLoaded()) return 0
      const ids = m.getStyle().layers.filter((l) => l.id.startsWith('exchange_posts-') && l.type === 'circle').map((l) => l.id)
      return ids.length ? m.queryRenderedFeatures({ layers: ids }).length : 0
    }, undefined, { timeout: 60_000, polling: 250 })
    expect(await drawn.jsonValue()).toBeGreaterThan(0)
    await map.close()
  })
})
