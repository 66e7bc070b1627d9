import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { layers } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { testApp } from '../support/app.ts'
import { seedCounts } from '../support/seed-counts.ts'

/*
 * The downloads as QGIS would open them: GDAL (QGIS' reader) lists each without a
 * warning, with every feature and the CRS asked for.
 */

const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogrinfo')
if (!hasGdal) console.warn('\n*** SKIPPED: the export checks with GDAL did not run because ogrinfo is missing (apt-get install gdal-bin) ***\n')

const app = testApp()
const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'))

async function download(id: string, format: string, crs: number, extra = '') {
  const res = await app.request(`/api/collections/${id}/export?format=${format}&crs=${crs}${extra}`)
  expect(res.status).toBe(200)
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')![1]!
  const path = join(dir, `${id}-${crs}-${name}`)
  writeFileSync(path, new Uint8Array(await res.arrayBuffer()))
  return format === 'shp' ? `/vsizip/${path}` : path
}

async function ogrinfo(path: string) {
  const { stdout, stderr } = await run('ogrinfo', ['-ro', '-al', '-so', path], { maxBuffer: 16 * 1024 * 1024 })
  const counts = [...stdout.matchAll(/Feature Count: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0)
  return { stdout, stderr, counts }
}

describe.skipIf(!hasGdal)('downloads opened with GDAL', () => {
  for (const format of ['gpkg', 'shp', 'geojson', 'csv'])
    for (const crs of [25832, 4326])
      it.each(layers.map((l) => l.id))(`%s as ${format} in EPSG:${crs} opens without warnings with every feature`, async (id) => {
        const { stdout, stderr, counts } = await ogrinfo(await download(id, format, crs))
        expect(stderr).toBe('')
        expect(counts).toBe(seedCounts[id])
        if (format !== 'csv') expect(stdout).toContain(crs === 25832 ? 'ETRS89 / UTM zone 32N' : 'WGS 84')
      })

  it('a filtered view downloads only what the filter matches', async () => {
    const { counts } = await ogrinfo(await download('rail_stops', 'gpkg', 25832, '&bbox=8.70,51.70,8.80,51.75'))
    const res = await app.request('/api/collections/rail_stops/items?bbox=8.70,51.70,8.80,51.75')
    const body = (await res.json()) as { numberMatched: number }
    expect(body.numberMatched).toBeGreaterThan(0)
    expect(counts).toBe(body.numberMatched)
  })

  it('the CSV has the German labels and the codes in a second column', async () => {
    const res = await app.request('/api/collections/development_land/export?format=csv&crs=25832')
    const text = await res.text()
    const header = text.split('\r\n')[0]!
    expect(header.startsWith('Kennung,Bezeichnung,Gemeindeschlüssel (AGS),Kommune,Nutzung,Nutzung (Code)')).toBe(true)
    expect(header.endsWith(',WKT')).toBe(true)
  })
})

describe('bad export requests', () => {
  it('refuses an unknown format with 400 naming the allowed ones', async () => {
    const res = await app.request('/api/collections/rail_stops/export?format=kml')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { detail: string }).detail).toBe('„format“ muss einer der Werte gpkg, shp, geojson, csv sein, nicht „kml“.')
  })

  it('refuses a CRS other than 25832 and 4326 with 400', async () => {
    const res = await app.request('/api/collections/rail_stops/export?crs=31467')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { parameter: string }).parameter).toBe('crs')
  })

  it('answers 404 for an unknown collection', async () => {
    expect((await app.request('/api/collections/nope/export')).status).toBe(404)
  })
})
