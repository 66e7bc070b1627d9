import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, logIn, runAxe, screenshot } from './browser.ts'
import { atlasSession } from './session.ts'
import type { RunningAtlas } from './server.ts'

/*
 * The project database as people use it, against the real server (built viewer + API +
 * embedded PostGIS): a shared project link opened directly, the German full-text search
 * with a filter that survives in the link, an anonymous visitor who gets no contact of a
 * project without consent (neither on screen nor in the network), and an editor who
 * creates a project with a location. Expected ids from geodata/seed/sample/projects.geojson.
 */

const BORCHEN = { email: 'borchen@regiopol.example', password: 'Borchen-Demo-2026' }
/** Integriertes Mobilitätskonzept Paderborn (IMOK): located, no contact consent. */
const IMOK = 3
const NEW_TITLE = 'E2E Mitfahrbank Etteln'
/** Inside Borchen, near Etteln. */
const ETTELN: [number, number] = [8.7605, 51.6285]

/** Waits until the page's project map is mounted, loaded and idle. */
async function waitForProjectMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__atlasMap as unknown as { loaded(): boolean; isMoving(): boolean; getContainer(): HTMLElement } | undefined
    return !!map && map.getContainer().isConnected && map.loaded() && !map.isMoving()
  }, undefined, { timeout: 60_000, polling: 100 })
}

async function listedIds(page: Page): Promise<number[]> {
  return (await page.locator('.project-list li[data-project]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-project'))))).sort((a, b) => a - b)
}

