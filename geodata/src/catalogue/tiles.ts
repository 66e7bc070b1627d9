import type { LayerDef, LayerId, PropertyDef } from './types.ts'

/*
 * How each layer is cut into vector tiles (OGC API - Tiles, WebMercatorQuad) and whether
 * the viewer draws it from tiles or from GeoJSON. The API and the viewer both read this,
 * so a tile never lacks an attribute a style, a filter or a label needs.
 */

/** Zoom levels the API serves tiles for; clients overzoom beyond the maximum. */
export const TILE_ZOOMS = { min: 0, max: 16 } as const
/** Tile units per side (the MVT default). */
export const TILE_EXTENT = 4096
/** Tile units of geometry kept outside each side, so strokes join across tile edges. */
export const TILE_BUFFER = 64
/** Above this many features a layer is drawn from tiles in the viewer. */
export const LARGE_LAYER_FEATURES = 3000

export interface TileRule {
  /** Drawn from tiles in the viewer whatever its size (layers known to grow large). */
  tiled: boolean
  /**
   * Below this zoom, features whose bounding box is smaller than `minSizePx` pixels (of a
   * 256-pixel tile) are left out: they would be specks, and they make low-zoom tiles huge.
   */
  thinBelowZoom: number
  minSizePx: number
  /** The most features one tile holds, the largest first: the bound on a tile's size. */
  maxFeatures: number
  /** What the layer shows follows the calendar (posts and reservations expire at midnight). */
  daily?: boolean
}

const smallLayer: TileRule = { tiled: false, thinBelowZoom: 0, minSizePx: 0, maxFeatures: 20_000 }
// 4,000 sites of about 90 bytes each keep a tile near 350 KB (measured at 200,000 sites, z10).
const growing: TileRule = { tiled: true, thinBelowZoom: 14, minSizePx: 1, maxFeatures: 4_000 }

// Development land and the pool are edited in the viewer, whose write flows (a new area on
// the map at once, selection by id, the site analysis) still read their GeoJSON: the viewer
// draws them from GeoJSON for now; the API serves their tiles to every other client.
const rules: Partial<Record<LayerId, TileRule>> = {
  development_land: { ...growing, tiled: false },
  compensation_areas: { ...growing, tiled: false, daily: true },
  exchange_posts: { ...smallLayer, daily: true },
  // Grid cells are a surface: never thinned (a gap would read as "nobody lives here").
  population_grid: { tiled: true, thinBelowZoom: 0, minSizePx: 0, maxFeatures: 40_000 },
}

export function tileRule(layer: LayerDef): TileRule {
  return rules[layer.id] ?? smallLayer
}

/** Whether the viewer draws a layer from tiles: always for growing layers, else by its size. */
export function drawnFromTiles(layer: LayerDef, featureCount?: number): boolean {
  return tileRule(layer).tiled || (featureCount ?? 0) > LARGE_LAYER_FEATURES
}

/** Which properties the viewer's filter panel offers: enums with options, numbers with a unit. */
export function filterKind(p: PropertyDef): 'values' | 'range' | undefined {
  if ((p.type === 'enum' || p.type === 'string[]') && p.options?.length) return 'values'
  if ((p.type === 'number' || p.type === 'integer') && p.unit) return 'range'
  return undefined
}

/**
 * The properties written into tiles, in catalogue order: the id (selection, feature
 * state, the info panel's request), the name (labels, hover), what the style colours,
 * dashes or labels by, what the filter panel filters by, and the sample flag. Everything
 * else the info panel and the table read from the items endpoint. Never restricted ones.
 */
export function tileProperties(layer: LayerDef): PropertyDef[] {
  const needed = new Set<string>([layer.idColumn, layer.nameProperty, 'sample'])
  for (const key of [layer.style.colorBy, layer.style.dashBy, layer.style.labelBy]) if (key) needed.add(key)
  return layer.properties.filter((p) => !p.restricted && (needed.has(p.key) || filterKind(p) !== undefined))
}
