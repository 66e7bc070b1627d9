import type { LayerDef, PropertyDef } from '@regiopol/geodata'
import { InvalidParameter } from '../errors.ts'

export const LIMIT_DEFAULT = 100
export const LIMIT_MAX = 10_000
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'

const RESERVED = new Set(['f', 'bbox', 'bbox-crs', 'limit', 'offset'])

export type BBox = [number, number, number, number]
export type FilterValue = string | number | boolean

export interface PropertyFilter {
  property: PropertyDef
  /** Any of these values matches (comma-separated in the URL). */
  values: FilterValue[]
}

export interface ItemsQuery {
  bbox?: BBox
  limit: number
  offset: number
  filters: PropertyFilter[]
  /** `include=expired`: also the records the layer hides as expired (layers with an `expiredRelation`). */
  includeExpired: boolean
}

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name)
  if (all.length > 1) throw new InvalidParameter(name, `Der Parameter „${name}“ darf nur einmal angegeben werden.`)
  return all[0]
}

function parseInteger(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new InvalidParameter(name, `„${name}“ muss eine ganze Zahl sein, nicht „${raw}“.`)
  const value = Number(raw)
  if (value < min || value > max) {
    throw new InvalidParameter(name, `„${name}“ muss zwischen ${min} und ${max} liegen, nicht ${value}.`)
  }
  return value
}

export function parseBBox(raw: string): BBox {
  const parts = raw.split(',')
  if (parts.length === 6) throw new InvalidParameter('bbox', 'Eine dreidimensionale bbox (6 Werte) wird nicht unterstützt.')
  if (parts.length !== 4) {
    throw new InvalidParameter('bbox', `„bbox“ braucht vier Zahlen: minLon,minLat,maxLon,maxLat (erhalten: ${parts.length} Werte).`)
  }
  const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)))
  if (nums.some((n) => !Number.isFinite(n))) throw new InvalidParameter('bbox', `„bbox“ enthält keine gültige Zahl: „${raw}“.`)
  const [minx, miny, maxx, maxy] = nums as BBox
  if (minx < -180 || maxx > 180 || miny < -90 || maxy > 90) {
    throw new InvalidParameter('bbox', '„bbox“ liegt außerhalb von −180…180 (Länge) bzw. −90…90 (Breite). Reihenfolge: Länge, Breite.')
  }
  if (miny > maxy) throw new InvalidParameter('bbox', '„bbox“: die südliche Breite ist größer als die nördliche.')
  if (minx > maxx) throw new InvalidParameter('bbox', '„bbox“: die westliche Länge ist größer als die östliche (Datumsgrenze wird nicht unterstützt).')
  return [minx, miny, maxx, maxy]
}

function parseValue(property: PropertyDef, raw: string): FilterValue {
  const fail = (why: string) => new InvalidParameter(property.key, `Filter „${property.key}“: ${why}`)
  // PostgreSQL text cannot hold NUL; other control characters are never meaningful here.
  if (/[\u0000-\u001f]/.test(raw)) throw fail('der Wert enthält Steuerzeichen.')
  switch (property.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) throw fail(`„${raw}“ ist keine ganze Zahl.`)
      return Number(raw)
    case 'number':
      if (!Number.isFinite(Number(raw)) || raw.trim() === '') throw fail(`„${raw}“ ist keine Zahl.`)
      return Number(raw)
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw fail(`erlaubt sind „true“ und „false“, nicht „${raw}“.`)
      return raw === 'true'
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw fail(`„${raw}“ ist kein Datum der Form JJJJ-MM-TT.`)
      return raw
    default:
      if (property.type === 'enum' && property.options && !property.options.some((o) => o.value === raw)) {
        throw fail(`„${raw}“ ist kein erlaubter Wert (erlaubt: ${property.options.map((o) => o.value).join(', ')}).`)
      }
      return raw
  }
}

/** Reads the query string of an items request; anything unknown or malformed is a 400. */
export function parseItemsQuery(layer: LayerDef, params: URLSearchParams): ItemsQuery {
  const f = single(params, 'f')
  if (f !== undefined && f !== 'json' && f !== 'geojson') {
    throw new InvalidParameter('f', `Ausgabeformat „${f}“ wird nicht unterstützt (nur „json“).`)
  }
  const crs = single(params, 'bbox-crs')
  if (crs !== undefined && crs !== CRS84) throw new InvalidParameter('bbox-crs', `Nur ${CRS84} wird unterstützt.`)
  const rawBBox = single(params, 'bbox')
  const rawLimit = single(params, 'limit')
  const rawOffset = single(params, 'offset')
  const rawInclude = layer.expiredRelation ? single(params, 'include') : undefined
  if (rawInclude !== undefined && rawInclude !== 'expired') {
    throw new InvalidParameter('include', `„include“ kennt nur den Wert „expired“, nicht „${rawInclude}“.`)
  }
  const filters: PropertyFilter[] = []
  for (const key of new Set(params.keys())) {
    if (RESERVED.has(key) || (key === 'include' && layer.expiredRelation)) continue
    const property = layer.properties.find((p) => p.key === key && p.queryable)
    if (!property) {
      const allowed = layer.properties.filter((p) => p.queryable).map((p) => p.key)
      throw new InvalidParameter(key, `Unbekannter Parameter „${key}“. Filterbar in ${layer.id}: ${allowed.join(', ')}.`)
    }
    const raw = single(params, key) ?? ''
    filters.push({ property, values: raw.split(',').map((v) => parseValue(property, v)) })
  }
  return {
    ...(rawBBox !== undefined && { bbox: parseBBox(rawBBox) }),
    limit: rawLimit === undefined ? LIMIT_DEFAULT : parseInteger('limit', rawLimit, 1, LIMIT_MAX),
    offset: rawOffset === undefined ? 0 : parseInteger('offset', rawOffset, 0, Number.MAX_SAFE_INTEGER),
    filters,
    includeExpired: rawInclude === 'expired',
  }
}
