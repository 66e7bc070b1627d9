import type { LayerDef, PropertyDef } from '@regiopol/geodata'
import { InvalidParameter } from '../errors.ts'
import { parseBBox, type BBoxQuery } from './bbox.ts'
import { crsOf, type Crs } from './crs.ts'
import { parseDatetime, type DayRange } from './datetime.ts'
import { parseValues, type FilterValue } from './values.ts'

export { CRS84 } from './crs.ts'
export type { BBox } from './bbox.ts'
export type { FilterValue } from './values.ts'

export const LIMIT_DEFAULT = 100
export const LIMIT_MAX = 10_000

/** Parameters every items request understands besides the property filters. */
export const ITEMS_PARAMETERS = ['f', 'bbox', 'bbox-crs', 'limit', 'offset', 'after', 'datetime', 'crs', 'filter', 'filter-lang', 'filter-crs', 'sortby', 'properties', 'skipGeometry'] as const

export interface PropertyFilter {
  property: PropertyDef
  /** Any of these values matches. */
  values: FilterValue[]
}

export interface SortKey {
  key: string
  descending: boolean
}

export interface ItemsQuery {
  bbox?: BBoxQuery
  limit: number
  offset: number
  /** Keyset paging (the `next` link in id order): only features with a larger id. */
  after?: string | number
  filters: PropertyFilter[]
  /** `datetime`, on the layer's temporal properties. */
  days?: DayRange
  /** Output CRS (`crs`). */
  crs: Crs
  sortby: SortKey[]
  /** `properties`: only these; undefined: all the caller may see. */
  properties?: string[]
  skipGeometry: boolean
  /** `include=expired`: also the records the layer hides as expired (layers with an `expiredRelation`). */
  includeExpired: boolean
  /** The raw `filter`, `filter-lang` and `filter-crs` (compiled by the CQL2 module). */
  filter?: { text: string; lang: string | undefined; crs: string | undefined }
}

export function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name)
  if (all.length > 1) throw new InvalidParameter(name, `Der Parameter „${name}“ darf nur einmal angegeben werden.`)
  return all[0]
}

function parseInteger(name: string, raw: string, min: number): number {
  if (!/^\d{1,15}$/.test(raw)) throw new InvalidParameter(name, `„${name}“ muss eine ganze Zahl sein, nicht „${raw}“.`)
  const value = Number(raw)
  if (value < min) throw new InvalidParameter(name, `„${name}“ muss mindestens ${min} sein, nicht ${value}.`)
  return value
}

export function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === 'false' || raw === '0') return false
  if (raw === 'true' || raw === '1') return true
  throw new InvalidParameter(name, `„${name}“ ist true oder false, nicht „${raw}“.`)
}

/** Property keys of a comma list, each one the caller may read. */
function propertyList(name: string, raw: string, readable: readonly PropertyDef[]): string[] {
  const keys = raw.split(',').map((k) => k.trim())
  for (const key of keys) {
    if (!readable.some((p) => p.key === key)) {
      throw new InvalidParameter(name, `„${name}“: die Eigenschaft „${key}“ gibt es nicht. Möglich: ${readable.map((p) => p.key).join(', ')}.`)
    }
  }
  return keys
}

function parseSortby(raw: string, readable: readonly PropertyDef[], idColumn: string): SortKey[] {
  return raw.split(',').map((part) => {
    const m = /^([+-]?)\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(ASC|DESC))?$/i.exec(part.trim())
    const key = m?.[2]
    if (!m || !key || (key !== idColumn && key !== 'id' && !readable.some((p) => p.key === key && p.type !== 'string[]'))) {
      throw new InvalidParameter('sortby', `„sortby“: nach „${part}“ kann nicht sortiert werden. Möglich: id, ${readable.filter((p) => p.type !== 'string[]').map((p) => p.key).join(', ')} (mit - davor absteigend).`)
    }
    return { key: key === 'id' ? idColumn : key, descending: m[1] === '-' || m[3]?.toUpperCase() === 'DESC' }
  })
}

