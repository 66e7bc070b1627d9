import type { MunicipalityList, MunicipalityProfile } from '@regiopol/geodata'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, runAxe, screenshot } from './browser.ts'
import { atlasSession } from './session.ts'
import { extractImages, extractText, getDocumentProxy } from './pdf.ts'
import type { RunningAtlas } from './server.ts'

/*
 * Municipality profiles against the real server (built viewer + API + embedded PostGIS):
 * the figures on the page are the API's, written the German way. The expected texts are
 * formatted here with Intl (de-DE), independently of the viewer's formatter.
 */

const ALTENBEKEN = '05774004'
const DETMOLD = '05766020'

const de = (v: number, digits: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v)
const NB = '\u202f'

async function figure(page: Page, name: string): Promise<string> {
  return (await page.locator(`[data-figure="${name}"]`).innerText()).trim()
}

describe.skipIf(!hasChromium)('municipality profiles in Chromium', () => {
  let atlas: RunningAtlas
  let page: Page
  const session = atlasSession({ open: 20_000 })
  beforeAll(() => {
    ;({ atlas, page } = session)
  })

  it('shows a profile whose figures match the API, formatted de-DE', async () => {
    const api = (await (await fetch(`${atlas.url}/api/municipalities/${DETMOLD}/profile`)).json()) as MunicipalityProfile
    await page.goto(`${atlas.url}/kommunen/${DETMOLD}`)
    await page.getByRole('heading', { level: 1, name: 'Detmold' }).waitFor()
    expect(await figure(page, 'population.value')).toBe(de(api.population.value, 0))
    expect(await figure(page, 'population.value')).toBe('74.835')
    expect(await figure(page, 'area.km2')).toBe(`${de(api.area.km2, 2)}${NB}km²`)
    expect(await figure(page, 'density_per_km2')).toBe(`${de(api.density_per_km2, 1)}${NB}EW/km²`)
    expect(await figure(page, 'rail.catchment_population')).toBe(de(api.rail.catchment_population, 0))
    expect(await figure(page, 'rail.catchment_share')).toBe(`${de(api.rail.catchment_share! * 100, 1)}${NB}%`)
    expect(await figure(page, 'pool.points_total')).toBe('125.937')
    expect(await figure(page, 'pool.points_reserved')).toBe(de(api.pool.points_reserved, 0))
    expect(await figure(page, 'pool.points_available')).toBe(de(api.pool.points_available, 0))
    expect(await figure(page, 'development_land.inside_ha')).toContain(`${de(api.development_land.inside_ha, 1)}${NB}ha`)
    expect(await figure(page, 'health.mean_distance_km')).toBe(`${de(api.health.mean_distance_km!, 1)}${NB}km`)
    expect(await figure(page, 'health.share_within_threshold')).toBe(`${de(api.health.share_within_threshold! * 100, 1)}${NB}%`)
    for (const stop of api.rail.stops) {
      expect(await figure(page, `rail.stops.${stop.id}.catchment_population`)).toContain(de(stop.catchment_population, 0))
    }
    for (const c of api.comparison.indicators) {
      const row = page.locator(`[data-testid="comparison-table"] tr[data-indicator="${c.id}"]`)
      expect(await row.locator('td').last().innerText()).toContain({ strength: 'Stärke', weakness: 'Schwäche', average: 'Durchschnitt', context: 'ohne Wertung', unknown: 'kein Wert' }[c.verdict])
    }
    expect(await page.locator('.profile-projects a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(api.projects.items.map((p) => `/projekte/${p.id}`))
    expect(await page.getByTestId('profile-contact').innerText()).toContain(api.contact!.name)
    // The map: the municipality with its stop and as many dashed catchment circles as stops nearby.
    await page.getByTestId('profile-map').waitFor()
    expect(await page.locator('[data-testid="profile-map"] circle[stroke-dasharray]').count()).toBeGreaterThanOrEqual(api.rail.stops.length)
    await screenshot(page, 'profile-detmold')
  })

  it('prints without navigation and keeps the map (print media)', async () => {
    await page.emulateMedia({ media: 'print' })
    try {
      expect(await page.locator('.app-header').isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false)
      expect(await page.getByTestId('profile-map').isVisible()).toBe(true)
      expect(await page.locator('[data-figure="population.value"]').isVisible()).toBe(true)
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('exports the profile as a two-page A4 PDF with the map as an image and the figures as text', async () => {
    const api = (await (await fetch(`${atlas.url}/api/municipalities/${DETMOLD}/profile`)).json()) as MunicipalityProfile
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Als PDF exportieren' }).click()])
    expect(file.suggestedFilename()).toMatch(/^steckbrief-detmold-\d{4}-\d{2}-\d{2}\.pdf$/)
    const doc = await getDocumentProxy(new Uint8Array(readFileSync(await file.path())))
    expect(doc.numPages).toBe(2)
    const first = await doc.getPage(1)
    // A4 portrait in PDF points: 210 mm = 595.3, 297 mm = 841.9
    expect(first.view[2]).toBeCloseTo(595.28, 0)
    expect(first.view[3]).toBeCloseTo(841.89, 0)
    const { text } = await extractText(doc, { mergePages: true })
    expect(text).toContain('Steckbrief Detmold')
    expect(text).toContain(`Einwohner: ${de(api.population.value, 0)}`)
    expect(text).toContain(`verfügbar ${de(api.pool.points_available, 0)}`)
    expect(text).toContain('Vergleich mit der Region')
    const images = await extractImages(doc, 1)
    const map = images.find((i) => i.width >= 1000)
    expect(map, `images: ${images.map((i) => `${i.width}×${i.height}`).join(', ')}`).toBeDefined()
    const colours = new Set<number>()
    for (let i = 0; i < map!.data.length; i += map!.channels * 97) colours.add((map!.data[i]! << 16) | (map!.data[i + 1]! << 8) | map!.data[i + 2]!)
    expect(colours.size).toBeGreaterThan(5)
  })

  it('lists the 29 in a sortable table that links to each profile', async () => {
    const list = (await (await fetch(`${atlas.url}/api/municipalities`)).json()) as MunicipalityList
    await page.goto(`${atlas.url}/kommunen`)
    const rows = page.locator('[data-testid="municipality-table"] tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(29)
    await page.getByRole('button', { name: 'Nach Einwohner sortieren' }).click()
    const first = [...list.items].sort((a, b) => b.population - a.population)[0]!
    expect(await rows.first().getAttribute('data-ags')).toBe(first.ags)
    expect(await rows.first().locator('td').nth(1).innerText()).toBe(de(first.population, 0))
    await page.getByRole('link', { name: 'Altenbeken' }).click()
    await page.getByRole('heading', { level: 1, name: 'Altenbeken' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/kommunen/${ALTENBEKEN}`)
    expect(await figure(page, 'rail.catchment_population')).toBe('4.583')
  })

  it('opens the profile from a municipality’s info panel on the map', async () => {
    await page.goto(`${atlas.url}/#sel=municipalities/${ALTENBEKEN}`)
    await page.getByRole('link', { name: 'Steckbrief öffnen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Altenbeken' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/kommunen/${ALTENBEKEN}`)
  })

  it('has no serious or critical accessibility violations on a profile', async () => {
    await page.goto(`${atlas.url}/kommunen/${ALTENBEKEN}`)
    await page.getByTestId('profile-map').waitFor()
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})
