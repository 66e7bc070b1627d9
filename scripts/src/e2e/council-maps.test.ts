import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, screenshot, SCREENSHOTS, waitForMapIdle } from './browser.ts'
import { atlasSession } from './session.ts'
import { extractImages, extractText, getDocumentProxy } from './pdf.ts'
import type { RunningAtlas } from './server.ts'

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

/** Clicks an export button in the print dialog and returns the downloaded file. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: button }).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

/** Buttons on screen whose accessible name matches. */
function visibleButtons(page: Page, name: RegExp): Promise<number> {
  return page.getByRole('button', { name }).filter({ visible: true }).count()
}

const TITLE = 'Krankenhauserreichbarkeit im Kreis Höxter'

describe.skipIf(!hasChromium)('council maps in Chromium', () => {
  let atlas: RunningAtlas
  let page: Page
  const session = atlasSession({ viewport: { width: 1280, height: 800 }, open: 15_000 })
  beforeAll(() => {
    ;({ atlas, page } = session)
  })

  it('lists the four theme maps on the start page and opens the health map in one click', async () => {
    await page.goto(`${atlas.url}/themen`)
    const cards = page.locator('.theme-card h2')
    await cards.first().waitFor() // the page is loaded lazily
    await expect(cards.allTextContents()).resolves.toEqual(['Bauland an der Schiene', 'Gesundheitsversorgung', 'Ausgleichsflächenpool', 'Projekte in der Region'])
    await screenshot(page, 'council-01-themes')
    await page.getByRole('link', { name: 'Themenkarte „Gesundheitsversorgung“ öffnen' }).click()
    await page.waitForURL(/\/#.*thema=gesundheitsversorgung/)
    await waitForMapIdle(page)
    const bar = page.getByRole('region', { name: 'Gesundheitsversorgung' })
    await expect(bar.getByText(/Wie schnell erreichen die Menschen in jedem Ort ein Allgemeinkrankenhaus/).isVisible()).resolves.toBe(true)
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

  it('exports an A4 landscape PDF with the title as text and the map as an image at 150 dpi', async () => {
    await page.goto(`${atlas.url}/?thema=gesundheitsversorgung`)
    await waitForMapIdle(page)
    await expect.poll(() => page.evaluate(() => location.search + location.hash)).toMatch(/^#.*thema=gesundheitsversorgung/)
    await page.getByRole('button', { name: /Drucken \/ Export/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Karte drucken oder exportieren' })
    await expect(dialog.getByLabel('Titel').inputValue()).resolves.toBe('Gesundheitsversorgung')
    await dialog.getByLabel('Titel').fill(TITLE)
    await dialog.getByLabel('Papierformat').selectOption('A4')
    await dialog.getByLabel('Quer').check()
    await dialog.getByLabel('Auflösung').selectOption('150')
    await expect(dialog.getByText('1.754 × 1.240 Pixel').isVisible()).resolves.toBe(true)
    const started = Date.now()
    const pdf = await download(page, 'Als PDF speichern')
    console.log(`PDF A4 150 dpi: ${Date.now() - started} ms, ${Math.round(pdf.bytes.length / 1024)} KiB`)
    expect(pdf.name).toMatch(/^krankenhauserreichbarkeit-im-kreis-hoexter-a4-quer-150dpi-\d{4}-\d{2}-\d{2}\.pdf$/)
    const doc = await getDocumentProxy(pdf.bytes.slice())
    expect(doc.numPages).toBe(1)
    const page1 = await doc.getPage(1)
    const [w, h] = [page1.view[2]!, page1.view[3]!]
    // A4 landscape in PDF points: 297 mm × 72 / 25.4 = 841.9, 210 mm = 595.3
    expect(w).toBeCloseTo(841.89, 0)
    expect(h).toBeCloseTo(595.28, 0)
    const { text } = await extractText(doc, { mergePages: true })
    expect(text).toContain(TITLE)
    expect(text).toContain('Legende')
    expect(text).toContain('Gesundheitseinrichtungen')
    // The legend follows the theme's filter (hospitals only) and includes the analysis classes.
    expect(text).not.toContain('Apotheke')
    expect(text).toContain('Legende der Analyse')
    expect(text).toContain('15–20 min') // the embedded Noto Sans has the en dash
    expect(text).toMatch(/Maßstab ca\. 1 : [\d.]+/)
    expect(text).toContain('Krankenhausstandorte: Eurostat GISCO')
    const images = await extractImages(doc, 1)
    // The map box is 210 × 153 mm: 210 / 25.4 × 150 = 1240.2 and 153 / 25.4 × 150 = 903.5 pixels.
    const map = images.find((i) => i.width >= 1240 && i.height >= 903)
    expect(map, `images: ${images.map((i) => `${i.width}×${i.height}`).join(', ')}`).toBeDefined()
    // Not a blank canvas: the map has many distinct colours.
    const colours = new Set<number>()
    for (let i = 0; i < map!.data.length; i += map!.channels * 97) colours.add((map!.data[i]! << 16) | (map!.data[i + 1]! << 8) | map!.data[i + 2]!)
    expect(colours.size).toBeGreaterThan(50)
  })

  it('exports a PNG of exactly A4 landscape at 150 dpi', async () => {
    const png = await download(page, 'Als PNG speichern')
    const view = new DataView(png.bytes.buffer, png.bytes.byteOffset)
    expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG')
    // 297 mm / 25.4 × 150 = 1753.9 → 1754; 210 mm → 1240
    expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({ width: 1754, height: 1240 })
    expect(png.name).toMatch(/\.png$/)
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(join(SCREENSHOTS, 'council-print-a4-landscape-150dpi.png'), png.bytes)
    await page.getByRole('button', { name: 'Druckdialog schließen' }).click()
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
  })

  it('hides every editing tool in presentation mode and fits a tablet in both orientations', async () => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.getByRole('button', { name: /^▣ Präsentation$/ }).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('praesentation=1')
    for (const name of [/Analyse/, /^▤ Tabelle/, /messen/, /Fläche erfassen/, /Link kopieren/, /Anmelden/]) expect(await visibleButtons(page, name), String(name)).toBe(0)
    await expect(page.locator('#side-panel').count()).resolves.toBe(0)
    await expect(page.locator('.analysis-panel').count()).resolves.toBe(0)
    // The legend names exactly the visible layers; the analysis result stays on the map.
    const legend = page.locator('.presentation-legend')
    expect((await legend.locator('.legend-layer h3').allTextContents()).map((s) => s.trim())).toEqual(['Kommunen', 'Gesundheitseinrichtungen'])
    await expect(legend.getByText('Legende der Analyse').isVisible()).resolves.toBe(true)
    await expect(legend.locator('[data-layer="health_facilities"] li > span').allTextContents()).resolves.toEqual(['Krankenhaus'])
    await expect(page.getByRole('heading', { name: 'Gesundheitsversorgung' }).isVisible()).resolves.toBe(true)
    for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
      await page.setViewportSize(viewport)
      // The layer tree (which waitForMapIdle watches) is not on screen here: wait for the map alone.
      await page.waitForFunction(() => window.__atlasMap?.loaded() && !window.__atlasMap.isMoving(), undefined, { timeout: 30_000 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      const exit = await page.getByRole('button', { name: 'Präsentation beenden' }).boundingBox()
      expect(exit!.x + exit!.width).toBeLessThanOrEqual(viewport.width)
      // Touch targets: every visible button is at least 44 px tall.
      const heights = await page.locator('.app button:visible').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
      await screenshot(page, `council-03-presentation-${viewport.width}x${viewport.height}`)
    }
    await page.getByRole('button', { name: 'Präsentation beenden' }).click()
    expect(await visibleButtons(page, /^◔ Analyse$/)).toBe(1)
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('praesentation')
    await page.setViewportSize({ width: 1280, height: 800 })
  })
})
