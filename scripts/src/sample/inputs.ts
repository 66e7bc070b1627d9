/** Reads the real input layers (municipalities, rail stops) that the sample records are placed on. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bbox, edges, toXY, type BBox, type Pos, type Ring } from './geo.ts'

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..')

export interface Municipality {
  ags: string
  name: string
  district: string
  /** Exterior ring then holes, lon/lat, without the closing vertex. */
  rings: Ring[]
  /** The same rings in the metre grid. */
  xy: Ring[]
  box: BBox
  edges: [Pos, Pos][]
}

export interface RailStop {
  name: string
  ags: string
  pos: Pos
  xy: Pos
}

interface Feature {
  geometry: { type: string; coordinates: unknown }
  properties: Record<string, unknown>
}

function readFeatures(relPath: string): Feature[] {
  const fc = JSON.parse(readFileSync(resolve(REPO_ROOT, relPath), 'utf8')) as { features: Feature[] }
  return fc.features
}

const open = (ring: Ring): Ring => {
  const first = ring[0]
  const last = ring[ring.length - 1]
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring
}

export function loadMunicipalities(): Municipality[] {
  return readFeatures('geodata/data/municipalities.geojson')
    .map((f) => {
      if (f.geometry.type !== 'Polygon') throw new Error(`unexpected geometry ${f.geometry.type}`)
      const rings = (f.geometry.coordinates as Ring[]).map(open)
      const xy = rings.map((r) => r.map(toXY))
      return {
        ags: String(f.properties.ags),
        name: String(f.properties.name),
        district: String(f.properties.district),
        rings,
        xy,
        box: bbox(xy[0] as Ring),
        edges: xy.flatMap(edges),
      }
    })
    .sort((a, b) => a.ags.localeCompare(b.ags))
}

/** Rail stops inside the region (`in_region: true`). */
export function loadRailStops(): RailStop[] {
  return readFeatures('geodata/data/rail_stops.geojson')
    .filter((f) => f.properties.in_region === true)
    .map((f) => {
      const pos = f.geometry.coordinates as Pos
      return { name: String(f.properties.name), ags: String(f.properties.municipality_ags), pos, xy: toXY(pos) }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** Town centres (GeoNames populated places inside the region), keyed by municipality AGS. */
export function loadTownCentres(): Map<string, Pos> {
  const out = new Map<string, Pos>()
  for (const f of readFeatures('geodata/data/places_geonames.geojson')) {
    if (f.properties.in_region !== true) continue
    const ags = String(f.properties.municipality_ags)
    if (!out.has(ags)) out.set(ags, f.geometry.coordinates as Pos)
  }
  return out
}
