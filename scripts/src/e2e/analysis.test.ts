import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { clickMapAt, hasChromium, jumpTo, openAtlas, runAxe, screenshot, waitForMapIdle, type Browser } from './browser.ts'
import { atlasSession } from './session.ts'
import type { RunningAtlas } from './server.ts'

/*
 * Issue 4 in Chromium: the analysis panel against the real server (built viewer, API,
 * embedded PostGIS), its worker and its map layers. One server and one browser for
 * the file; tests run in order and build on each other like a planner's session.
 */

/** "1.234,5 %" -> 1234.5 */
const germanNumber = (text: string | null) => Number((text ?? '').replace(/\s*\(.*\)$/, '').replace(/[^\d,−-]/g, '').replace('−', '-').replace(',', '.'))

interface Rendered { properties: Record<string, unknown> | null; geometry: { type: string; coordinates: unknown } }

/** Properties of the features MapLibre draws in the given style layers. */
function renderedProperties(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate((ids) => (window.__atlasMap!.queryRenderedFeatures({ layers: ids }) as Rendered[]).map((f) => f.properties ?? {}), layers)
}

async function waitForRun(page: Page): Promise<void> {
  await page.locator('.analysis-panel .run-status[data-state="ready"]').waitFor({ timeout: 60_000 })
}

