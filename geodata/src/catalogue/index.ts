import { compensationAreas } from './layers/compensation-areas.ts'
import { developmentLand } from './layers/development-land.ts'
import { districts } from './layers/districts.ts'
import { exchangePosts } from './layers/exchange-posts.ts'
import { healthFacilities } from './layers/health-facilities.ts'
import { municipalities } from './layers/municipalities.ts'
import { populationGrid } from './layers/population-grid.ts'
import { projectAreas, projectPoints, projects } from './layers/projects.ts'
import { railLines } from './layers/rail-lines.ts'
import { railStops } from './layers/rail-stops.ts'
import type { LayerDef, LayerId } from './types.ts'

/** Every layer, in drawing order (bottom first). */
export const layers: readonly LayerDef[] = [
  districts,
  municipalities,
  populationGrid,
  developmentLand,
  compensationAreas,
  railLines,
  railStops,
  healthFacilities,
  projects,
  exchangePosts,
]

const byId = new Map<string, LayerDef>(layers.map((l) => [l.id, l]))

/**
 * What the OGC API serves: every layer, plus collections for GIS clients that need one
 * geometry type per collection. Those with `unlisted` are reachable but not listed.
 */
export const ogcCollections: readonly LayerDef[] = [...layers, projectPoints, projectAreas]

const collectionById = new Map<string, LayerDef>(ogcCollections.map((l) => [l.id, l]))

/** An OGC API collection by id, or undefined. */
export function findCollection(id: string): LayerDef | undefined {
  return collectionById.get(id)
}

export function isLayerId(id: string): id is LayerId {
  return byId.has(id)
}

/** The layer with this id, or undefined: ids come from URLs and must be checked. */
export function findLayer(id: string): LayerDef | undefined {
  return byId.get(id)
}

export function getLayer(id: LayerId): LayerDef {
  const layer = byId.get(id)
  if (!layer) throw new Error(`unknown layer ${id}`)
  return layer
}

export * from './types.ts'
export * from './enums.ts'
export * from './exchange-enums.ts'
export * from './compensation-rules.ts'
export { attributions } from './attributions.ts'

export * from './tiles.ts'
