import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { tileAt, type TileCoord } from '../../src/tiles/matrix.ts'

/*
 * Helpers of the tile tests: decode a tile with Mapbox's reference decoder, project
 * lon/lat into a tile's units on our own (independent of PostGIS), and measure how far
 * apart two geometries in tile units are.
 */

export interface DecodedFeature {
  id: number | undefined
  type: number
  properties: Record<string, string | number | boolean>
  rings: [number, number][][]
}

export function decodeTile(bytes: ArrayBuffer | Uint8Array): Record<string, DecodedFeature[]> {
  const tile = new VectorTile(new PbfReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)))
  const out: Record<string, DecodedFeature[]> = {}
  for (const [name, layer] of Object.entries(tile.layers)) {
    out[name] = Array.from({ length: layer.length }, (_, i) => {
      const f = layer.feature(i)
      return { id: f.id, type: f.type, properties: f.properties, rings: f.loadGeometry().map((r) => r.map((p) => [p.x, p.y] as [number, number])) }
    })
  }
  return out
}

/** A lon/lat position in units of the tile (4096 per side, y down). */
export function toTileUnits([lon, lat]: [number, number], { z, x, y }: TileCoord, extent = 4096): [number, number] {
  const n = 2 ** z
  const wx = ((lon + 180) / 360) * n
  const rad = (lat * Math.PI) / 180
  const wy = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n
  return [(wx - x) * extent, (wy - y) * extent]
}

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len))
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
}

/** The largest distance from a vertex of one geometry to the outline of the other, both ways. */
export function outlineDistance(a: [number, number][][], b: [number, number][][]): number {
  const closed = (rings: [number, number][][]) => rings.map((r) => (r.length > 1 ? [...r, r[0]!] : r))
  const oneWay = (from: [number, number][][], to: [number, number][][]) =>
    Math.max(...from.flat().map((p) => Math.min(...closed(to).flatMap((r) => (r.length === 1 ? [Math.hypot(p[0] - r[0]![0], p[1] - r[0]![1])] : r.slice(1).map((q, i) => segmentDistance(p, r[i]!, q)))))))
  return Math.max(oneWay(a, b), oneWay(b, a))
}

/** The tile of a zoom that holds a lon/lat position. */
export const tileOf = (lon: number, lat: number, z: number) => tileAt(lon, lat, z)
export const tilePath = (layer: string, t: TileCoord) => `/api/collections/${layer}/tiles/WebMercatorQuad/${t.z}/${t.x}/${t.y}`

/** Lon/lat bounds of a tile grown by `margin` tiles on each side (for the tile's buffer). */
export function grownBounds({ z, x, y }: TileCoord, margin: number): [number, number, number, number] {
  const n = 2 ** z
  const lon = (i: number) => (i / n) * 360 - 180
  const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI
  return [lon(x - margin), lat(y + 1 + margin), lon(x + 1 + margin), lat(y - margin)]
}
