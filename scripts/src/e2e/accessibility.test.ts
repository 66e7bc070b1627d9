import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, openAtlas, runAxe, screenshot, waitForMapIdle, type Browser } from './browser.ts'
import { atlasSession } from './session.ts'
import type { RunningAtlas } from './server.ts'

/* Accessibility and layout: axe-core scan, keyboard use, tablet and phone widths. */

describe.skipIf(!hasChromium)('the viewer for keyboard, screen reader and small screens', () => {
  let atlas: RunningAtlas
  let browser: Browser
  let page: Page
  const session = atlasSession({ viewport: { width: 1024, height: 768 } })
  beforeAll(() => {
    ;({ atlas, browser, page } = session)
  })

  it('has no serious or critical axe violations in the main view', async () => {
    await screenshot(page, '10-tablet-1024x768')
    const violations = await runAxe(page)
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(severe, JSON.stringify(severe, null, 2)).toEqual([])
  })

  it('has no serious or critical axe violations with the info panel and table open', async () => {
    await page.getByRole('combobox', { name: 'Suche' }).fill('Paderborn Hbf')
    await page.getByRole('combobox', { name: 'Suche' }).press('Enter')
    await page.locator('.feature-info h2').waitFor()
    await page.getByRole('button', { name: 'Tabelle' }).click()
    await page.locator('.attribute-table').waitFor()
    await waitForMapIdle(page)
    await screenshot(page, '11-tablet-info-table')
    const severe = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(severe, JSON.stringify(severe, null, 2)).toEqual([])
  })

  it('starts the Tab order with a visible skip link to the map', async () => {
    // A fresh page: the earlier tests left a selection and the table open.
    await page.close()
    page = await openAtlas(browser.context, `${atlas.url}/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }))
    expect(focused).toEqual({ text: 'Zur Karte springen', outline: 'solid' })
  })

  it('moves the map with the arrow keys once the map has focus', async () => {
    await page.locator('.maplibregl-canvas').focus()
    const before = await page.evaluate(() => window.__atlasMap!.getCenter().lng)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await waitForMapIdle(page)
    expect(await page.evaluate(() => window.__atlasMap!.getCenter().lng)).toBeGreaterThan(before)
    await screenshot(page, '12-map-keyboard-focus')
  })

  it('collapses the side panel into a drawer on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('button', { name: 'Seitenleiste ein-/ausblenden' }).click()
    expect(await page.locator('#side-panel').isVisible()).toBe(false)
    await waitForMapIdle(page)
    await screenshot(page, '13-phone-panel-closed')
    await page.getByRole('button', { name: 'Seitenleiste ein-/ausblenden' }).click()
    expect(await page.locator('#side-panel').isVisible()).toBe(true)
    await screenshot(page, '14-phone-panel-open')
  })
})
