import { drawnFromTiles, type LayerDef, type LayerId } from '@regiopol/geodata'
import type { LayerSpecification } from 'maplibre-gl'
import type { BuildState } from './common.ts'
import { pointLayers } from './points.ts'
import { polygonLayers } from './polygons.ts'
import { populationGridLayers } from './population-grid.ts'
import { railLineLayers } from './rail-lines.ts'
import { railStopLayers } from './rail-stops.ts'

export type { BuildState } from './common.ts'

/**
 * The MapLibre layers that draw one catalogue layer, bottom first; large layers are drawn
 * from the API's vector tiles (their `sourceLayer`), the others from GeoJSON.
 */
export function buildLayers(def: LayerDef, state: BuildState): LayerSpecification[] {
  const specs = geometryLayers(def, state)
  return drawnFromTiles(def) ? specs.map((s) => ({ ...s, 'source-layer': def.sourceLayer }) as LayerSpecification) : specs
}

function geometryLayers(def: LayerDef, state: BuildState): LayerSpecification[] {
  switch (def.id) {
    case 'population_grid':
      return populationGridLayers(def, state)
    case 'rail_lines':
      return railLineLayers(def, state)
    case 'rail_stops':
      return railStopLayers(def, state)
    case 'projects':
      // Projects are points, areas or nothing: draw each geometry kind with its builder.
      return [
        ...polygonLayers(def, state, { onlyPolygons: true }).map((l) => (l.id.endsWith('-selected') ? { ...l, id: `${l.id}-area` } : l)),
        ...pointLayers(def, state, { onlyPoints: true }),
      ]
    default:
      return def.geometryType === 'Point' ? pointLayers(def, state) : polygonLayers(def, state)
  }
}

const QUERYABLE_TYPES = new Set(['fill', 'line', 'circle'])

/** Ids of the layers a click or hover may hit (not labels, not the selection outline). */
export function interactiveLayerIds(def: LayerDef): string[] {
  return buildLayers(def, { visible: true, opacity: 1 })
    .filter((l) => QUERYABLE_TYPES.has(l.type) && !l.id.includes('-selected'))
    .map((l) => l.id)
}

/** Which catalogue layer a MapLibre layer id belongs to (`health_facilities-circle` → health_facilities). */
export function catalogueLayerOf(styleLayerId: string, ids: readonly LayerId[]): LayerId | undefined {
  return ids.find((id) => styleLayerId.startsWith(`${id}-`))
}
