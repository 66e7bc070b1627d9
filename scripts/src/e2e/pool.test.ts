import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { clickMapAt, hasChromium, jumpTo, logIn, screenshot, waitForMapIdle } from './browser.ts'
import { atlasSession } from './session.ts'

/*
 * The compensation pool as two municipalities use it, against the real server (built
 * viewer + API + embedded PostGIS): Borchen registers an area by drawing it and reserves
 * points from it; Paderborn sees it but gets no edit control, and the API refuses a
 * forced status change. One server and one browser; tests run in order.
 */

const BORCHEN = { email: 'borchen@regiopol.example', password: 'Borchen-Demo-2026' }
const PADERBORN = { email: 'paderborn@regiopol.example', password: 'Paderborn-Demo-2026' }
/** A free field in Borchen (no other pool area within a kilometre), about 18 ha. */
const SQUARE: [number, number][] = [[8.745, 51.645], [8.751, 51.645], [8.751, 51.649], [8.745, 51.649]]
const CENTRE: [number, number] = [8.748, 51.647]
const NAME = 'E2E-Testfläche Am Hang (Borchen)'

async function logOut(page: Page): Promise<void> {
  await page.locator('.account-menu > button').click()
  await page.getByRole('button', { name: 'Abmelden' }).click()
  await page.getByRole('button', { name: 'Anmelden', exact: true }).waitFor()
}

/** Pool features MapLibre has drawn at a coordinate (the fill layers of compensation_areas). */
function poolFeaturesAt(page: Page, lngLat: [number, number]): Promise<{ name: unknown; status: unknown; id: unknown }[]> {
  return page.evaluate((ll) => {
    const map = window.__atlasMap as unknown as {
      project(p: [number, number]): { x: number; y: number }
      getStyle(): { layers: { id: string; type: string }[] }
      queryRenderedFeatures(point: [number, number], options: { layers: string[] }): { properties: Record<string, unknown> }[]
    }
    const layers = map.getStyle().layers.filter((l) => l.id.startsWith('compensation_areas-') && l.type === 'fill').map((l) => l.id)
    const p = map.project(ll as [number, number])
    return map.queryRenderedFeatures([p.x, p.y], { layers }).map((f) => ({ name: f.properties.name, status: f.properties.status, id: f.properties.__id }))
  }, lngLat)
}