describe.skipIf(!hasChromium)('the project database in Chromium', () => {
  let atlas: RunningAtlas
  let page: Page
  const session = atlasSession({ open: 15_000 })
  beforeAll(() => {
    ;({ atlas, page } = session)
  })

  it('opens a shared project link directly with its title, problems and similar projects', async () => {
    const similar = (await (await fetch(`${atlas.url}/api/projects/${IMOK}/similar?limit=5`)).json()) as { items: { id: number; title: string }[] }
    expect(similar.items.length).toBeGreaterThan(0)
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/projects/${IMOK}`)
    await page.goto(`${atlas.url}/projekte/${IMOK}`)
    await page.getByRole('heading', { level: 1, name: 'Integriertes Mobilitätskonzept Paderborn (IMOK)' }).waitFor()
    await page.locator('.project-learning').getByText(/Zielkonflikte um Straßenraum/).waitFor()
    const links = page.locator('.project-similar li[data-similar] a')
    await links.first().waitFor()
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(similar.items.map((s) => `/projekte/${s.id}`))

    // Anonymous: no contact on screen, and none in what the server sent.
    const body = (await (await response).json()) as { properties: Record<string, unknown> }
    expect(body.properties.contact_consent).toBe(false)
    expect(Object.keys(body.properties).filter((k) => k.startsWith('contact_') && k !== 'contact_consent')).toEqual([])
    expect(await page.locator('.project-contact').textContent()).toContain('Kontakt auf Anfrage über das Regionsbüro')
    expect(await page.locator('.project-contact a[href^="mailto:"]').count()).toBe(0)
    await waitForProjectMap(page)
    await screenshot(page, 'projects-01-shared-link')
    expect((await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])

    // A similar project is one click away.
    await links.first().click()
    await page.waitForURL(`${atlas.url}/projekte/${similar.items[0]!.id}`)
    await page.getByRole('heading', { level: 1, name: similar.items[0]!.title }).waitFor()
  })

  it('opens the main map on the project with "Auf der Karte zeigen"', async () => {
    await page.goto(`${atlas.url}/projekte/${IMOK}`)
    await page.getByRole('button', { name: 'Auf der Karte zeigen' }).click()
    await page.waitForURL(/\/#.*sel=projects\/3/)
    expect(new URL(page.url()).hash).toMatch(/layers=[^&]*projects/)
    await page.locator('.feature-info[data-layer="projects"]').getByRole('heading', { name: 'Integriertes Mobilitätskonzept Paderborn (IMOK)' }).waitFor()
    const centre = await page.evaluate(() => (window.__atlasMap as unknown as { getCenter(): { lng: number; lat: number } }).getCenter())
    // IMOK's point lies in Paderborn (about 8.75, 51.72): the camera is there, not on the whole region.
    expect(Math.abs(centre.lng - 8.75)).toBeLessThan(0.05)
    expect(Math.abs(centre.lat - 51.72)).toBeLessThan(0.05)
  })

  it('finds the nine "mobil" projects, narrows them by action field, and the link reproduces the view', async () => {
    await page.goto(`${atlas.url}/projekte`)
    await page.locator('.project-count[data-count="26"]').waitFor()
    await page.getByLabel('Volltextsuche').fill('mobil')
    await page.locator('.project-count[data-count="9"]').waitFor()
    expect(await page.locator('.project-count').textContent()).toBe('9 Projekte')
    expect(await listedIds(page)).toEqual([1, 2, 3, 7, 8, 13, 15, 16, 21])
    expect(await page.locator('.project-list mark').first().textContent()).toMatch(/^Mobil/)

    await page.getByLabel('Handlungsfeld').selectOption('mobilitaet')
    await page.locator('.project-count[data-count="7"]').waitFor()
    expect(await listedIds(page)).toEqual([1, 2, 3, 7, 13, 15, 16])
    // "Fahr mit" (1) and Radverkehrskonzept OWL (7) have no location: listed, marked, not on the map.
    expect(await page.locator('li[data-project="1"] .no-location').textContent()).toBe('ohne Ort')
    expect(await page.locator('li[data-project="2"] .no-location').count()).toBe(0)
    const url = page.url()
    expect(new URL(url).search).toBe('?q=mobil&feld=mobilitaet')
    await waitForProjectMap(page)
    await screenshot(page, 'projects-02-search-mobil')

    await page.goto(url)
    await page.locator('.project-count[data-count="7"]').waitFor()
    expect(await page.getByLabel('Volltextsuche').inputValue()).toBe('mobil')
    expect(await listedIds(page)).toEqual([1, 2, 3, 7, 13, 15, 16])
  })

  it('lets the Borchen editor create a project with a point location and find it in the list', async () => {
    await page.goto(`${atlas.url}/projekte`)
    await logIn(page, BORCHEN)

    await page.getByRole('link', { name: /Neues Projekt/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Neues Projekt' }).waitFor()
    const form = page.locator('form.project-form')
    await form.getByLabel('Titel').fill(NEW_TITLE)
    await form.getByLabel('Handlungsfeld').selectOption('mobilitaet')
    await form.getByLabel('Problemstellungen').fill('Die Bank stand zuerst an der falschen Straßenseite.')
    await form.getByLabel('Schlagworte').fill('Mitfahren, Dörfer')
    // Borchen is ticked and locked: an editor cannot hand the project away.
    const own = form.getByRole('checkbox', { name: 'Borchen' })
    expect(await own.isChecked()).toBe(true)
    expect(await own.isDisabled()).toBe(true)
    await form.locator('.project-map').scrollIntoViewIfNeeded()
    await waitForProjectMap(page)
    const point = await page.evaluate((ll) => {
      const map = window.__atlasMap as unknown as { jumpTo(o: object): void; project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement }
      map.jumpTo({ center: ll, zoom: 13 })
      const p = map.project(ll as [number, number])
      const r = map.getCanvas().getBoundingClientRect()
      return { x: r.left + p.x, y: r.top + p.y }
    }, ETTELN)
    await page.mouse.click(point.x, point.y)
    await form.locator('[data-location^="8."]').waitFor()
    const location = await form.locator('[data-location]').getAttribute('data-location')
    const [lon, lat] = location!.split(',').map(Number)
    expect(Math.abs(lon! - ETTELN[0])).toBeLessThan(0.001)
    expect(Math.abs(lat! - ETTELN[1])).toBeLessThan(0.001)
    await screenshot(page, 'projects-03-form')
    expect((await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    await form.getByRole('button', { name: 'Speichern' }).click()

    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor()
    const id = Number(new URL(page.url()).pathname.split('/').pop())
    expect(id).toBeGreaterThan(26)
    await page.locator('.project-history li[data-action="create"]').waitFor()
    expect(await page.locator('.project-history').textContent()).toContain('borchen@regiopol.example')

    await page.goto(`${atlas.url}/projekte?q=${encodeURIComponent('Mitfahrbank Etteln')}`)
    await page.locator('.project-count[data-count="1"]').waitFor()
    expect(await listedIds(page)).toEqual([id])
    await page.goto(`${atlas.url}/projekte?tag=mitfahren&kommune=05774012`)
    await page.locator(`.project-list li[data-project="${id}"]`).waitFor()
    await screenshot(page, 'projects-04-created')
  })

  it('tells the editor that the project changed in the meantime (412), reloads and then saves', async () => {
    await page.goto(`${atlas.url}/projekte?q=${encodeURIComponent('Mitfahrbank Etteln')}`)
    await page.locator('.project-list li[data-project] a').first().click()
    await page.getByRole('link', { name: 'Bearbeiten' }).click()
    const form = page.locator('form.project-form')
    await form.getByLabel('Titel').waitFor()
    const id = Number(new URL(page.url()).pathname.split('/')[2])
    // Someone else saves first (same session, through the API).
    const other = await page.evaluate(async (projectId) => {
      const current = await fetch(`/api/projects/${projectId}`)
      const res = await fetch(`/api/collections/projects/items/${projectId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag')! },
        body: JSON.stringify({ properties: { status: 'planung' } }),
      })
      return res.status
    }, id)
    expect(other).toBe(200)
    await form.getByLabel('Erfahrungen').fill('Mit dem Ortsheimatpfleger abstimmen.')
    await form.getByRole('button', { name: 'Speichern' }).click()
    await form.getByRole('alert').getByText(/inzwischen geändert/).waitFor()
    await form.getByRole('button', { name: 'Neu laden' }).click()
    await expect.poll(() => form.getByLabel('Status').inputValue(), { timeout: 15_000 }).toBe('planung')
    await form.getByLabel('Erfahrungen').fill('Mit dem Ortsheimatpfleger abstimmen.')
    await form.getByRole('button', { name: 'Speichern' }).click()
    await page.locator('.project-learning').getByText('Mit dem Ortsheimatpfleger abstimmen.').waitFor()
    const changes = page.locator('.project-history li[data-action="update"] tr[data-field="lessons_learned"]')
    await changes.first().waitFor()
    expect(await changes.first().textContent()).toContain('Mit dem Ortsheimatpfleger abstimmen.')
    expect(await page.locator('.project-history li[data-action="update"]').count()).toBe(2)
  })
})
