import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFile } from './export-files.ts'
import type { ExportLayer } from './export-layer.ts'
import { readLayers } from './read.ts'
import { loadSqlJsNode } from './sqljs-node.ts'

/*
 * The writers checked by GDAL (ogrinfo, an independent reader; QGIS uses the same
 * library) and by reading the files back with our own readers.
 */

const hasGdal = existsSync('/usr/bin/ogrinfo')
if (!hasGdal) console.warn('SKIPPED: GDAL checks of the exports because ogrinfo is missing (Debian: gdal-bin)')

const layer: ExportLayer = {
  name: 'bauland',
  title: 'Bauland- und Siedlungsflächenpotenziale',
  crs: 25832,
  geometryType: 'MultiPolygon',
  fields: [
    { key: 'name', type: 'string', label: 'Bezeichnung' },
    { key: 'use', type: 'string', label: 'Nutzung', options: new Map([['wohnen', 'Wohnen']]) },
    { key: 'planned_dwellings', type: 'integer', label: 'Geplante Wohneinheiten' },
    { key: 'area_ha', type: 'number', label: 'Fläche' },
    { key: 'sample', type: 'boolean', label: 'Beispieldaten' },
    { key: 'reference_date', type: 'date', label: 'Stichtag' },
    { key: 'restrictions', type: 'string[]', label: 'Restriktionen' },
  ],
  features: [
    {
      id: 1,
      // A square of 100 m with a 20 m hole, shell counter-clockwise as in GeoJSON.
      geometry: { type: 'MultiPolygon', coordinates: [[[[480000, 5730000], [480100, 5730000], [480100, 5730100], [480000, 5730100], [480000, 5730000]], [[480040, 5730040], [480040, 5730060], [480060, 5730060], [480060, 5730040], [480040, 5730040]]]] },
      properties: { name: 'Größere Fläche „Süd“', use: 'wohnen', planned_dwellings: 42, area_ha: 0.96, sample: true, reference_date: '2026-01-31', restrictions: ['altlasten', 'eigentum'] },
    },
    {
      id: 2,
      geometry: { type: 'MultiPolygon', coordinates: [[[[481000, 5731000], [481050, 5731000], [481050, 5731050], [481000, 5731000]]], [[[482000, 5732000], [482010, 5732000], [482010, 5732010], [482000, 5732000]]]] },
      properties: { name: 'Zwei Teile', use: 'wohnen', planned_dwellings: null, area_ha: 0.13, sample: false, reference_date: null, restrictions: [] },
    },
  ],
}

function ogrinfo(path: string): { out: string; err: string } {
  let err = ''
  const out = execFileSync('ogrinfo', ['-ro', '-al', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    execFileSync('ogrinfo', ['-ro', '-al', '-q', path], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (e) {
    err = String((e as { stderr?: string }).stderr)
  }
  return { out, err }
}

async function written(format: 'gpkg' | 'shp') {
  const file = exportFile(layer, format, await loadSqlJsNode())
  const dir = mkdtempSync(join(tmpdir(), 'export-'))
  const path = join(dir, file.fileName)
  writeFileSync(path, file.bytes)
  return { file, path: format === 'shp' ? `/vsizip/${path}` : path }
}

describe.skipIf(!hasGdal)('exports read by GDAL', () => {
  it('a GeoPackage opens without warnings, in EPSG:25832, with typed fields and both features', async () => {
    const { path } = await written('gpkg')
    const { out, err } = ogrinfo(path)
    expect(err).toBe('')
    expect(out).not.toMatch(/warning|error/i)
    expect(out).toContain('Feature Count: 2')
    expect(out).toMatch(/ID\["EPSG",25832\]/)
    expect(out).toContain('name (String) = Größere Fläche „Süd“')
    expect(out).toContain('restrictions (String) = altlasten; eigentum')
    expect(out).toContain('sample (Integer(Boolean)) = 1')
    expect(out).toContain('reference_date (Date) = 2026/01/31')
  })

  it('a zipped Shapefile opens without warnings, in UTF-8, with short readable field names', async () => {
    const { path } = await written('shp')
    const { out, err } = ogrinfo(path)
    expect(err).toBe('')
    expect(out).not.toMatch(/warning|error/i)
    expect(out).toContain('Feature Count: 2')
    expect(out).toMatch(/ETRS89 \/ UTM zone 32N/)
    expect(out).toContain('name (String) = Größere Fläche „Süd“')
    expect(out).toContain('plan_dwell (Integer) = 42')
    expect(out).toContain('ref_date (Date) = 2026/01/31')
    expect(out).toContain('restr (String) = altlasten; eigentum')
    // The shell (clockwise, as the format wants) with its hole, and two parts, as GDAL assembles them.
    expect(out).toContain('POLYGON ((480000 5730000,480000 5730100,480100 5730100,480100 5730000,480000 5730000),(480040 5730040,480060 5730040,480060 5730060,480040 5730060,480040 5730040))')
    expect(out).toMatch(/MULTIPOLYGON \(\(\(481000 5731000,.*\)\),\(\(482000 5732000,/)
  })
})

describe('exports read back by our own readers', () => {
  for (const format of ['gpkg', 'shp'] as const) {
    it(`a ${format} keeps every attribute and vertex`, async () => {
      const file = exportFile(layer, format, await loadSqlJsNode())
      const { layers } = await readLayers(file.fileName, file.bytes, { loadSql: loadSqlJsNode })
      expect(layers).toHaveLength(1)
      expect(layers[0]!.crs).toMatchObject({ kind: 'known', epsg: 25832 })
      const [first, second] = layers[0]!.features
      expect(first!.properties).toMatchObject({ name: 'Größere Fläche „Süd“', use: 'wohnen', area_ha: 0.96 })
      expect(second!.properties['planned_dwellings'] ?? null).toBe(null)
      const rings = first!.geometry!.type === 'Polygon' ? first!.geometry!.coordinates : (first!.geometry as { coordinates: number[][][][] }).coordinates[0]!
      expect(rings).toHaveLength(2)
      expect(rings[0]!.map((p) => p.join(' ')).sort()).toEqual(layer.features[0]!.geometry!.type === 'MultiPolygon' ? layer.features[0]!.geometry!.coordinates[0]![0]!.map((p) => p.join(' ')).sort() : [])
    })
  }
})
