import { layers, type PropertyDef } from '@regiopol/geodata'
import { LIMIT_DEFAULT, LIMIT_MAX } from './params.ts'

const schemaOf = (p: PropertyDef) => {
  switch (p.type) {
    case 'integer':
      return { type: 'integer' }
    case 'number':
      return { type: 'number' }
    case 'boolean':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date' }
    case 'enum':
      return { type: 'string', enum: p.options?.map((o) => o.value) }
    default:
      return { type: 'string' }
  }
}

const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: { type: 'object' } } } }

/** An OpenAPI 3.0 description generated from the layer catalogue (conformance class oas30). */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, unknown> = {
    '/': { get: { summary: 'Landing page', responses: { 200: { description: 'Links' } } } },
    '/conformance': { get: { summary: 'Conformance classes', responses: { 200: { description: 'conformsTo' } } } },
    '/collections': { get: { summary: 'All collections', responses: { 200: { description: 'Collections' } } } },
  }
  for (const layer of layers) {
    const base = `/collections/${layer.id}`
    paths[base] = { get: { summary: layer.title.de, responses: { 200: { description: 'Collection' }, 404: problem } } }
    paths[`${base}/items`] = {
      get: {
        summary: `${layer.title.de}: Features`,
        parameters: [
          { name: 'bbox', in: 'query', style: 'form', explode: false, schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: LIMIT_MAX, default: LIMIT_DEFAULT } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ...(layer.expiredRelation
            ? [{ name: 'include', in: 'query', description: 'expired: auch abgelaufene Einträge (nur angemeldet)', schema: { type: 'string', enum: ['expired'] } }]
            : []),
          ...layer.properties.filter((p) => p.queryable).map((p) => ({ name: p.key, in: 'query', description: p.label.de, schema: schemaOf(p) })),
        ],
        responses: { 200: { description: 'GeoJSON FeatureCollection', content: { 'application/geo+json': {} } }, 400: problem },
      },
    }
    paths[`${base}/items/{featureId}`] = {
      get: {
        summary: `${layer.title.de}: ein Feature`,
        parameters: [{ name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'GeoJSON Feature', content: { 'application/geo+json': {} } }, 404: problem },
      },
    }
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Regiopol Atlas – OGC API Features', version: '1.0.0', description: 'Layers of the regiopolREGION Paderborn' },
    servers: [{ url: serverUrl }],
    paths,
  }
}
