import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, waitForMapIdle, type Browser } from './browser.ts'
import { startAtlas, type RunningAtlas } from './server.ts'

/*
 * The page itself, loaded fresh many times: the map's load handler must run every time
 * (canvas label, folded attribution, camera in the URL), and an anonymous visit must
 * not log errors in the console.
 */

const MAP_LABEL = 'Karte der regiopolREGION Paderborn. Mit den Pfeiltasten verschieben, mit Plus und Minus zoomen.'

interface LoadState {
  label: string | null
  attributionOpen: boolean
  hash: string
}

async function loadState(page: Page): Promise<LoadState> {
  return page.evaluate(() => ({
    label: document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label') ?? null,
    attributionOpen: !!document.querySelector('.maplibregl-compact-show'),
    hash: location.hash,
  }))
}

describe.skipIf(!hasChromium)('a fresh page load', () => {
  let atlas: RunningAtlas
  let browser: Browser

  beforeAll(async () => {
    atlas = await startAtlas()
    browser = await launchBrowser({ width: 1440, height: 900 })
  })

  afterAll(async () => {
    await browser?.close()
    await atlas?.stop()
  })

  it('runs the map load handler on each of 20 fresh loads', async () => {
    const failures: string[] = []
    for (let i = 0; i < 20; i++) {
      const page = await newPage(browser.context, 30_000)
      await page.goto(`${atlas.url}/`)
      // Until the data has arrived (its sources bring attributions that used to reopen the box), then the URL write.
      await page.waitForFunction(() => document.querySelectorAll('.layer-count').length > 0 && ![...document.querySelectorAll('.layer-count')].some((e) => e.textContent?.includes('lädt')), undefined, { timeout: 30_000 })
      // The load event itself may be late on a busy machine: wait for it (the canvas label), then for the URL write.
      await page.waitForFunction((label) => document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label') === label, MAP_LABEL, { timeout: 30_000 }).catch(() => undefined)
      await page.waitForFunction(() => location.hash.includes('map='), undefined, { timeout: 3_000 }).catch(() => undefined)
      const state = await loadState(page)
      if (state.label !== MAP_LABEL || state.attributionOpen || !state.hash.includes('map=')) failures.push(`load ${i + 1}: ${JSON.stringify(state)}`)
      await page.close()
    }
    expect(failures).toEqual([])
  }, 600_000)

  it('logs no error in the console for an anonymous visitor', async () => {
    const page = await newPage(browser.context, 30_000)
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`))
    await page.goto(`${atlas.url}/`)
    await waitForMapIdle(page)
    await page.goto(`${atlas.url}/projekte`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(errors).toEqual([])
    await page.close()
  })

  it('answers /favicon.ico with an icon, not the HTML page', async () => {
    const res = await fetch(`${atlas.url}/favicon.ico`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\//)
  })
})
