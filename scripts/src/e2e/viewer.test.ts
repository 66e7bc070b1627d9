import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { clickMapAt, hasChromium, jumpTo, openAtlas, recordForeignRequests, renderedFeatureCount, screenshot, waitForMapIdle, type Browser } from './browser.ts'
import { atlasSession } from './session.ts'

/*
 * The viewer as a council member uses it, against the real server (built viewer + API +
 * embedded PostGIS). One server and one browser for the whole file; tests run in order.
 */

/** Layers visible when the app opens, per the catalogue (visibleByDefault). */
const DEFAULT_LAYERS = ['districts', 'municipalities', 'development_land', 'compensation_areas', 'rail_lines', 'rail_stops', 'health_facilities', 'projects']

/** Brüderkrankenhaus St. Josef, Paderborn (hospital site register, id 46 in the seed). */
const HOSPITAL = { id: '46', lngLat: [8.759544, 51.710482] as [number, number], name: 'Brüderkrankenhaus St. Josef Paderborn – Hauptstandort' }

describe.skipIf(!hasChromium)('the viewer in Chromium', () => {
  let browser: Browser
  let page: Page
  let foreign: string[]
  const session = atlasSession({
    beforeOpen: async (b, a) => {
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: a.url })
      foreign = recordForeignRequests(b.context)
    },
  })
  beforeAll(() => {
    ;({ browser, page } = session)
  })

  it('opens on the whole region in German with features drawn for every visible layer', async () => {
    await screenshot(page, '01-start')
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await expect(page.getByRole('heading', { name: 'Ebenen' }).isVisible()).resolves.toBe(true)
    for (const id of DEFAULT_LAYERS) {
      expect(await renderedFeatureCount(page, id), id).toBeGreaterThan(0)
    }
    const labels = await page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['municipalities-label'] }).length)
    expect(labels, 'municipality names drawn with our own glyphs').toBeGreaterThan(10)
  })

  it('shows a legend and the sample-data marker', async () => {
    const legend = page.locator('.legend')
    await expect(legend.getByText('Nutzung').first().isVisible()).resolves.toBe(true)
    await expect(legend.getByText('Bebauungsplan rechtskräftig').isVisible()).resolves.toBe(true)
    await expect(page.getByText('Die Karte zeigt Beispieldaten').isVisible()).resolves.toBe(true)
    // Development land, compensation areas, projects and exchange posts hold invented records.
    expect(await page.locator('.layer-tree .sample-badge').count()).toBe(4)
  })

  it('removes a layer’s features when it is switched off, and draws them again when switched on', async () => {
    const toggle = page.getByLabel('Gesundheitseinrichtungen', { exact: true })
    await toggle.uncheck()
    await waitForMapIdle(page)
    expect(await renderedFeatureCount(page, 'health_facilities')).toBe(0)
    await screenshot(page, '02-health-off')
    await toggle.check()
    await waitForMapIdle(page)
    expect(await renderedFeatureCount(page, 'health_facilities')).toBeGreaterThan(0)
  })

  it('shows a hospital’s German information when it is clicked', async () => {
    await jumpTo(page, HOSPITAL.lngLat, 15.5)
    await clickMapAt(page, HOSPITAL.lngLat)
    const info = page.locator('.feature-info')
    await info.waitFor()
    expect(await info.getAttribute('data-id')).toBe(HOSPITAL.id)
    await expect(info.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(HOSPITAL.name)
    const text = await info.textContent()
    expect(text).toContain('Art')
    expect(text).toContain('Krankenhaus')
    expect(text).toContain('08.03.2020')
    expect(text).toContain('Paderborn (05774032)')
    await screenshot(page, '03-hospital-info')
  })

  it('flies to Delbrück when it is searched and chosen with the keyboard', async () => {
    await page.locator('.info-panel .close').click()
    await jumpTo(page, [8.8, 51.7], 9)
    const search = page.getByRole('combobox', { name: 'Suche' })
    await search.fill('Delbrück')
    await page.getByRole('option', { name: /Delbrück/ }).first().waitFor()
    await search.press('ArrowDown')
    await search.press('Enter')
    await page.waitForFunction(() => {
      const map = window.__atlasMap!
      const c = map.getCenter()
      return !map.isMoving() && Math.abs(c.lng - 8.57) < 0.1 && Math.abs(c.lat - 51.77) < 0.08
    }, undefined, { timeout: 15_000 })
    await waitForMapIdle(page)
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(10)
    await expect(page.locator('.feature-info h2').textContent()).resolves.toBe('Delbrück')
    await screenshot(page, '04-search-delbrueck')
  })

  it('changes the count when a filter is set', async () => {
    await page.getByRole('tab', { name: 'Filter' }).click()
    await page.getByLabel('Ebene', { exact: true }).selectOption('development_land')
    const count = page.getByTestId('filter-count')
    const before = await count.textContent()
    expect(before).toMatch(/^(\d+) von \1 Objekten$/)
    await page.getByRole('checkbox', { name: /^Wohnen/ }).check()
    await expect.poll(() => count.textContent()).not.toBe(before)
    const [matched, total] = ((await count.textContent()) ?? '').match(/\d+/g)!.map(Number)
    expect(matched).toBeGreaterThan(0)
    expect(matched).toBeLessThan(total!)
    await screenshot(page, '05-filter-wohnen')
  })

  it('restores the same view from a copied link in a new page', async () => {
    const filterCount = await page.getByTestId('filter-count').textContent()
    await page.getByRole('tab', { name: 'Ebenen' }).click()
    await page.getByLabel('SPNV-Haltepunkte', { exact: true }).uncheck()
    await page.getByRole('button', { name: 'English' }).click()
    await page.waitForTimeout(300)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByText('Link copied').waitFor()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toContain('#map=')
    const camera = await page.evaluate(() => ({ ...window.__atlasMap!.getCenter(), zoom: window.__atlasMap!.getZoom() }))

    const copy = await openAtlas(browser.context, url)
    await screenshot(copy, '06-restored-from-link')
    expect(await copy.getAttribute('html', 'lang')).toBe('en')
    expect(await copy.getByLabel('Rail stops', { exact: true }).isChecked()).toBe(false)
    expect(await renderedFeatureCount(copy, 'rail_stops')).toBe(0)
    await expect(copy.locator('.feature-info h2').textContent()).resolves.toBe('Delbrück')
    const restored = await copy.evaluate(() => ({ ...window.__atlasMap!.getCenter(), zoom: window.__atlasMap!.getZoom() }))
    expect(restored.zoom).toBeCloseTo(camera.zoom, 1)
    expect(restored.lng).toBeCloseTo(camera.lng, 3)
    expect(restored.lat).toBeCloseTo(camera.lat, 3)
    await copy.getByRole('tab', { name: 'Filters' }).click()
    expect(await copy.getByRole('checkbox', { name: /^Residential/ }).isChecked()).toBe(true)
    // Same filter, same count ("30 von 72 Objekten" became "30 of 72 features").
    expect((await copy.getByTestId('filter-count').textContent())?.match(/\d+/g)).toEqual(filterCount?.match(/\d+/g))
    await copy.close()
  })

  it('opens the table in step with the selection', async () => {
    await page.getByRole('button', { name: 'Table' }).click()
    const table = page.locator('.attribute-table')
    await table.waitFor()
    await expect(table.locator('tr.selected').textContent()).resolves.toContain('Delbrück')
    await table.getByRole('button', { name: /^Inhabitants/ }).click()
    await table.getByRole('button', { name: /^Inhabitants/ }).click()
    await expect(table.locator('tbody tr').first().textContent()).resolves.toContain('Paderborn')
    await screenshot(page, '07-table')
  })

  it('requests nothing from outside this machine', () => {
    expect(foreign).toEqual([])
  })

  it('falls back to the offline map with a notice when an online basemap cannot load', async () => {
    // Block the internet for this page, so the test itself stays offline.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'))
    await page.getByLabel('Basemap').selectOption('osm')
    await page.getByRole('alert').filter({ hasText: 'OpenStreetMap' }).waitFor({ timeout: 15_000 })
    expect(await page.getByLabel('Basemap').inputValue()).toBe('offline')
    await waitForMapIdle(page)
    expect(await renderedFeatureCount(page, 'municipalities')).toBeGreaterThan(0)
    await screenshot(page, '08-basemap-fallback')
  })
})
