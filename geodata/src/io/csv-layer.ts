/// <reference path="./terraformer-wkt.d.ts" />
import type { Geometry } from 'geojson'
import { wktToGeoJSON } from '@terraformer/wkt'
import { crsOfEpsg } from './crs.ts'
import { parseCsv } from './csv.ts'
import { FileProblem, type Crs, type RawFeature, type RawLayer } from './types.ts'

/*
 * A CSV with a geometry column as WKT (or EWKT with SRID=…;) or two coordinate
 * columns (lon/lat, x/y, Rechtswert/Hochwert). Numbers may use a decimal comma. A CSV
 * declares no CRS: an SRID, the caller's choice or degrees decide (see read.ts).
 */

const WKT_COLUMN = /^(wkt|geom|geometry|geometrie|the_geom|wkt_geom|geometrie \(wkt\))$/i
const X_COLUMN = /^(lon|lng|long|longitude|laenge|länge|x|rechtswert|easting|ost)$/i
const Y_COLUMN = /^(lat|latitude|breite|y|hochwert|northing|nord)$/i

const number = (raw: string) => Number(raw.trim().replace(/\s/g, '').replace(',', '.'))

export function readCsvLayer(text: string, name: string): RawLayer[] {
  const rows = parseCsv(text)
  const header = rows[0]?.map((h) => h.trim())
  if (!header || rows.length < 2) throw new FileProblem('empty-file', 'Die CSV-Datei enthält keine Datenzeilen.')
  const wkt = header.findIndex((h) => WKT_COLUMN.test(h))
  const x = header.findIndex((h) => X_COLUMN.test(h))
  const y = header.findIndex((h) => Y_COLUMN.test(h))
  if (wkt < 0 && (x < 0 || y < 0)) {
    throw new FileProblem('csv-no-geometry', `Die CSV-Datei hat keine Geometriespalte: erwartet „WKT“ (oder „geom“, „Geometrie“) oder zwei Koordinatenspalten wie „lon“/„lat“ oder „Rechtswert“/„Hochwert“. Gefunden: ${header.join(', ')}.`)
  }
  const skip = new Set(wkt >= 0 ? [wkt] : [x, y])
  let srid: number | null = null
  const features: RawFeature[] = rows.slice(1).map((row) => {
    const properties = Object.fromEntries(header.flatMap((h, i) => (skip.has(i) ? [] : [[h, row[i] ?? '']])))
    let geometry: Geometry | null = null
    let geometryProblem: string | undefined
    if (wkt >= 0) {
      const raw = (row[wkt] ?? '').trim()
      const ewkt = /^SRID=(\d+);(.*)$/is.exec(raw)
      if (ewkt) srid = Number(ewkt[1])
      const body = ewkt ? ewkt[2]! : raw
      if (body !== '') {
        try {
          geometry = wktToGeoJSON(body)
        } catch {
          geometryProblem = `WKT nicht lesbar: „${body.slice(0, 40)}…“`
        }
      }
    } else if ((row[x] ?? '').trim() !== '' && (row[y] ?? '').trim() !== '') {
      geometry = { type: 'Point', coordinates: [number(row[x]!), number(row[y]!)] }
    }
    return geometryProblem ? { geometry, properties, geometryProblem } : { geometry, properties }
  })
  const crs: Crs = srid !== null ? crsOfEpsg(srid) : { kind: 'none', label: '' }
  return [{ name, crs, features }]
}
