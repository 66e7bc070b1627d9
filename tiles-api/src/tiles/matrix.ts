import { TILE_ZOOMS } from '@regiopol/geodata'
import { InvalidParameter, NotFound } from '../errors.ts'

/*
 * The one tile matrix set we serve: WebMercatorQuad (OGC 17-083r4, annex D.1), the
 * grid of MapLibre, QGIS vector tiles and GDAL's MVT driver. Tiles of zoom z are
 * 2^z × 2^z, numbered from the top left.
 */

export const TMS_ID = 'WebMercatorQuad'
export const TMS_URI = 'http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad'
const ORIGIN = 20037508.342789244

export interface TileCoord {
  z: number
  x: number
  y: number
}

/** Parses z/x/y from the path: 400 unless whole numbers, 404 outside the served zooms or the grid. */
export function parseTile(z: string, x: string, y: string): TileCoord {
  for (const [parameter, label, raw] of [['z', 'Zoomstufe', z], ['x', 'Spalte', x], ['y', 'Zeile', y]] as const) {
    if (!/^\d{1,8}$/.test(raw)) throw new InvalidParameter(parameter, `${label} „${raw}“ ist keine ganze Zahl ≥ 0.`)
  }
  const tile = { z: Number(z), x: Number(x), y: Number(y) }
  if (tile.z < TILE_ZOOMS.min || tile.z > TILE_ZOOMS.max) {
    throw new NotFound(`Kacheln gibt es für die Zoomstufen ${TILE_ZOOMS.min} bis ${TILE_ZOOMS.max}, nicht für ${tile.z}.`)
  }
  const n = 2 ** tile.z
  if (tile.x >= n || tile.y >= n) throw new NotFound(`Die Kachel ${tile.z}/${tile.x}/${tile.y} liegt außerhalb des Kachelgitters (0 bis ${n - 1}).`)
  return tile
}

/** The tile at a lon/lat position (for tests, benchmarks and the TileJSON centre). */
export function tileAt(lon: number, lat: number, z: number): TileCoord {
  const n = 2 ** z
  const x = Math.floor(((lon + 180) / 360) * n)
  const rad = (lat * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)
  return { z, x, y }
}

/** The tile's bounds in lon/lat: [west, south, east, north]. */
export function tileBounds({ z, x, y }: TileCoord): [number, number, number, number] {
  const n = 2 ** z
  const lon = (i: number) => (i / n) * 360 - 180
  const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)]
}

/** The tile matrix set document (OGC 2D Tile Matrix Set, JSON encoding). */
export function tileMatrixSet(): object {
  return {
    id: TMS_ID,
    title: 'Google Maps Compatible for the World',
    uri: TMS_URI,
    crs: 'http://www.opengis.net/def/crs/EPSG/0/3857',
    orderedAxes: ['E', 'N'],
    wellKnownScaleSet: 'http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible',
    tileMatrices: Array.from({ length: TILE_ZOOMS.max + 1 }, (_, z) => ({
      id: String(z),
      scaleDenominator: 559082264.028717 / 2 ** z,
      cellSize: 156543.033928041 / 2 ** z,
      cornerOfOrigin: 'topLeft',
      pointOfOrigin: [-ORIGIN, ORIGIN],
      tileWidth: 256,
      tileHeight: 256,
      matrixWidth: 2 ** z,
      matrixHeight: 2 ** z,
    })),
  }
}