describe.skipIf(!hasChromium)('the analysis panel in Chromium', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page
  const session = atlasSession({ viewport: { width: 1600, height: 1000 } })
  beforeAll(() => {
    ;({ atlas, browser, page } = session)
  })

  it('runs the health analysis and draws a travel-time surface with indicators for all 29 municipalities', async () => {
    const started = Date.now()
    await page.getByRole('button', { name: /^◔ Analyse$/ }).click()
    await page.getByRole('tab', { name: 'Gesundheitsversorgung' }).click()
    await waitForRun(page)
    console.log(`health analysis ready after ${Date.now() - started} ms (data load + worker)`)
    await waitForMapIdle(page)
    expect(await page.locator('.indicator-table tbody tr').count()).toBe(30)
    const cells = (await renderedProperties(page, ['analysis-traveltime-fill'])).length
    expect(cells).toBeGreaterThan(1000)
    // no road network imported: the straight-line model, named as such, over the 33 general hospitals
    await expect(page.getByText('Modell: Luftlinie × Umwegfaktor 1,3 bei 50 km/h').first().isVisible()).resolves.toBe(true)
    await expect(page.getByTestId('model-note').getAttribute('data-model')).resolves.toBe('straight-line')
    await expect(page.getByTestId('counted-facilities').textContent()).resolves.toMatch(/^Gezählt: 33 Allgemeinkrankenhäuser \(Grundversorgung\)\. Nicht gezählt: 27 Standorte der Psychiatrie\/Psychosomatik \(auch Tageskliniken\) und 4 Fachkliniken/)
    await expect(page.getByText(/Zensus 2011, 1-km-Gitter; die Einwohner einer 1-km-Zelle sind gleichmäßig/).isVisible()).resolves.toBe(true)
    await screenshot(page, 'analysis-01-health')
  })

  it('draws isochrone bands when they are switched on', async () => {
    await page.getByLabel('Isochronen').check()
    await expect.poll(async () => {
      await waitForMapIdle(page)
      return new Set((await renderedProperties(page, ['analysis-bands-line'])).map((p) => p.band)).size
    }, { timeout: 30_000 }).toBeGreaterThanOrEqual(3)
    await screenshot(page, 'analysis-01b-isochrones')
    await page.getByLabel('Isochronen').uncheck()
  })

  it('switching off a hospital raises the mean time of its municipality and reports the change against the baseline', async () => {
    // The highest-ranked hospital (closure impact) that lies in one of the 29 municipalities.
    const ags = new Set(await page.locator('.indicator-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ags'))))
    let id = ''
    let impact = 0
    let municipality = ''
    for (const row of await page.locator('.closure-table tbody tr').all()) {
      const rowId = (await row.getAttribute('data-id'))!
      const facility = (await (await fetch(`${atlas.url}/api/collections/health_facilities/items/${rowId}`)).json()) as { properties: { municipality_ags: string } }
      if (!ags.has(facility.properties.municipality_ags)) continue
      id = rowId
      impact = germanNumber(await row.locator('td').nth(2).textContent())
      municipality = facility.properties.municipality_ags
      break
    }
    expect(id).not.toBe('')
    const mean = page.locator(`.indicator-table tr[data-ags="${municipality}"] [data-testid="mean-min"]`)
    const before = germanNumber(await mean.textContent())
    expect(before).toBeGreaterThan(0)

    await page.locator(`input[data-facility="${id}"]`).uncheck()
    await expect.poll(async () => germanNumber(await mean.textContent()), { timeout: 30_000 }).toBeGreaterThan(before)
    await waitForRun(page)
    const summary = (await page.getByTestId('delta-summary').textContent()) ?? ''
    // A full sentence with sign and unit, also when the 30-minute share does not move.
    expect(summary).toMatch(/(Unverändert: )?\d+(,\d)? % der Einwohner innerhalb von 30 Minuten/)
    // The G-BA ranking said how many would newly be beyond 30 minutes; the scenario agrees.
    if (impact > 0) expect(summary).toContain(`${Math.round(impact).toLocaleString('de-DE')} Einwohner brauchen jetzt länger als 30 Minuten`)
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`off=${id}`)
    const { geometry } = (await (await fetch(`${atlas.url}/api/collections/health_facilities/items/${id}`)).json()) as { geometry: { coordinates: [number, number] } }
    await jumpTo(page, geometry.coordinates, 11)
    const off = (await renderedProperties(page, ['analysis-facilities-circle'])).filter((p) => p.state === 'off').map((p) => p.id)
    expect(off).toEqual([id])
    await screenshot(page, 'analysis-02-hospital-off')
  })

  it('reproduces the scenario from the link in a new page', async () => {
    const url = await page.evaluate(() => location.href)
    const copy = await openAtlas(browser.context, url)
    await waitForRun(copy)
    const text = async (p: Page) => p.locator('.indicator-table tr[data-ags="region"] [data-testid="mean-min"]').textContent()
    await expect.poll(() => text(copy), { timeout: 30_000 }).toBe(await text(page))
    expect(await copy.getByTestId('delta-summary').textContent()).toBe(await page.getByTestId('delta-summary').textContent())
    await copy.close()
  })

  it('a hypothetical hospital added by a map click shortens the mean travel time of the region', async () => {
    await page.getByRole('button', { name: 'Ausgangslage' }).click()
    await expect.poll(() => page.getByTestId('delta-summary').textContent()).toContain('Ausgangslage')
    await waitForRun(page)
    const regionMean = page.locator('.indicator-table tr[data-ags="region"] [data-testid="mean-min"]')
    const before = germanNumber(await regionMean.textContent())
    await jumpTo(page, [8.75, 51.6], 9)
    await page.getByRole('button', { name: /Standort hinzufügen/ }).click()
    // Between hospitals, in the slow band south of Lichtenau.
    await clickMapAt(page, [8.85, 51.57])
    await expect.poll(async () => germanNumber(await regionMean.textContent()), { timeout: 30_000 }).toBeLessThan(before)
    await expect(page.getByTestId('mean-delta').textContent()).resolves.toMatch(/^Mittlere Fahrzeit in der Region: −\d+,\d min$/)
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/add=8\.8\d*\/51\.5\d*/)
    await waitForMapIdle(page)
    const added = (await renderedProperties(page, ['analysis-facilities-circle'])).filter((p) => p.state === 'hypothetical').length
    expect(added).toBe(1)
    await screenshot(page, 'analysis-03-hypothetical-site')
  })

  it('sorts the site table by distance and highlights the site of a clicked row on the map', async () => {
    await page.getByRole('tab', { name: 'Bauland an der Schiene' }).click()
    await waitForRun(page)
    await page.getByRole('button', { name: /Flächentabelle öffnen/ }).click()
    const table = page.locator('.site-table')
    await table.waitFor()
    await table.getByRole('button', { name: /^Entfernung \(m\)/ }).click()
    const distances = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(germanNumber)
    expect(distances.length).toBeGreaterThanOrEqual(60)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))

    const row = table.locator('tbody tr').nth(2)
    const id = (await row.getAttribute('data-id'))!
    await row.click()
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true')
    await page.waitForFunction(() => !window.__atlasMap!.isMoving(), undefined, { timeout: 15_000 })
    await waitForMapIdle(page)
    const highlighted = (await renderedProperties(page, ['analysis-site-highlight'])).map((p) => String(p.__id))
    expect(highlighted.length).toBeGreaterThan(0)
    expect(new Set(highlighted)).toEqual(new Set([id]))
    await screenshot(page, 'analysis-04-site-table')
  })

  it('clicking another site on the map selects its row', async () => {
    const id = (await page.locator('.site-table tbody tr').nth(5).getAttribute('data-id'))!
    const site = (await (await fetch(`${atlas.url}/api/collections/development_land/items/${id}`)).json()) as { geometry: { type: string; coordinates: unknown } }
    const ring = site.geometry.type === 'Polygon' ? (site.geometry.coordinates as number[][][])[0]! : (site.geometry.coordinates as number[][][][])[0]![0]!
    const inner = ring.slice(0, -1)
    const centre: [number, number] = [inner.reduce((s, p) => s + p[0]!, 0) / inner.length, inner.reduce((s, p) => s + p[1]!, 0) / inner.length]
    // The information panel of the site chosen before sits over the map's centre.
    await page.locator('.info-panel .close').click()
    await jumpTo(page, centre, 15)
    await clickMapAt(page, centre)
    const row = page.locator(`.site-table tbody tr[data-id="${id}"]`)
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true')
    expect((await renderedProperties(page, ['analysis-site-highlight'])).map((p) => String(p.__id))).toContain(id)
  })

  it('has no serious or critical axe violations with the site tab and table open, nor on the health tab', async () => {
    const severe = async () => (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(await severe()).toEqual([])
    await page.getByRole('tab', { name: 'Gesundheitsversorgung' }).click()
    await waitForRun(page)
    expect(await severe()).toEqual([])
    await page.getByRole('tab', { name: 'Bauland an der Schiene' }).click()
  })

  it('shows a printable summary with the map image, parameters and sources', async () => {
    await page.getByRole('button', { name: /Zusammenfassung/ }).click()
    const sheet = page.getByRole('dialog')
    await sheet.locator('img.print-map').waitFor()
    const size = await sheet.locator('img.print-map').evaluate((img: HTMLImageElement) => img.naturalWidth)
    expect(size).toBeGreaterThan(100)
    const text = (await sheet.textContent()) ?? ''
    expect(text).toContain('Bauland an der Schiene')
    expect(text).toContain('BBSR')
    await screenshot(page, 'analysis-05-print')
    await sheet.getByRole('button', { name: 'Schließen' }).click()
  })
})
