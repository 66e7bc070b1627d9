import { layers, REGION, TILE_ZOOMS, tileProperties, type LayerDef, type PropertyDef } from '@regiopol/geodata'
import type { BBox } from '../ogc/params.ts'
import { JSON_TYPE } from '../ogc/links.ts'
import { TMS_ID, TMS_URI } from './matrix.ts'

/*
 * The documents around the tiles: OGC API - Tiles tileset lists and tileset metadata
 * (OGC 20-057), and TileJSON 3.0.0, which MapLibre, QGIS and GDAL read.
 */

export const MVT = 'application/vnd.mapbox-vector-tile'
export const TILEJSON = 'application/vnd.mapbox.tile+json'
export const REL_TILESETS = 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector'
const REL_SCHEME = 'http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme'
const template = (prefix: string) => `${prefix}/tiles/${TMS_ID}/{z}/{x}/{y}`
const center = (b: BBox) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, 9]

const fieldType = (p: PropertyDef) => (p.type === 'number' || p.type === 'integer' ? 'Number' : p.type === 'boolean' ? 'Boolean' : 'String')

function vectorLayer(layer: LayerDef) {
  return {
    id: layer.sourceLayer,
    description: layer.title.de,
    minzoom: TILE_ZOOMS.min,
    maxzoom: TILE_ZOOMS.max,
    fields: Object.fromEntries(tileProperties(layer).map((p) => [p.key, fieldType(p)])),
  }
}

function tileJson(name: string, description: string, attribution: string, tiles: string, vectorLayers: object[], bounds: BBox) {
  return { tilejson: '3.0.0', name, description, attribution, scheme: 'xyz', tiles: [tiles], minzoom: TILE_ZOOMS.min, maxzoom: TILE_ZOOMS.max, bounds, center: center(bounds), vector_layers: vectorLayers }
}

export function layerTileJson(base: string, layer: LayerDef, extent: BBox | null) {
  const attribution = layer.attribution.map((a) => `${a.text} (${a.licence})`).join('; ')
  return tileJson(layer.title.de, layer.description.de, attribution, template(`${base}/collections/${layer.id}`), [vectorLayer(layer)], extent ?? REGION.bbox)
}

export function atlasTileJson(base: string) {
  const attribution = [...new Set(layers.flatMap((l) => l.attribution.map((a) => `${a.text} (${a.licence})`)))].join('; ')
  return tileJson('Regiopol Atlas', 'Alle Ebenen der regiopolREGION Paderborn als Vektorkacheln', attribution, template(base), layers.map(vectorLayer), REGION.bbox)
}

/** Tileset metadata: what `{prefix}/tiles/WebMercatorQuad` describes. */
export function tilesetMetadata(base: string, prefix: string, title: string, of: readonly LayerDef[]) {
  return {
    title,
    dataType: 'vector',
    crs: 'http://www.opengis.net/def/crs/EPSG/0/3857',
    tileMatrixSetURI: TMS_URI,
    tileMatrixSetLimits: Array.from({ length: TILE_ZOOMS.max - TILE_ZOOMS.min + 1 }, (_, i) => {
      const z = TILE_ZOOMS.min + i
      return { tileMatrix: String(z), minTileRow: 0, maxTileRow: 2 ** z - 1, minTileCol: 0, maxTileCol: 2 ** z - 1 }
    }),
    layers: of.map((l) => ({ id: l.sourceLayer, title: l.title.de, dataType: 'vector', geometryType: l.geometryType })),
    links: [
      { href: `${prefix}/tiles/${TMS_ID}`, rel: 'self', type: JSON_TYPE, title },
      { href: `${base}/tileMatrixSets/${TMS_ID}`, rel: REL_SCHEME, type: JSON_TYPE, title: TMS_ID },
      { href: template(prefix), rel: 'item', type: MVT, templated: true, title: 'Kacheln' },
      { href: `${prefix}/tiles/${TMS_ID}/tilejson.json`, rel: 'describedby', type: TILEJSON, title: 'TileJSON' },
    ],
  }
}

/** The list of tilesets at `{prefix}/tiles`: one, in WebMercatorQuad. */
export function tilesetList(base: string, prefix: string, title: string) {
  return {
    links: [{ href: `${prefix}/tiles`, rel: 'self', type: JSON_TYPE }],
    tilesets: [
      {
        title,
        dataType: 'vector',
        crs: 'http://www.opengis.net/def/crs/EPSG/0/3857',
        tileMatrixSetURI: TMS_URI,
        links: [
          { href: `${prefix}/tiles/${TMS_ID}`, rel: 'self', type: JSON_TYPE, title },
          { href: `${base}/tileMatrixSets/${TMS_ID}`, rel: REL_SCHEME, type: JSON_TYPE, title: TMS_ID },
        ],
      },
    ],
  }
}
