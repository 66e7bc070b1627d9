import { TILE_EXTENT } from '@regiopol/geodata'
import { fromVectorTileJs, type VectorTileFeatureLike, type VectorTileLayerLike } from '@maplibre/vt-pbf'
import type { TileRow } from './query.ts'

/*
 * Writes tile rows (geometry already in tile units, from query.ts) as a Mapbox Vector
 * Tile with MapLibre's vt-pbf, for the database without ST_AsMVT. The geometry is only
 * re-shaped (MVT has points, lines and polygons, each with several parts), not changed.
 */

type Position = [number, number]
type TileGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint' | 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }

const point = ([x, y]: Position) => ({ x, y })

/** MVT geometry type and parts: one part per point group, line or ring. */
function parts(geometry: TileGeometry): { type: 1 | 2 | 3; parts: Position[][] } {
  switch (geometry.type) {
    case 'Point':
      return { type: 1, parts: [[geometry.coordinates]] }
    case 'MultiPoint':
      return { type: 1, parts: [geometry.coordinates] }
    case 'LineString':
      return { type: 2, parts: [geometry.coordinates] }
    case 'MultiLineString':
      return { type: 2, parts: geometry.coordinates }
    case 'Polygon':
      return { type: 3, parts: geometry.coordinates }
    case 'MultiPolygon':
      return { type: 3, parts: geometry.coordinates.flat() }
  }
}

function feature(row: TileRow): VectorTileFeatureLike {
  const { __fid, geometry, ...rest } = row
  const { type, parts: rings } = parts(JSON.parse(geometry) as TileGeometry)
  const properties: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(rest)) if (value !== null && value !== undefined) properties[key] = value as string | number | boolean
  return {
    type,
    properties,
    id: __fid === null ? undefined : Number(__fid),
    extent: TILE_EXTENT,
    loadGeometry: () => rings.map((ring) => ring.map(point)) as ReturnType<VectorTileFeatureLike['loadGeometry']>,
  }
}

/** One layer's tile as protobuf bytes; no bytes when it has no features. */
export function encodeTile(sourceLayer: string, rows: readonly TileRow[]): Uint8Array {
  if (rows.length === 0) return new Uint8Array(0)
  const features = rows.map(feature)
  const layer: VectorTileLayerLike = { version: 2, name: sourceLayer, extent: TILE_EXTENT, length: features.length, feature: (i) => features[i]! }
  return fromVectorTileJs({ layers: { [sourceLayer]: layer } })
}
