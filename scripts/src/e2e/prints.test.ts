import { readFileSync } from 'node:fs'
import { layers } from '@regiopol/geodata'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, waitForMapIdle, type Browser } from './browser.ts'
import { extractImages, extractText, getDocumentProxy } from './pdf.ts'
import { startAtlas, type RunningAtlas } from './server.ts'

/*
 * Prints that tell the truth, read back from the PDF: the scale text against the ground
 * the map really shows, the municipality names as text, the theme's areas drawn (pixels
 * of their catalogue colours in the map image), every character in the embedded font,
 * and the model behind the health map's minutes.
 */

/** A4 landscape map box (print/paper.ts): 210 × 153 mm. */
const BOX_MM = { w: 210, h: 153 }

interface Printed {
  text: string
  image: { width: number; height: number; channels: number; data: Uint8ClampedArray }
}

async function printPdf(page: Page, options: { scale?: string } = {}): Promise<Printed> {
  await page.getByRole('button', { name: /Drucken \/ Export/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Karte drucken oder exportieren' })
  await dialog.getByLabel('Papierformat').selectOption('A4')
  await dialog.getByLabel('Quer').check()
  await dialog.getByLabel('Auflösung').selectOption('150')
  await dialog.getByLabel('Maßstab').selectOption(options.scale ?? '')
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Als PDF speichern' }).click()])
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(await file.path())))
  const { text } = await extractText(doc, { mergePages: true })
  const image = (await extractImages(doc, 1)).find((i) => i.width >= 1240)!
  await dialog.getByRole('button', { name: 'Druckdialog schließen' }).click()
  return { text, image }
}

/** Metres of ground across the on-screen map (haversine along the centre's parallel and meridian). */
function screenGround(page: Page): Promise<{ w: number; h: number }> {
  return page.evaluate(() => {
    const map = window.__atlasMap!
    const { width, height } = map.getCanvas().getBoundingClientRect()
    const R = 6_371_008.8
    const rad = (d: number) => (d * Math.PI) / 180
    const dist = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) => {
      const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2
      return 2 * R * Math.asin(Math.sqrt(h))
    }
    const u = (x: number, y: number) => map.unproject([x, y])
    return { w: dist(u(0, height / 2), u(width, height / 2)), h: dist(u(width / 2, 0), u(width / 2, height)) }
  })
}

function printedScale(text: string): number {
  return Number(/Maßstab ca\. 1 : ([\d.]+)/.exec(text)?.[1]?.replace(/\./g, ''))
}

/** Pixels of the map image within a small distance (JPEG) of one of the colours. */
function pixelsOf(image: Printed['image'], colours: string[], tolerance = 28): number {
  const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)))
  let count = 0
  for (let i = 0; i < image.data.length; i += image.channels) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
    if (rgb.some(([R, G, B]) => Math.abs(r - R!) <= tolerance && Math.abs(g - G!) <= tolerance && Math.abs(b - B!) <= tolerance)) count++
  }
  return count
}

function optionColours(layerId: string, key: string): string[] {
  return layers.find((l) => l.id === layerId)!.properties.find((p) => p.key === key)!.options!.map((o) => o.color!).filter(Boolean)
}

const NAMES = ['Paderborn', 'Delbrück', 'Salzkotten', 'Büren', 'Bad Lippspringe', 'Altenbeken', 'Lichtenau', 'Warburg', 'Brakel', 'Bad Driburg']

describe.skipIf(!hasChromium)('printed theme maps', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    atlas = await startAtlas()
    browser = await launchBrowser({ width: 1280, height: 800 })
    page = await newPage(browser.context, 20_000)
  })

  afterAll(async () => {
    await browser?.close()
    await atlas?.stop()
  })

  it('prints the compensation pool with its areas drawn, the municipality names as text and the scale of the ground it shows', async () => {
    await page.goto(`${atlas.url}/?thema=ausgleichsflaechenpool`)
    await waitForMapIdle(page)
    const ground = await screenGround(page)
    const { text, image } = await printPdf(page)
    // The screen's view fits the box: the tighter side sets the metres per millimetre.
    const expected = Math.max(ground.w / BOX_MM.w, ground.h / BOX_MM.h) * 1000
    const rounding = 10 ** (Math.floor(Math.log10(expected)) - 1)
    expect(Math.abs(printedScale(text) - expected), `printed 1 : ${printedScale(text)}, map 1 : ${Math.round(expected)}`).toBeLessThanOrEqual(rounding / 2)
    const named = NAMES.filter((n) => text.includes(n))
    expect(named.length, `named: ${named.join(', ')}`).toBeGreaterThanOrEqual(8)
    expect(pixelsOf(image, optionColours('compensation_areas', 'status'))).toBeGreaterThan(200)
  })

  it('prints the development land of Bauland an der Schiene as visible areas', async () => {
    await page.goto(`${atlas.url}/?thema=bauland-an-der-schiene`)
    await waitForMapIdle(page)
    const { image } = await printPdf(page)
    expect(pixelsOf(image, optionColours('development_land', 'use'))).toBeGreaterThan(200)
  })

  it('prints the health map with "≥" in the legend, the model behind the minutes, and no scenario classes without a scenario', async () => {
    await page.goto(`${atlas.url}/?thema=gesundheitsversorgung`)
    await waitForMapIdle(page)
    await page.getByRole('status').filter({ hasText: /Ergebnis nach|Result after/ }).first().waitFor({ timeout: 60_000 }).catch(() => undefined)
    const { text } = await printPdf(page)
    expect(text).toMatch(/≥ \d+ min/)
    expect(text).not.toMatch(/\? \d+ min/)
    expect(text).toContain('15–20 min')
    expect(text).toContain('Luftlinienentfernung')
    expect(text).not.toContain('Krankenhaus geschlossen (Szenario)')
    expect(text).not.toContain('angenommener Standort')
  })

  it('prints at a chosen scale of 1 : 50.000', async () => {
    await page.goto(`${atlas.url}/#map=12/51.7186/8.7577`)
    await waitForMapIdle(page)
    const { text } = await printPdf(page, { scale: '50000' })
    expect(printedScale(text)).toBe(50_000)
    expect(text).toContain('Paderborn')
  })
})
