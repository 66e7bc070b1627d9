/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { repoRoot } from './server.ts'

/*
 * Small driver helpers over playwright-core and Debian's Chromium, so that the tests
 * read as what a user does ("search for Delbrück") rather than as selectors.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(`\n⚠⚠⚠ END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or apt-get install chromium) ⚠⚠⚠\n`)
}

export const SCREENSHOTS = join(repoRoot, 'test-results', 'e2e')

export interface Browser {
  context: BrowserContext
  close: () => Promise<void>
}

export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'regiopol-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'de-DE',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Requests to anything but this machine (the viewer must work offline). */
export function recordForeignRequests(context: BrowserContext): string[] {
  const foreign: string[] = []
  context.on('request', (req) => {
    const url = new URL(req.url())
    if (!['data:', 'blob:'].includes(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) foreign.push(req.url())
  })
  return foreign
}

/** A new tab that reports the page's uncaught errors in the test log. */
export async function newPage(context: BrowserContext, timeout = 10_000): Promise<Page> {
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (err) => console.error('page error:', err.message))
  return page
}

/** Opens the viewer and waits until MapLibre has drawn every loaded layer. */
export async function openAtlas(context: BrowserContext, url: string): Promise<Page> {
  const page = await newPage(context)
  await page.goto(url)
  await waitForMapIdle(page)
  return page
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__atlasMap
    return !!map && map.loaded() && map.isStyleLoaded() && !map.isMoving()
  }, undefined, { timeout: 60_000, polling: 100 })
  // Loaded data arrives asynchronously: wait until no layer is still loading, then one more idle.
  await page.waitForFunction(() => document.querySelectorAll('.layer-count').length > 0 && ![...document.querySelectorAll('.layer-count')].some((e) => e.textContent?.includes('lädt') || e.textContent?.includes('loading')), undefined, { timeout: 30_000 })
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__atlasMap!
    if (map.loaded() && !map.isMoving()) map.once('idle', () => resolve())
    else map.once('idle', () => resolve())
    map.triggerRepaint()
  }))
}

/** Features MapLibre reports as drawn for a catalogue layer (its own style layers only, not the basemap). */
export function renderedFeatureCount(page: Page, layerId: string): Promise<number> {
  return page.evaluate((id) => {
    const map = window.__atlasMap!
    const ids = map.getStyle().layers.filter((l) => l.id.startsWith(`${id}-`) && ['fill', 'line', 'circle'].includes(l.type) && !l.id.includes('selected')).map((l) => l.id)
    return map.queryRenderedFeatures({ layers: ids }).length
  }, layerId)
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** Moves the camera without animation and waits for the map to settle. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__atlasMap!.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom] as const)
  await waitForMapIdle(page)
}

/** Signs in through the header's login dialog and waits for the account menu. */
export async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('E-Mail').fill(account.email)
  await dialog.getByLabel('Passwort').fill(account.password)
  await dialog.getByRole('button', { name: 'Anmelden' }).click()
  await page.locator('.account-menu').waitFor()
}

/** Clicks the map where a coordinate is drawn. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await page.evaluate((ll) => {
    const map = window.__atlasMap!
    const p = map.project(ll as [number, number])
    const r = map.getCanvas().getBoundingClientRect()
    return { x: r.left + p.x, y: r.top + p.y }
  }, lngLat)
  await page.mouse.click(x, y)
}

const require = createRequire(import.meta.url)

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') forbids inline script tags.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}

interface AtlasMapHandle {
  loaded(): boolean
  isStyleLoaded(): boolean
  isMoving(): boolean
  once(type: string, listener: () => void): void
  triggerRepaint(): void
  getStyle(): { layers: { id: string; type: string }[] }
  queryRenderedFeatures(options: { layers: string[] }): unknown[]
  jumpTo(options: { center: [number, number]; zoom: number }): void
  project(lngLat: [number, number]): { x: number; y: number }
  getCanvas(): HTMLCanvasElement
  getCenter(): { lng: number; lat: number }
  getZoom(): number
}

declare global {
  interface Window {
    __atlasMap?: AtlasMapHandle
  }
}
