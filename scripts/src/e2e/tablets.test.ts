import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, runAxe, screenshot, type Browser } from './browser.ts'
import { startAtlas, type RunningAtlas } from './server.ts'

/*
 * Theme maps on a council member's tablet, held upright (768 × 1024) and sideways
 * (1024 × 768): each theme opens from /themen with the map filling most of the screen,
 * the panels folded away, the theme's explanation and the way out readable, and every
 * control big enough for a finger.
 */

const THEMES = ['Bauland an der Schiene', 'Gesundheitsversorgung', 'Ausgleichsflächenpool', 'Projekte in der Region']
const TABLETS = [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]

/** Share of the viewport the map's canvas covers, minus panels lying over it. */
function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect()
    let covered = 0
    for (const panel of document.querySelectorAll('.side-panel:not([hidden]), .analysis-panel, .info-panel')) {
      const r = panel.getBoundingClientRect()
      const w = Math.max(0, Math.min(r.right, canvas.right) - Math.max(r.left, canvas.left))
      const h = Math.max(0, Math.min(r.bottom, canvas.bottom) - Math.max(r.top, canvas.top))
      covered += w * h
    }
    return (canvas.width * canvas.height - covered) / (window.innerWidth * window.innerHeight)
  })
}

describe.skipIf(!hasChromium)('theme maps on a tablet', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    atlas = await startAtlas()
    browser = await launchBrowser(TABLETS[0]!)
    page = await newPage(browser.context, 30_000)
  })

  afterAll(async () => {
    await browser?.close()
    await atlas?.stop()
  })

  for (const viewport of TABLETS) {
    for (const theme of THEMES) {
      it(`opens "${theme}" at ${viewport.width} × ${viewport.height} with the map on most of the screen`, async () => {
        await page.setViewportSize(viewport)
        await page.goto(`${atlas.url}/themen`)
        await page.getByRole('link', { name: `Themenkarte „${theme}“ öffnen` }).click()
        await page.waitForFunction(() => window.__atlasMap?.loaded() && !window.__atlasMap.isMoving(), undefined, { timeout: 60_000 })
        const bar = page.getByRole('region', { name: theme })
        await expect(bar.locator('.theme-bar-text').isVisible()).resolves.toBe(true)
        const leave = await page.getByRole('button', { name: 'Thema verlassen' }).boundingBox()
        expect(leave!.x + leave!.width).toBeLessThanOrEqual(viewport.width)
        // The explanation reads in lines, not one word per line.
        const text = await bar.locator('.theme-bar-text').boundingBox()
        expect(text!.width).toBeGreaterThan(viewport.width / 2)
        expect(await mapShare(page)).toBeGreaterThan(0.6)
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
        await screenshot(page, `tablet-${viewport.width}x${viewport.height}-${theme.replace(/\W+/g, '-')}`)
      })
    }

    it(`makes every control at least 44 px tall at ${viewport.width} × ${viewport.height}`, async () => {
      await page.setViewportSize(viewport)
      await page.goto(`${atlas.url}/`)
      await page.waitForFunction(() => window.__atlasMap?.loaded(), undefined, { timeout: 60_000 })
      const small = await page.locator('.app button:visible, .app select:visible, .app input[type="text"]:visible, .app input[type="search"]:visible').evaluateAll((els) =>
        els.map((e) => ({ name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30), h: Math.round(e.getBoundingClientRect().height) })).filter((c) => c.h < 44),
      )
      expect(small).toEqual([])
      const boxes = await page.locator('.app input[type="checkbox"]:visible').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
      expect(Math.min(...boxes)).toBeGreaterThanOrEqual(24)
    })
  }

  it('keeps the tablet views free of serious accessibility violations', async () => {
    await page.setViewportSize(TABLETS[0]!)
    await page.goto(`${atlas.url}/?thema=gesundheitsversorgung`)
    await page.waitForFunction(() => window.__atlasMap?.loaded(), undefined, { timeout: 60_000 })
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