/** Reads the query string of an items request; anything unknown or malformed is a 400. */
export function parseItemsQuery(layer: LayerDef, params: URLSearchParams, restricted = false): ItemsQuery {
  const f = single(params, 'f')
  if (f !== undefined && !['json', 'geojson', 'html'].includes(f)) {
    throw new InvalidParameter('f', `Ausgabeformat „${f}“ wird nicht unterstützt (json oder html).`)
  }
  const readable = layer.properties.filter((p) => restricted || !p.restricted)
  const rawBBox = single(params, 'bbox')
  const rawBBoxCrs = single(params, 'bbox-crs')
  if (rawBBoxCrs !== undefined && rawBBox === undefined) crsOf('bbox-crs', rawBBoxCrs)
  const rawLimit = single(params, 'limit')
  const rawOffset = single(params, 'offset')
  const rawAfter = single(params, 'after')
  if (rawAfter !== undefined && (layer.idType === 'integer' ? !/^\d{1,15}$/.test(rawAfter) : /[\u0000-\u001f]/.test(rawAfter))) {
    throw new InvalidParameter('after', `„after“ ist die Kennung des letzten Features der vorigen Seite, nicht „${rawAfter}“.`)
  }
  const rawDatetime = single(params, 'datetime')
  const rawFilter = single(params, 'filter')
  const rawSortby = single(params, 'sortby')
  const rawProperties = single(params, 'properties')
  const rawInclude = layer.expiredRelation ? single(params, 'include') : undefined
  if (rawInclude !== undefined && rawInclude !== 'expired') {
    throw new InvalidParameter('include', `„include“ kennt nur den Wert „expired“, nicht „${rawInclude}“.`)
  }
  const reserved = new Set<string>(ITEMS_PARAMETERS)
  const filters: PropertyFilter[] = []
  for (const key of new Set(params.keys())) {
    if (reserved.has(key) || (key === 'include' && layer.expiredRelation)) continue
    const property = layer.properties.find((p) => p.key === key && p.queryable && !p.restricted)
    if (!property) {
      const allowed = layer.properties.filter((p) => p.queryable && !p.restricted).map((p) => p.key)
      throw new InvalidParameter(key, `Unbekannter Parameter „${key}“. Filterbar in ${layer.id}: ${allowed.join(', ')}; weitere Felder mit „filter“ (CQL2).`)
    }
    filters.push({ property, values: parseValues(property, single(params, key) ?? '') })
  }
  return {
    ...(rawBBox !== undefined && { bbox: parseBBox(rawBBox, rawBBoxCrs) }),
    // Larger limits are not an error (OGC API - Features 1.0, /req/core/fc-limit-response-1): clamp.
    limit: rawLimit === undefined ? LIMIT_DEFAULT : Math.min(LIMIT_MAX, parseInteger('limit', rawLimit, 1)),
    offset: rawOffset === undefined ? 0 : parseInteger('offset', rawOffset, 0),
    ...(rawAfter !== undefined && { after: layer.idType === 'integer' ? Number(rawAfter) : rawAfter }),
    filters,
    ...(rawDatetime !== undefined && { days: parseDatetime(rawDatetime) }),
    crs: crsOf('crs', single(params, 'crs')),
    sortby: rawSortby === undefined ? [] : parseSortby(rawSortby, readable, layer.idColumn),
    ...(rawProperties !== undefined && { properties: rawProperties === '' ? [] : propertyList('properties', rawProperties, readable) }),
    skipGeometry: parseBoolean('skipGeometry', single(params, 'skipGeometry')),
    includeExpired: rawInclude === 'expired',
    ...(rawFilter !== undefined && { filter: { text: rawFilter, lang: single(params, 'filter-lang'), crs: single(params, 'filter-crs') } }),
  }
}

/** Endpoints without query parameters of their own (OGC API - Features 1.0 /rec/core/query-param-unknown: 400). */
export function onlyParameters(params: URLSearchParams, allowed: readonly string[]): void {
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key)) {
      throw new InvalidParameter(key, `Unbekannter Parameter „${key}“.${allowed.length ? ` Möglich: ${allowed.join(', ')}.` : ' Dieser Endpunkt hat keine Parameter.'}`)
    }
    single(params, key)
  }
  const f = params.get('f')
  if (f !== null && !['json', 'geojson', 'html'].includes(f)) throw new InvalidParameter('f', `Ausgabeformat „${f}“ wird nicht unterstützt (json oder html).`)
}
