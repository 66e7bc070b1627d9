import type { LayerDef } from '@regiopol/geodata'
import type { BBox } from './params.ts'
import { CRS84 } from './params.ts'
import { GEOJSON, JSON_TYPE } from './links.ts'

/** A collection's description (OGC API - Features `/collections/{id}`), from the catalogue. */
export function collectionMetadata(base: string, layer: LayerDef, extent: BBox | null) {
  const href = `${base}/collections/${layer.id}`
  return {
    id: layer.id,
    title: layer.title.de,
    description: layer.description.de,
    itemType: 'feature',
    crs: [CRS84],
    ...(extent && { extent: { spatial: { bbox: [extent], crs: CRS84 } } }),
    attribution: layer.attribution.map((a) => `${a.text} (${a.licence})`).join('; '),
    sample: layer.sample,
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: layer.title.de },
      { href: `${href}/items`, rel: 'items', type: GEOJSON, title: `${layer.title.de} (GeoJSON)` },
      { href: `${href}/tiles`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector', type: JSON_TYPE, title: `${layer.title.de} (Vektorkacheln)` },
      ...layer.attribution.filter((a) => a.url).map((a) => ({ href: a.url, rel: 'license', title: a.licence })),
    ],
  }
}
