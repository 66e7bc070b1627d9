import type { LayerDef } from '@regiopol/geodata'
import type { LayerExtent } from '../db/queries/features.ts'
import { CRS84, supportedCrs } from './crs.ts'
import { GEOJSON, HTML, JSON_TYPE, SCHEMA_TYPE } from './links.ts'

/** A collection's description (OGC API - Features `/collections/{id}`), from the catalogue. */
export function collectionMetadata(base: string, layer: LayerDef, extent: LayerExtent | null) {
  const href = `${base}/collections/${layer.id}`
  const temporal = layer.temporal && extent?.interval
  return {
    id: layer.id,
    title: layer.title.de,
    description: layer.description.de,
    itemType: 'feature',
    crs: supportedCrs.map((c) => c.uri),
    storageCrs: CRS84,
    ...(extent?.bbox && {
      extent: {
        spatial: { bbox: [extent.bbox], crs: CRS84 },
        // Which properties `datetime` filters on (OGC API - Features 1.0 says the server decides).
        ...(temporal && { temporal: { interval: [temporal], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian', properties: [layer.temporal!.start, ...(layer.temporal!.end ? [layer.temporal!.end] : [])] } }),
      },
    }),
    attribution: layer.attribution.map((a) => `${a.text} (${a.licence})`).join('; '),
    sample: layer.sample,
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: layer.title.de },
      { href: `${href}?f=html`, rel: 'alternate', type: HTML, title: `${layer.title.de} (HTML)` },
      { href: `${href}/items`, rel: 'items', type: GEOJSON, title: `${layer.title.de} (GeoJSON)` },
      { href: `${href}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: SCHEMA_TYPE, title: 'Filterbare Eigenschaften' },
      { href: `${href}/schema`, rel: 'describedby', type: SCHEMA_TYPE, title: 'JSON Schema der Features' },
      { href: `${href}/schema`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/schema', type: SCHEMA_TYPE, title: 'JSON Schema der Features' },
      ...layer.attribution.flatMap((a) => (a.url ? [{ href: a.url, rel: 'license', title: a.licence }] : [])),
      { href: `${href}/tiles`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector', type: JSON_TYPE, title: `${layer.title.de} (Vektorkacheln)` },
    ],
  }
}
