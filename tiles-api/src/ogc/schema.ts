import type { LayerDef, PropertyDef } from '@regiopol/geodata'

/** The JSON Schema of one catalogue property (typed, so GIS clients need not guess from values). */
export function propertySchema(p: PropertyDef): Record<string, unknown> {
  const base = { title: p.label.de, description: `${p.label.de}${p.unit ? ` (${p.unit})` : ''}` }
  switch (p.type) {
    case 'integer':
      return { ...base, type: 'integer' }
    case 'number':
      return { ...base, type: 'number' }
    case 'boolean':
      return { ...base, type: 'boolean' }
    case 'date':
      return { ...base, type: 'string', format: 'date' }
    case 'enum':
      return { ...base, type: 'string', enum: p.options?.map((o) => o.value) }
    case 'string[]':
      return { ...base, type: 'array', items: { type: 'string' } }
    default:
      return { ...base, type: 'string' }
  }
}

const GEOMETRY_FORMAT: Record<string, string> = {
  Point: 'geometry-point',
  LineString: 'geometry-linestring',
  MultiLineString: 'geometry-multilinestring',
  Polygon: 'geometry-polygon',
  MultiPolygon: 'geometry-multipolygon',
  Geometry: 'geometry-any',
}

/** Properties a caller may read (restricted ones only signed in). */
export const readableProperties = (layer: LayerDef, restricted: boolean) => layer.properties.filter((p) => restricted || !p.restricted)

/**
 * `/collections/{id}/queryables` (OGC API - Features Part 3) and `/schema` (the `describedby`
 * link): the same JSON Schema from the catalogue. The geometry is queryable as `geometry`.
 */
export function collectionSchema(base: string, layer: LayerDef, kind: 'queryables' | 'schema', restricted: boolean) {
  const properties: Record<string, unknown> = {
    geometry: { title: 'Geometrie', format: GEOMETRY_FORMAT[layer.geometryType], 'x-ogc-role': 'primary-geometry' },
  }
  const t = layer.temporal
  const role = (key: string) => (!t ? undefined : key === t.start ? (t.end ? 'primary-interval-start' : 'primary-instant') : key === t.end ? 'primary-interval-end' : undefined)
  for (const p of readableProperties(layer, restricted)) {
    const r = kind === 'schema' ? role(p.key) : undefined
    properties[p.key] = { ...propertySchema(p), ...(r && { 'x-ogc-role': r }) }
  }
  if (kind === 'schema') properties.id = { title: 'Kennung', type: layer.idType === 'integer' ? 'integer' : 'string', 'x-ogc-role': 'id' }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/collections/${layer.id}/${kind}`,
    type: 'object',
    title: layer.title.de,
    properties,
    additionalProperties: false,
  }
}
