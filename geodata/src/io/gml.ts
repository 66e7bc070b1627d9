import type { Geometry, Position } from 'geojson'
import { crsOfEpsg } from './crs.ts'
import type { Crs } from './types.ts'

/*
 * GML 3.2 surfaces as XPlanGML uses them: gml:Polygon, gml:Surface with PolygonPatch,
 * gml:MultiSurface and gml:MultiPolygon, with posList or pos coordinates. Input is the
 * object fast-xml-parser makes with namespace prefixes removed and attributes as "@_…".
 */

type Node = Record<string, unknown>

export const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

export function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'object') return text((v as Node)['#text'])
  return String(v).trim()
}

/** EPSG code of a srsName ("EPSG:25832", "urn:ogc:def:crs:EPSG::25832", "http://www.opengis.net/def/crs/EPSG/0/25832"). */
export function crsOfSrsName(name: string | undefined): { crs: Crs; latFirst: boolean } | null {
  if (!name) return null
  const code = /EPSG(?::+|\/\d+\/)(\d+)$/i.exec(name.trim())?.[1]
  if (!code) return { crs: { kind: 'unsupported', label: name }, latFirst: false }
  const epsg = Number(code)
  // URN and http forms follow EPSG's axis order: latitude first for geographic systems.
  return { crs: crsOfEpsg(epsg), latFirst: (epsg === 4326 || epsg === 4258) && !/^EPSG:/i.test(name.trim()) }
}

function positions(ring: Node, latFirst: boolean): Position[] {
  const list = ring['posList']
  const dimension = Number((list as Node | undefined)?.['@_srsDimension'] ?? 2) || 2
  const numbers = list !== undefined ? (text(list) ?? '').split(/\s+/).filter(Boolean).map(Number) : asArray(ring['pos']).flatMap((p) => (text(p) ?? '').split(/\s+/).filter(Boolean).map(Number).slice(0, 2))
  const step = list !== undefined ? dimension : 2
  const out: Position[] = []
  for (let i = 0; i + 1 < numbers.length; i += step) out.push(latFirst ? [numbers[i + 1]!, numbers[i]!] : [numbers[i]!, numbers[i + 1]!])
  return out
}

function ringOf(boundary: unknown, latFirst: boolean): Position[] {
  const ring = (boundary as Node | undefined)?.['LinearRing'] as Node | undefined
  return ring ? positions(ring, latFirst) : []
}

function polygonOf(polygon: Node, latFirst: boolean): Position[][] {
  return [ringOf(polygon['exterior'], latFirst), ...asArray(polygon['interior']).map((r) => ringOf(r, latFirst))]
}

/** The polygons of a GML surface element (its name and node). */
function polygonsOf(name: string, node: Node, latFirst: boolean): Position[][][] {
  if (name === 'Polygon') return [polygonOf(node, latFirst)]
  if (name === 'Surface') return asArray((node['patches'] as Node | undefined)?.['PolygonPatch'] as Node | Node[]).map((p) => polygonOf(p, latFirst))
  const members = [...asArray(node['surfaceMember']), ...asArray(node['polygonMember']), ...asArray(node['surfaceMembers'])] as Node[]
  return members.flatMap((m) => Object.entries(m).flatMap(([k, v]) => (k.startsWith('@_') ? [] : asArray(v as Node | Node[]).flatMap((x) => polygonsOf(k, x, latFirst)))))
}

/** The geometry inside a property element (e.g. xplan:position), with its CRS; null when there is none. */
export function surfaceOf(property: unknown, fallback: { crs: Crs; latFirst: boolean } | null): { geometry: Geometry | null; crs: Crs | null } {
  if (!property || typeof property !== 'object') return { geometry: null, crs: fallback?.crs ?? null }
  for (const [name, value] of Object.entries(property as Node)) {
    if (!['Polygon', 'Surface', 'MultiSurface', 'MultiPolygon'].includes(name)) continue
    const node = value as Node
    const srs = crsOfSrsName(node['@_srsName'] as string | undefined) ?? fallback
    const polygons = polygonsOf(name, node, srs?.latFirst ?? false)
    const geometry: Geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons }
    return { geometry, crs: srs?.crs ?? null }
  }
  return { geometry: null, crs: fallback?.crs ?? null }
}
