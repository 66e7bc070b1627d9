import { ogcCollections, type LayerDef } from '@regiopol/geodata'
import { supportedCrs } from './crs.ts'
import { LIMIT_DEFAULT, LIMIT_MAX } from './params.ts'
import { propertySchema } from './schema.ts'

const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { type: 'object' } } } }
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } } })
const geojson = (description: string) => ({ description, content: { 'application/geo+json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } } })
const crsEnum = { type: 'string', format: 'uri', enum: supportedCrs.map((c) => c.uri) }
const f = { name: 'f', in: 'query', description: 'Ausgabeformat', schema: { type: 'string', enum: ['json', 'html'] } }

/** The collections that take writes (OGC API - Features Part 4), with their If-Match rule. */
export const WRITABLE = new Set(['compensation_areas', 'projects', 'exchange_posts'])

const itemsParameters = (layer: LayerDef) => [
  f,
  {
    name: 'bbox', in: 'query', style: 'form', explode: false, required: false,
    description: 'minx,miny,maxx,maxy oder mit Höhe (6 Zahlen); Achsen in der Reihenfolge von bbox-crs; West > Ost überquert die Datumsgrenze',
    schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
  },
  { name: 'bbox-crs', in: 'query', schema: crsEnum },
  { name: 'crs', in: 'query', schema: crsEnum },
  { name: 'limit', in: 'query', style: 'form', explode: false, description: `höchstens ${LIMIT_MAX} (größere Werte werden gekürzt)`, schema: { type: 'integer', minimum: 1, maximum: LIMIT_MAX, default: LIMIT_DEFAULT } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
  {
    name: 'datetime', in: 'query', style: 'form', explode: false,
    description: layer.temporal ? `Zeitpunkt oder Intervall (RFC 3339, offen mit ..) auf ${[layer.temporal.start, layer.temporal.end].filter(Boolean).join('–')}` : 'ohne Wirkung: die Sammlung hat keine Zeitangabe',
    schema: { type: 'string' },
  },
  { name: 'filter', in: 'query', description: 'CQL2-Ausdruck über die Eigenschaften von /queryables', schema: { type: 'string' } },
  { name: 'filter-lang', in: 'query', schema: { type: 'string', enum: ['cql2-text', 'cql2-json'], default: 'cql2-text' } },
  { name: 'filter-crs', in: 'query', schema: crsEnum },
  { name: 'sortby', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string', pattern: '^[+-]?[A-Za-z_][A-Za-z0-9_]*$' } } },
  { name: 'properties', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
  { name: 'skipGeometry', in: 'query', schema: { type: 'boolean', default: false } },
  ...(layer.expiredRelation ? [{ name: 'include', in: 'query', description: 'expired: auch abgelaufene Einträge (nur angemeldet)', schema: { type: 'string', enum: ['expired'] } }] : []),
  ...layer.properties.filter((p) => p.queryable && !p.restricted).map((p) => ({ name: p.key, in: 'query', style: 'form', explode: false, description: p.label.de, schema: propertySchema(p) })),
]

const featureBody = (type: string) => ({ required: true, content: { [type]: { schema: { type: 'object' } } } })
const ifMatch = { name: 'If-Match', in: 'header', description: 'ETag des gelesenen Stands', schema: { type: 'string' } }

function writeOperations(layer: LayerDef) {
  if (!WRITABLE.has(layer.id)) return { items: {}, item: {} }
  const secured = { security: [{ basic: [] }, { bearer: [] }, { session: [] }] }
  return {
    items: {
      post: { summary: `${layer.title.de}: anlegen`, ...secured, requestBody: featureBody('application/geo+json'), responses: { 201: { description: 'Angelegt (Location, ETag)' }, 400: problem, 401: problem, 403: problem, 409: problem, 415: problem, 422: problem } },
    },
    item: {
      put: { summary: `${layer.title.de}: ersetzen`, ...secured, parameters: [ifMatch], requestBody: featureBody('application/geo+json'), responses: { 200: { description: 'Ersetzt' }, 401: problem, 403: problem, 404: problem, 412: problem, 422: problem, 428: problem } },
      patch: { summary: `${layer.title.de}: ändern`, ...secured, parameters: [ifMatch], requestBody: featureBody('application/merge-patch+json'), responses: { 200: { description: 'Geändert' }, 401: problem, 403: problem, 404: problem, 412: problem, 422: problem, 428: problem } },
      delete: { summary: `${layer.title.de}: löschen`, ...secured, parameters: [ifMatch], responses: { 204: { description: 'Gelöscht' }, 401: problem, 403: problem, 404: problem, 412: problem, 428: problem } },
    },
  }
}

/** An OpenAPI 3.0 description generated from the layer catalogue (conformance class oas30). */
export function openApiDocument(serverUrl: string, collections: readonly LayerDef[] = ogcCollections) {
  const paths: Record<string, unknown> = {
    '/': { get: { summary: 'Landing page', operationId: 'landing', parameters: [f], responses: { 200: json('Links'), 400: problem } } },
    '/conformance': { get: { summary: 'Conformance classes', operationId: 'conformance', parameters: [f], responses: { 200: json('conformsTo'), 400: problem } } },
    '/collections': { get: { summary: 'All collections', operationId: 'collections', parameters: [f], responses: { 200: json('Collections'), 400: problem } } },
  }
  for (const layer of collections) {
    const base = `/collections/${layer.id}`
    const writes = writeOperations(layer)
    const featureId = { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }
    paths[base] = { get: { summary: layer.title.de, operationId: `${layer.id}.collection`, parameters: [f], responses: { 200: json('Collection'), 400: problem, 404: problem } } }
    paths[`${base}/queryables`] = { get: { summary: `${layer.title.de}: filterbare Eigenschaften`, operationId: `${layer.id}.queryables`, responses: { 200: { description: 'JSON Schema', content: { 'application/schema+json': { schema: { type: 'object' } } } } } } }
    paths[`${base}/schema`] = { get: { summary: `${layer.title.de}: Schema`, operationId: `${layer.id}.schema`, responses: { 200: { description: 'JSON Schema', content: { 'application/schema+json': { schema: { type: 'object' } } } } } } }
    paths[`${base}/items`] = {
      get: { summary: `${layer.title.de}: Features`, operationId: `${layer.id}.items`, parameters: itemsParameters(layer), responses: { 200: geojson('GeoJSON FeatureCollection'), 400: problem } },
      ...writes.items,
    }
    paths[`${base}/items/{featureId}`] = {
      parameters: [featureId],
      get: { summary: `${layer.title.de}: ein Feature`, operationId: `${layer.id}.item`, parameters: [f, { name: 'crs', in: 'query', schema: crsEnum }], responses: { 200: geojson('GeoJSON Feature'), 400: problem, 404: problem } },
      ...writes.item,
    }
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Regiopol Atlas – OGC API Features', version: '1.0.0', description: 'Layers of the regiopolREGION Paderborn' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        basic: { type: 'http', scheme: 'basic', description: 'E-Mail-Adresse und API-Token als Passwort (QGIS: Authentifizierung → Basic)' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer atlas_… (QGIS: API-Header)' },
        session: { type: 'apiKey', in: 'cookie', name: 'atlas_session' },
      },
    },
    paths,
  }
}
