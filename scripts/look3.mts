import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
const require = createRequire(import.meta.url)
const base = 'http://127.0.0.1:18431'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
async function axe(path: string) {
  await page.goto(base + path)
  await page.waitForTimeout(3000)
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  const v = await page.evaluate(async () => (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v: any) => `${v.impact} ${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`))
  console.log(path, v)
}
await axe('/projekte?q=mobil')
await axe('/projekte/3')
await page.getByRole('button', { name: 'Anmelden', exact: true }).click()
await page.getByRole('dialog').getByLabel('E-Mail').fill('borchen@regiopol.example')
await page.getByRole('dialog').getByLabel('Passwort').fill('Borchen-Demo-2026')
await page.getByRole('dialog').getByRole('button', { name: 'Anmelden' }).click()
await page.locator('.account-menu').waitFor()
await axe('/projekte/2')
await axe('/projekte/neu')
await axe('/projekte/2/bearbeiten')
await browser.close()
