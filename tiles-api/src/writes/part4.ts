import { SERVER_OWNED_FIELDS, type LayerDef } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import { getFeature } from '../db/queries/features.ts'
import { ProblemError } from '../errors.ts'
import { CRS84 } from '../ogc/crs.ts'

/*
 * The request forms of OGC API - Features Part 4 as QGIS (>= 3.32, qgsoapif*.cpp) sends
 * them: a whole GeoJSON Feature on POST and PUT (every field of the layer, server-owned
 * ones as null or as read), {"properties": {…changed…}} or {"geometry": …} as JSON Merge
 * Patch. Server-owned and derived fields that come back null or unchanged are dropped
 * here, before the feature's strict schema; anything else stays and is refused by it.
 */

const serverOwned = new Set<string>(SERVER_OWNED_FIELDS)
const FEATURE_MEMBERS = ['id', 'bbox', 'links']

type Body = { properties?: Record<string, unknown>; geometry?: unknown; [k: string]: unknown }

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Drops GeoJSON members (`id`, `bbox`, `links`; `type` of a change) and the properties the writer may
 * not set (server-owned, or catalogue fields the write schema does not take) when null or
 * equal to the stored value. `writable` are the keys the write schema takes.
 */
export function dropEchoedFields(raw: unknown, writable: ReadonlySet<string>, current: Record<string, unknown> | undefined): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const body: Body = { ...(raw as Body) }
  for (const m of FEATURE_MEMBERS) delete body[m]
  // A create is a Feature (its schema asks for the type); a change carries only its members.
  if (current && body.type === 'Feature') delete body.type
  if (body.properties && typeof body.properties === 'object' && !Array.isArray(body.properties)) {
    const properties: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(body.properties)) {
      const readOnly = serverOwned.has(key) || !writable.has(key)
      if (readOnly && (value === null || (current && same(value, current[key])))) continue
      properties[key] = value
    }
    body.properties = properties
  }
  return body
}

/** The stored feature's properties (restricted ones included), to tell an echoed value from a change. */
export async function storedProperties(sql: Sql, layer: LayerDef, id: number): Promise<Record<string, unknown> | undefined> {
  const text = await getFeature(sql, layer.expiredRelation ? { ...layer, relation: layer.expiredRelation } : layer, id, true)
  return text ? (JSON.parse(text) as { properties: Record<string, unknown> }).properties : undefined
}

/**
 * PUT replaces: every writable property of the collection the body leaves out is cleared
 * (null, lists empty). Fields the collection never shows (a project's contact) are not the client's to
 * clear and stay as stored.
 */
export function replacement(body: unknown, writable: ReadonlySet<string>, layer: LayerDef): unknown {
  if (typeof body !== 'object' || body === null) return body
  const b = body as Body
  const properties = { ...(b.properties ?? {}) }
  for (const p of layer.properties) if (writable.has(p.key) && !(p.key in properties)) properties[p.key] = p.type === 'string[]' ? [] : null
  return { ...b, properties, geometry: b.geometry ?? null }
}

/** Geometries are read in CRS84 only; QGIS names another CRS in Content-Crs when its layer uses one. */
export function requireCrs84(contentCrs: string | undefined): void {
  if (!contentCrs) return
  const uri = contentCrs.trim().replace(/^<|>$/g, '')
  if (uri !== CRS84) {
    throw new ProblemError(400, 'unsupported-content-crs', 'Koordinatensystem nicht unterstützt', `Geometrien nimmt der Server nur in CRS84 (Länge/Breite) an, nicht in ${uri}. In QGIS die Ebene in CRS84 (OGC:CRS84) laden.`)
  }
}

/** The methods this caller may use (the Allow header QGIS reads to offer editing). */
export function allowed(who: Principal | null, write: boolean, extra: readonly string[]): string {
  const methods = ['GET', 'HEAD', 'OPTIONS']
  if (write && who && who.role !== 'viewer') methods.push(...extra)
  return methods.join(', ')
}

/** The property keys a write schema takes (its `properties` object, through optional wrappers). */
export function schemaPropertyKeys(schema: unknown): Set<string> {
  type Node = { shape?: Record<string, Node>; unwrap?: () => Node } | undefined
  let properties = (schema as Node)?.shape?.properties
  while (properties && !properties.shape && properties.unwrap) properties = properties.unwrap()
  return new Set(Object.keys(properties?.shape ?? {}))
}
