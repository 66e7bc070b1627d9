import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, screenshot, waitForMapIdle, type Browser } from './browser.ts'
import { startAtlas, type RunningAtlas } from './server.ts'

/*
 * Council maps in Chromium against the real server: a theme map opened from the start
 * page in one click, presentation mode on a tablet, and the print export read back
 * with a PDF parser. One server and one browser; the tests build on each other.
 */

/** Catalogue layer ids whose checkbox in the layer tree is ticked. */
async function checkedLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__atlasMap!
    const ids = new Set<string>()
    for (const l of map.getStyle().layers as { id: string; layout?: { visibility?: string } }[]) {
      const m = /^(districts|municipalities|population_grid|development_land|compensation_areas|rail_lines|rail_stops|health_facilities|projects)-/.exec(l.id)
      if (m && l.layout?.visibility !== 'none') ids.add(m[1]!)
    }
    return [...ids].sort()
  })
}

/** Properties of the drawn features of a catalogue layer's circle layers. */
function renderedCircleProperties(page: Page, layerId: string): Promise<Record<string, unknown>[]> {
  return page.evaluate((id) => {
    const map = window.__atlasMap!
    const ids = map.getStyle().layers.filter((l) => l.id.startsWith(`${id}-`) && l.type === 'circle').map((l) => l.id)
    return (map.queryRenderedFeatures({ layers: ids }) as { properties: Record<string, unknown> | null }[]).map((f) => f.properties ?? {})
  }, layerId)
}

describe.skipIf(!hasChromium)('council maps in Chromium', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    atlas = await startAtlas()
    browser = await launchBrowser({ width: 1280, height: 800 })
    page = await browser.context.newPage()
    page.setDefaultTimeout(15_000)
    page.on('pageerror', (err) => console.error('page error:', err.message))
  })

  afterAll(async () => {
    await browser?.close()
    await atlas?.stop()
  })

  it('lists the four theme maps on the start page and opens the health map in one click', async () => {
    await page.goto(`${atlas.url}/themen`)
    const cards = page.locator('.theme-card h2')
    await expect(cards.allTextContents()).resolves.toEqual(['Bauland an der Schiene', 'Gesundheitsversorgung', 'Ausgleichsflächenpool', 'Projekte in der Region'])
    await screenshot(page, 'council-01-themes')
    await page.getByRole('link', { name: 'Themenkarte „Gesundheitsversorgung“ öffnen' }).click()
    await page.waitForURL(/\/#.*thema=gesundheitsversorgung/)
    await waitForMapIdle(page)
    const bar = page.getByRole('region', { name: 'Gesundheitsversorgung' })
    await expect(bar.getByText('Wie schnell erreichen die Menschen in jedem Ort ein Krankenhaus?').isVisible()).resolves.toBe(true)
    expect(await checkedLayers(page)).toEqual(['health_facilities', 'municipalities'])
    await expect(page.getByRole('checkbox', { name: /^Bauland/ }).isChecked()).resolves.toBe(false)
    await expect(page.getByRole('checkbox', { name: /^Gesundheitseinrichtungen/ }).isChecked()).resolves.toBe(true)
    // The theme's filter: only hospitals are drawn, no GP practices or pharmacies.
    const facilities = await renderedCircleProperties(page, 'health_facilities')
    expect(facilities.length).toBeGreaterThan(5)
    expect(new Set(facilities.map((p) => p.type))).toEqual(new Set(['krankenhaus']))
    // The theme opens the reachability analysis.
    await expect(page.getByRole('tab', { name: 'Gesundheitsversorgung', selected: true }).isVisible()).resolves.toBe(true)
    await screenshot(page, 'council-02-health-theme')
  })

  it('leaves the theme back to the normal atlas', async () => {
    await page.getByRole('button', { name: 'Thema verlassen' }).click()
    await expect(page.locator('.theme-bar').count()).resolves.toBe(0)
    await waitForMapIdle(page)
    expect(await checkedLayers(page)).toEqual(['compensation_areas', 'development_land', 'districts', 'health_facilities', 'municipalities', 'projects', 'rail_lines', 'rail_stops'])
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('thema=')
  })
})
