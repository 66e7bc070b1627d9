import type { Page } from 'playwright-core'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, logIn, screenshot, waitForMapIdle } from './browser.ts'
import { atlasSession } from './session.ts'
import { repoRoot, type RunningAtlas } from './server.ts'

/*
 * Registering compensation areas from files, as a municipality's GIS staff would:
 * the Borchen editor uploads a zipped Shapefile in EPSG:25832 and a GeoPackage (both
 * written by GDAL, viewer/src/pool/__fixtures__), reads the preview and its problems,
 * saves one feature per file and finds it on the map. The second file holds a polygon
 * inside the first saved area: only the API knows that, and its refusal is shown on
 * that feature's row. One server and one browser; tests run in order.
 */

const BORCHEN = { email: 'borchen@regiopol.example', password: 'Borchen-Demo-2026' }
const FIXTURES = join(repoRoot, 'viewer', 'src', 'pool', '__fixtures__')
/** Centre of the Shapefile's square (482550, 5721750 in EPSG:25832), by PROJ. */
const SQUARE_CENTRE: [number, number] = [8.74779573083911, 51.646479842663]
const HEDGE_CENTRE: [number, number] = [8.762, 51.651]

/** Rendered features of a set of style layers at a coordinate, with chosen properties. */
function featuresAt(page: Page, lngLat: [number, number], prefix: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([ll, pre]) => {
      const map = window.__atlasMap as unknown as {
        project(p: [number, number]): { x: number; y: number }
        getStyle(): { layers: { id: string; type: string }[] }
        queryRenderedFeatures(point: [number, number], options: { layers: string[] }): { properties: Record<string, unknown> }[]
      }
      const layers = map.getStyle().layers.filter((l) => l.id.startsWith(pre as string) && l.type === 'fill').map((l) => l.id)
      const p = map.project(ll as [number, number])
      return map.queryRenderedFeatures([p.x, p.y], { layers }).map((f) => f.properties)
    },
    [lngLat, prefix] as const,
  )
}

const rows = (page: Page) => page.locator('.upload-table tbody tr')
const row = (page: Page, n: number) => page.locator(`.upload-table tbody tr[data-number="${n}"]`)

describe.skipIf(!hasChromium)('uploading compensation areas from files in Chromium', () => {
  let atlas: RunningAtlas
  let page: Page
  const session = atlasSession()
  beforeAll(async () => {
    ;({ atlas, page } = session)
    await logIn(page, BORCHEN)
    await page.getByRole('button', { name: /Fläche erfassen/ }).click()
  })

  it('previews a zipped Shapefile in EPSG:25832 on the map, reprojected, with each feature’s problems', async () => {
    await page.getByLabel(/Datei hochladen/).setInputFiles(join(FIXTURES, 'areas-25832.zip'))
    await rows(page).nth(3).waitFor()
    expect(await rows(page).count()).toBe(4)
    expect(await page.locator('.upload-layers').textContent()).toMatch(/Ebene „areas“: 4 Objekte, ETRS_1989_UTM_Zone_32N \(EPSG:25832\), in WGS84 umgerechnet/)
    expect(await row(page, 2).locator('[data-code="self-intersection"]').textContent()).toBe('Selbstüberschneidung bei 8.755747, 51.646047 (Länge, Breite).')
    expect(await row(page, 3).locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(['missing-name'])
    expect(await row(page, 4).locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(['outside-region'])
    // The only saveable feature is chosen; the others cannot be.
    expect(await row(page, 1).getByRole('checkbox').isChecked()).toBe(true)
    expect(await row(page, 2).getByRole('checkbox').isDisabled()).toBe(true)

    await waitForMapIdle(page)
    expect(await featuresAt(page, SQUARE_CENTRE, 'pool-upload-')).toContainEqual({ number: 1, state: 'chosen' })
    await screenshot(page, 'pool-upload-01-shapefile-preview')
  })

  it('saves the chosen Shapefile feature with its name and points columns and shows it on the map', async () => {
    const panel = page.locator('.pool-register')
    expect(await panel.getByLabel('Name aus Spalte').inputValue()).toBe('name')
    await panel.getByLabel('Ökopunkte aus Spalte').selectOption('punkte')
    await panel.getByLabel('Maßnahme').selectOption('streuobstwiese')
    await panel.getByRole('button', { name: 'Ausgewählte speichern' }).click()

    await row(page, 1).locator('.pool-ok').waitFor()
    expect(await row(page, 1).getAttribute('data-outcome')).toBe('saved')
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByRole('heading', { level: 2, name: 'Streuobstwiese Am Hang' }).waitFor()
    const id = (await info.getAttribute('data-id'))!
    expect(await info.locator('.pool-balance').getAttribute('data-available')).toBe('45000')
    expect(await row(page, 1).textContent()).toContain(`gespeichert (Nr. ${id})`)

    // The preview framed all four features, one far outside the region: come closer.
    await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c as [number, number], zoom: 15 }), SQUARE_CENTRE)
    await waitForMapIdle(page)
    const drawn = await featuresAt(page, SQUARE_CENTRE, 'compensation_areas-')
    expect(drawn.map((p) => ({ name: p.name, id: p.__id }))).toContainEqual({ name: 'Streuobstwiese Am Hang', id })
    await screenshot(page, 'pool-upload-02-shapefile-saved')
  })

  it('previews a GeoPackage, and shows the API’s refusal of an overlapping feature on its row', async () => {
    await page.getByLabel(/Datei hochladen/).setInputFiles(join(FIXTURES, 'areas-4326.gpkg'))
    await row(page, 4).waitFor()
    await page.locator('.upload-layers li[data-crs="wgs84"]').waitFor()
    const panel = page.locator('.pool-register')
    expect(await panel.getByLabel('Name aus Spalte').inputValue()).toBe('bezeichnung')
    expect(await row(page, 3).locator('[data-code="not-polygon"]').textContent()).toMatch(/Keine Fläche \(LineString\)/)

    await row(page, 1).getByRole('checkbox').check()
    await row(page, 4).getByRole('checkbox').check()
    await panel.getByLabel('Ökopunkte', { exact: true }).fill('12000')
    await panel.getByRole('button', { name: 'Ausgewählte speichern' }).click()

    await row(page, 4).locator('.pool-error').waitFor()
    expect(await row(page, 4).getAttribute('data-outcome')).toBe('refused')
    expect(await row(page, 4).locator('.pool-error').textContent()).toMatch(/abgelehnt: .*Streuobstwiese Am Hang/)
    await row(page, 1).locator('.pool-ok').waitFor()
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByRole('heading', { level: 2, name: 'Hecke am Bach' }).waitFor()

    await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c as [number, number], zoom: 15 }), HEDGE_CENTRE)
    await waitForMapIdle(page)
    const drawn = await featuresAt(page, HEDGE_CENTRE, 'compensation_areas-')
    expect(drawn.map((p) => p.name)).toContain('Hecke am Bach')
    expect(await featuresAt(page, HEDGE_CENTRE, 'pool-upload-')).toContainEqual({ number: 1, state: 'saved' })
    await screenshot(page, 'pool-upload-03-geopackage')
  })
})