describe.skipIf(!hasChromium)('the compensation pool in Chromium', () => {
  let page: Page
  let areaId = ''
  const session = atlasSession()
  beforeAll(() => {
    ;({ page } = session)
  })

  it('signs in the Borchen editor and shows who and which municipality', async () => {
    await logIn(page, BORCHEN)
    const who = await page.locator('.account-menu').textContent()
    expect(who).toContain('Bearbeitung')
    expect(who).toContain('Borchen')
    await screenshot(page, 'pool-01-signed-in')
  })

  it('draws a new area on the map, saves it and shows it with its status style', async () => {
    await page.getByRole('button', { name: /Fläche erfassen/ }).click()
    await jumpTo(page, CENTRE, 15)
    await page.getByRole('button', { name: /Polygon zeichnen/ }).click()
    for (const corner of [...SQUARE, SQUARE[0]!]) {
      await clickMapAt(page, corner)
      await page.waitForTimeout(200)
    }
    await page.getByText(/Fläche mit \d+ Eckpunkten übernommen/).waitFor()
    await screenshot(page, 'pool-02-drawn')
    const panel = page.locator('.pool-register')
    await panel.getByLabel('Name').fill(NAME)
    expect(await panel.getByLabel('Kommune').inputValue()).toBe('05774012')
    await panel.getByLabel('Maßnahme').selectOption('streuobstwiese')
    await panel.getByLabel('Ökopunkte', { exact: true }).fill('50000')
    await panel.getByRole('button', { name: 'Speichern' }).click()

    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByRole('heading', { level: 2, name: NAME }).waitFor()
    areaId = (await info.getAttribute('data-id'))!
    expect(await info.locator('.pool-balance').getAttribute('data-available')).toBe('50000')
    await waitForMapIdle(page)
    const drawn = await poolFeaturesAt(page, CENTRE)
    expect(drawn).toContainEqual({ name: NAME, status: 'verfuegbar', id: areaId })
    const fill = await page.evaluate(() => {
      const map = window.__atlasMap as unknown as { getStyle(): { layers: { id: string; type: string; paint?: Record<string, unknown> }[] } }
      return JSON.stringify(map.getStyle().layers.find((l) => l.id.startsWith('compensation_areas-') && l.type === 'fill')?.paint ?? {})
    })
    expect(fill, 'fill colour by status').toContain('#228833')
    await screenshot(page, 'pool-03-saved')
  })

  it('reserves points for an intervention and shows the new balance, the ledger and the history', async () => {
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByText('Ökopunkte reservieren').click()
    const form = info.locator('.pool-reserve form')
    await form.getByLabel('Eingriff (Name)').fill('Baugebiet Nordborchen-West')
    await form.getByLabel('Bebauungsplan oder Projekt').fill('B-Plan Nr. 42')
    await form.getByLabel('Ökopunkte').fill('12000')
    await form.getByLabel('Gültig bis').fill('2027-12-31')
    await form.getByRole('button', { name: 'Reservieren' }).click()
    await expect(form.getByRole('status').textContent()).resolves.toMatch(/12\.000 Ökopunkte reserviert\. Neuer Stand: 38\.000 verfügbar/)
    await info.locator('.pool-balance[data-available="38000"]').waitFor()
    await info.locator('.pool-ledger li', { hasText: 'Baugebiet Nordborchen-West' }).waitFor()
    await info.getByText(/Änderungsverlauf \([2-9]\)/).click()
    expect(await info.locator('.pool-history li').count()).toBeGreaterThanOrEqual(2)

    // More than the balance: the server's German explanation, nothing booked.
    await form.getByLabel('Eingriff (Name)').fill('Zu großer Eingriff')
    await form.getByLabel('Ökopunkte').fill('999999')
    await form.getByRole('button', { name: 'Reservieren' }).click()
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/Nicht gespeichert: .+/)
    expect(await info.locator('.pool-balance').getAttribute('data-available')).toBe('38000')
    await screenshot(page, 'pool-04-reserved')
  })

  it('books 10.000 of the 12.000 reserved points bindingly; 2.000 return and the balance shows 40.000', async () => {
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    const row = info.locator('.pool-ledger li', { hasText: 'Baugebiet Nordborchen-West' })
    await row.getByRole('button', { name: 'Verbindlich buchen' }).click()
    await row.getByLabel(/Abzubuchende Ökopunkte/).fill('10000')
    await row.getByRole('button', { name: /Bestätigen/ }).click()
    await expect(info.locator('.pool-ledger').getByRole('status').textContent()).resolves.toMatch(/Gebucht\. Neuer Stand: 40\.000 verfügbar/)
    await info.locator('.pool-balance[data-available="40000"]').waitFor()
    await info.locator('.pool-ledger li[data-kind="abbuchung"]', { hasText: 'Baugebiet Nordborchen-West' }).waitFor()
    // A booking can only be cancelled, with a reason; the button is there, release is not.
    const booked = info.locator('.pool-ledger li[data-kind="abbuchung"]', { hasText: 'Baugebiet Nordborchen-West' })
    expect(await booked.getByRole('button', { name: 'Stornieren' }).count()).toBe(1)
    expect(await booked.getByRole('button', { name: 'Freigeben' }).count()).toBe(0)
    await screenshot(page, 'pool-04b-booked')
  })

  it('shows "Diese Fläche wurde inzwischen geändert" when the area was changed behind the edit form, and saves after re-applying', async () => {
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.locator('.pool-edit > summary').click()
    const form = info.locator('.pool-edit-form')
    await form.getByLabel('Bezeichnung').waitFor()
    // Someone else saves the area through the API with the current ETag, behind the UI's back.
    const behind = await page.evaluate(async (id) => {
      const url = `/api/collections/compensation_areas/items/${id}`
      const current = await fetch(url, { cache: 'no-store' })
      const res = await fetch(url, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag')! },
        body: JSON.stringify({ properties: { description: 'Pflegeplan von anderer Stelle' } }),
      })
      return res.status
    }, areaId)
    expect(behind).toBe(200)

    await form.getByLabel('Aktenzeichen UNB').fill('UNB 66.1-2026-042')
    await form.getByRole('button', { name: 'Änderungen speichern' }).click()
    const conflict = form.locator('.pool-conflict')
    await conflict.getByText('Diese Fläche wurde inzwischen geändert').waitFor()
    expect(await conflict.locator('[data-field="description"] ins').textContent()).toBe('Pflegeplan von anderer Stelle')
    await screenshot(page, 'pool-04c-edit-conflict')
    await conflict.getByRole('button', { name: /Neu laden und meine Änderungen erneut anwenden/ }).click()
    expect(await form.getByLabel('Beschreibung').inputValue()).toBe('Pflegeplan von anderer Stelle')
    expect(await form.getByLabel('Aktenzeichen UNB').inputValue()).toBe('UNB 66.1-2026-042')
    await form.getByRole('button', { name: 'Änderungen speichern' }).click()
    await expect(form.getByRole('status').textContent()).resolves.toMatch(/Gespeichert \(Fassung \d+\)/)
    const stored = await page.evaluate(async (id) => ((await (await fetch(`/api/collections/compensation_areas/items/${id}`, { cache: 'no-store' })).json()) as { properties: Record<string, unknown> }).properties, areaId)
    expect(stored).toMatchObject({ description: 'Pflegeplan von anderer Stelle', authority_file_number: 'UNB 66.1-2026-042', name: NAME })
    // The history shows the saved change field by field, before and after.
    const history = info.locator('.pool-history')
    await history.evaluate((d) => ((d as HTMLDetailsElement).open = true))
    const changed = history.locator('li').last().locator('[data-field="authority_file_number"]')
    await changed.waitFor()
    expect(await changed.locator('th').textContent()).toBe('Aktenzeichen UNB')
    expect(await changed.locator('td').last().textContent()).toBe('UNB 66.1-2026-042')
    await history.evaluate((d) => ((d as HTMLDetailsElement).open = false))
  })

  it('gives the Paderborn editor no status control on Borchen’s area, and the API refuses a forced change', async () => {
    await logOut(page)
    await logIn(page, PADERBORN)
    expect(await page.locator('.account-menu').textContent()).toContain('Paderborn')
    await page.locator('.info-panel .close').click().catch(() => undefined)
    await jumpTo(page, CENTRE, 15)
    await clickMapAt(page, CENTRE)
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByRole('heading', { level: 2, name: NAME }).waitFor()
    await info.locator('.pool-ledger').waitFor()
    expect(await info.locator('.pool-status-edit').count()).toBe(0)
    expect(await info.getByText('Status ändern').count()).toBe(0)
    await screenshot(page, 'pool-05-paderborn-no-edit')

    const forced = await page.evaluate(async (id) => {
      const res = await fetch(`/api/collections/compensation_areas/items/${id}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: 'stillgelegt', reason: 'erzwungen' }),
      })
      return res.status
    }, areaId)
    expect(forced).toBe(403)
    const after = await page.evaluate(async (id) => ((await (await fetch(`/api/collections/compensation_areas/items/${id}`)).json()) as { properties: { status: string } }).properties.status, areaId)
    expect(after, 'unchanged: a partial reservation leaves the area available').toBe('verfuegbar')
  })

  it('finds the area as the nearest offer for an intervention clicked on the map, highlights it, and reserves with one click', async () => {
    await page.getByRole('button', { name: /Flächen finden/ }).click()
    const panel = page.locator('.pool-offers')
    await jumpTo(page, CENTRE, 15)
    await panel.getByRole('button', { name: /In die Karte klicken/ }).click()
    await clickMapAt(page, CENTRE)
    await panel.getByText(/Gewählt: 51,64\d*° N, 8,74\d*° O/).waitFor()
    await panel.getByLabel('Benötigte Ökopunkte').fill('30000')
    await panel.getByLabel('Eingriff (Name)').fill('Gewerbegebiet Mönkeloh-Ost')
    await panel.getByRole('button', { name: 'Flächen suchen' }).click()
    const first = panel.locator('.pool-offers-list > li').first()
    await first.waitFor()
    expect(await first.getAttribute('data-offer')).toBe(areaId)
    const text = (await first.textContent())!
    expect(text).toContain(NAME)
    expect(text).toContain('0 km entfernt')
    expect(text).toContain('40.000 Ökopunkte verfügbar')
    expect(text).toContain('gleiche Kommune')
    expect(text).toContain('gleicher Kreis')
    // The intervention lies in Borchen (district Paderborn); every offer covers the 30,000 points.
    await panel.getByText(/Eingriff in Borchen \(.+\)\./).waitFor()
    const outlined = await page.evaluate(() => {
      const map = window.__atlasMap as unknown as { getStyle(): { layers: { id: string; filter?: unknown; layout?: { visibility?: string } }[] } }
      const layer = map.getStyle().layers.find((l) => l.id === 'pool-offers-line')
      return { filter: JSON.stringify(layer?.filter), visibility: layer?.layout?.visibility }
    })
    expect(outlined.visibility).toBe('visible')
    expect(outlined.filter).toContain(`"${areaId}"`)
    await screenshot(page, 'pool-06-offers')

    await first.getByRole('button', { name: `Reservieren auf ${NAME}` }).click()
    const info = page.locator('.feature-info[data-layer="compensation_areas"]')
    await info.getByRole('heading', { level: 2, name: NAME }).waitFor()
    const form = info.locator('.pool-reserve form')
    expect(await form.getByLabel('Eingriff (Name)').inputValue()).toBe('Gewerbegebiet Mönkeloh-Ost')
    expect(await form.getByLabel('Ökopunkte').inputValue()).toBe('30000')
    await form.getByRole('button', { name: 'Reservieren' }).click()
    await expect(form.getByRole('status').textContent()).resolves.toMatch(/30\.000 Ökopunkte reserviert\. Neuer Stand: 10\.000 verfügbar/)
    await info.locator('.pool-balance[data-available="10000"]').waitFor()
  })

  it('creates a personal API token in the account menu, shows it once, it works as a Bearer token until revoked', async () => {
    await page.locator('.account-menu > button').click()
    const menu = page.locator('#account-panel')
    expect(await menu.textContent()).toMatch(/Bearbeitung · (Stadt )?Paderborn/)
    expect(await menu.getByText('Exporte (Regionsbüro)').count(), 'exports only for the region office').toBe(0)
    await menu.getByRole('button', { name: 'Meine API-Tokens' }).click()
    const dialog = page.getByRole('dialog', { name: 'Meine API-Tokens' })
    await dialog.getByLabel('Name des Tokens').fill('QGIS E2E')
    await dialog.getByRole('button', { name: 'Token erstellen' }).click()
    const secret = await dialog.getByLabel('Neues Token').inputValue()
    expect(secret).toMatch(/^atlas_/)
    await dialog.locator('li', { hasText: 'QGIS E2E' }).waitFor()
    expect(await dialog.getByText(/QGIS: Datenquellenverwaltung/).count()).toBe(1)
    await screenshot(page, 'pool-07-tokens')
    const me = (token: string) => page.evaluate(async (t) => (await fetch('/api/auth/me', { credentials: 'omit', headers: { Authorization: `Bearer ${t}` } })).status, token)
    expect(await me(secret)).toBe(200)
    await dialog.getByRole('button', { name: 'Token „QGIS E2E“ widerrufen' }).click()
    await dialog.locator('li', { hasText: 'QGIS E2E' }).waitFor({ state: 'detached' })
    expect(await me(secret), 'a revoked token no longer signs in').toBe(401)
    await dialog.getByRole('button', { name: 'Schließen' }).click()
  })
})
