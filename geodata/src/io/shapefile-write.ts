import type { Geometry, Position } from 'geojson'
import { ESRI_WKT } from './crs-wkt.ts'
import type { ExportField, ExportFeature, ExportLayer } from './export-layer.ts'
import { shortFieldNames } from './field-names.ts'
import { boundsOf } from './wkb.ts'

/*
 * Writing Shapefiles (ESRI Shapefile Technical Description, 1998) with a dBase III
 * table in UTF-8 (.cpg says so), an ESRI .prj and readable short field names. Polygon
 * rings are written clockwise for shells and counter-clockwise for holes, as the format
 * requires. One file holds one shape type, so a layer with points and polygons becomes
 * one Shapefile per kind; features without geometry go with the layer's first kind.
 */

export interface ShapefileFiles {
  /** File name (without extension) → its parts. */
  [base: string]: { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array; prj: string; cpg: string }
}

type Kind = 'point' | 'line' | 'polygon'
const SHAPE_TYPES: Record<Kind, number> = { point: 1, line: 3, polygon: 5 }

function kindOf(g: Geometry): Kind | null {
  if (g.type === 'Point' || g.type === 'MultiPoint') return 'point'
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'line'
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'polygon'
  return null
}

/** Twice the signed area; positive means counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!)
  return sum
}

const oriented = (ring: Position[], clockwise: boolean) => ((signedArea(ring) < 0) === clockwise ? ring : [...ring].reverse())

/** The parts of a geometry as the format stores them. */
function partsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]]
    case 'MultiPoint':
      return [g.coordinates]
    case 'LineString':
      return [g.coordinates]
    case 'MultiLineString':
      return g.coordinates
    case 'Polygon':
      return g.coordinates.map((r, i) => oriented(r, i === 0))
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r, i) => oriented(r, i === 0)))
    default:
      return []
  }
}

function recordContent(kind: Kind, g: Geometry | null): Uint8Array {
  if (!g) return new Uint8Array([0, 0, 0, 0])
  if (g.type === 'Point') {
    const view = new DataView(new ArrayBuffer(20))
    view.setInt32(0, 1, true)
    view.setFloat64(4, g.coordinates[0]!, true)
    view.setFloat64(12, g.coordinates[1]!, true)
    return new Uint8Array(view.buffer)
  }
  const parts = partsOf(g)
  const count = parts.reduce((n, p) => n + p.length, 0)
  // A multi-point in a point layer is written as its first point (the layers here have none).
  if (kind === 'point') return recordContent(kind, { type: 'Point', coordinates: parts[0]![0]! })
  const view = new DataView(new ArrayBuffer(44 + 4 * parts.length + 16 * count))
  view.setInt32(0, SHAPE_TYPES[kind], true)
  boundsOf(g).forEach((v, i) => view.setFloat64(4 + i * 8, v, true))
  view.setInt32(36, parts.length, true)
  view.setInt32(40, count, true)
  let index = 0
  parts.forEach((p, i) => {
    view.setInt32(44 + i * 4, index, true)
    index += p.length
  })
  let pos = 44 + 4 * parts.length
  for (const p of parts.flat()) {
    view.setFloat64(pos, p[0]!, true)
    view.setFloat64(pos + 8, p[1]!, true)
    pos += 16
  }
  return new Uint8Array(view.buffer)
}

function header(view: DataView, fileBytes: number, shapeType: number, bounds: number[]) {
  view.setInt32(0, 9994, false)
  view.setInt32(24, fileBytes / 2, false)
  view.setInt32(28, 1000, true)
  view.setInt32(32, shapeType, true)
  bounds.forEach((v, i) => view.setFloat64(36 + i * 8, v, true))
}

function shpAndShx(kind: Kind, features: readonly ExportFeature[]) {
  const contents = features.map((f) => recordContent(kind, f.geometry))
  const shpBytes = 100 + contents.reduce((n, c) => n + 8 + c.length, 0)
  const shp = new Uint8Array(shpBytes)
  const shx = new Uint8Array(100 + 8 * contents.length)
  const shpView = new DataView(shp.buffer)
  const shxView = new DataView(shx.buffer)
  const withGeometry = features.filter((f) => f.geometry).map((f) => boundsOf(f.geometry!))
  const bounds = withGeometry.length
    ? [Math.min(...withGeometry.map((b) => b[0])), Math.min(...withGeometry.map((b) => b[1])), Math.max(...withGeometry.map((b) => b[2])), Math.max(...withGeometry.map((b) => b[3]))]
    : [0, 0, 0, 0]
  header(shpView, shpBytes, SHAPE_TYPES[kind], bounds)
  header(shxView, shx.length, SHAPE_TYPES[kind], bounds)
  let pos = 100
  contents.forEach((c, i) => {
    shpView.setInt32(pos, i + 1, false)
    shpView.setInt32(pos + 4, c.length / 2, false)
    shp.set(c, pos + 8)
    shxView.setInt32(100 + i * 8, pos / 2, false)
    shxView.setInt32(104 + i * 8, c.length / 2, false)
    pos += 8 + c.length
  })
  return { shp, shx }
}

const encoder = new TextEncoder()

/** A value as dBase text (before padding). */
function dbfText(field: ExportField, v: unknown): string {
  if (v === null || v === undefined) return ''
  if (field.type === 'boolean') return v ? 'T' : 'F'
  if (field.type === 'date') return String(v).slice(0, 10).replaceAll('-', '')
  if (field.type === 'string[]') return Array.isArray(v) ? v.join('; ') : String(v)
  return String(v)
}

/** Cuts UTF-8 bytes to at most `max` without splitting a character. */
function utf8Cut(text: string, max: number): Uint8Array {
  let bytes = encoder.encode(text)
  if (bytes.length <= max) return bytes
  let end = max
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  bytes = bytes.slice(0, end)
  return bytes
}

function dbf(fields: readonly ExportField[], names: readonly string[], features: readonly ExportFeature[]): Uint8Array {
  const texts = features.map((f) => fields.map((field) => dbfText(field, f.properties[field.key])))
  const specs = fields.map((field, i) => {
    const column = texts.map((t) => t[i]!)
    if (field.type === 'boolean') return { type: 'L', width: 1, decimals: 0 }
    if (field.type === 'date') return { type: 'D', width: 8, decimals: 0 }
    if (field.type === 'integer') return { type: 'N', width: Math.max(1, ...column.map((c) => c.length)), decimals: 0 }
    if (field.type === 'number') {
      const decimals = Math.min(10, Math.max(1, ...column.map((c) => c.split('.')[1]?.length ?? 0)))
      const width = Math.max(...column.map((c) => (c === '' ? 0 : c.split('.')[0]!.length + 1 + decimals)), decimals + 2)
      return { type: 'N', width: Math.min(width, 20), decimals }
    }
    return { type: 'C', width: Math.min(254, Math.max(1, ...column.map((c) => encoder.encode(c).length))), decimals: 0 }
  })
  const recordBytes = 1 + specs.reduce((n, s) => n + s.width, 0)
  const headerBytes = 32 + 32 * fields.length + 1
  const out = new Uint8Array(headerBytes + recordBytes * features.length + 1)
  const view = new DataView(out.buffer)
  const now = new Date()
  out[0] = 0x03
  out.set([now.getUTCFullYear() - 1900, now.getUTCMonth() + 1, now.getUTCDate()], 1)
  view.setUint32(4, features.length, true)
  view.setUint16(8, headerBytes, true)
  view.setUint16(10, recordBytes, true)
  specs.forEach((s, i) => {
    const at = 32 + i * 32
    out.set(encoder.encode(names[i]!), at)
    out[at + 11] = s.type.charCodeAt(0)
    out[at + 16] = s.width
    out[at + 17] = s.decimals
  })
  out[headerBytes - 1] = 0x0d
  let pos = headerBytes
  for (const row of texts) {
    out[pos++] = 0x20
    row.forEach((text, i) => {
      const { type, width, decimals } = specs[i]!
      const value = type === 'N' && text !== '' ? Number(text).toFixed(decimals) : text
      const bytes = utf8Cut(value, width)
      out.fill(0x20, pos, pos + width)
      out.set(bytes, type === 'N' ? pos + width - bytes.length : pos)
      pos += width
    })
  }
  out[pos] = 0x1a
  return out
}

/** The Shapefiles of a layer and its field list (short name → key and German label). */
export function writeShapefiles(layer: ExportLayer): { files: ShapefileFiles; fieldNames: string[] } {
  const names = shortFieldNames(layer.fields.map((f) => f.key))
  const byKind = new Map<Kind, ExportFeature[]>()
  const fixed: Kind | null = layer.geometryType === 'Geometry' ? null : kindOf({ type: layer.geometryType, coordinates: [] } as Geometry)
  const kinds = layer.features.map((f) => fixed ?? (f.geometry && kindOf(f.geometry)))
  const first = fixed ?? kinds.find((k) => k) ?? 'point'
  layer.features.forEach((f, i) => {
    const kind = kinds[i] ?? first
    const list = byKind.get(kind) ?? []
    list.push(f)
    byKind.set(kind, list)
  })
  if (byKind.size === 0) byKind.set(first, [])
  const files: ShapefileFiles = {}
  for (const [kind, features] of byKind) {
    const base = byKind.size === 1 ? layer.name : `${layer.name}_${kind}`
    files[base] = { ...shpAndShx(kind, features), dbf: dbf(layer.fields, names, features), prj: ESRI_WKT[layer.crs], cpg: 'UTF-8' }
  }
  return { files, fieldNames: names }
}
