/**
 * Turns the viewer's loaded layers into the worker's inputs, and small pure
 * helpers over the results.
 *
 * @example
 * const data = analysisDataFrom({ health_facilities, rail_stops, development_land, population_grid, municipalities })
 * data.region // one MultiPolygon of all 29 municipalities (the region outline)
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson'
import type { AnalysisData } from '@regiopol/analysis'

type FC = FeatureCollection<Geometry | null>

export const ANALYSIS_LAYERS = ['health_facilities', 'rail_stops', 'development_land', 'population_grid', 'municipalities'] as const
export type AnalysisLayer = (typeof ANALYSIS_LAYERS)[number]

/**
 * The region outline as the municipalities' polygons side by side. The grid's
 * even-odd scanline counts a shared border twice, so neighbours join seamlessly
 * without a (slow) polygon union.
 */
export function regionOf(municipalities: FC): MultiPolygon {
  const coordinates: Position[][][] = []
  for (const f of municipalities.features) {
    if (f.geometry?.type === 'Polygon') coordinates.push(f.geometry.coordinates)
    else if (f.geometry?.type === 'MultiPolygon') coordinates.push(...f.geometry.coordinates)
  }
  return { type: 'MultiPolygon', coordinates }
}

/**
 * Facilities keep the API's feature id as their analysis id (the worker would otherwise
 * prefer `standort_id`), so scenario ids match the map's `health_facilities` features and URLs.
 */
function withApiIds(fc: FC): FC {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature<Geometry | null> => ({ ...f, properties: { ...f.properties, id: String(f.id) } })),
  }
}

export function analysisDataFrom(layers: Record<AnalysisLayer, FC>): AnalysisData {
  return {
    facilities: withApiIds(layers.health_facilities),
    stops: layers.rail_stops,
    sites: layers.development_land,
    population: layers.population_grid,
    municipalities: layers.municipalities,
    region: regionOf(layers.municipalities),
  }
}

export function municipalityNamesOf(municipalities: FC): Record<string, string> {
  return Object.fromEntries(municipalities.features.map((f) => [String(f.properties?.ags), String(f.properties?.name ?? f.properties?.ags)]))
}

/** The same cells with new minutes (a scenario changes times, never geometry). */
export function withMinutes(cells: FeatureCollection<Polygon>, minutes: ArrayLike<number>): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: cells.features.map((f, i) => {
      const m = minutes[i]!
      return { ...f, properties: { ...f.properties, minutes: Number.isFinite(m) ? Math.round(m * 10) / 10 : null } }
    }),
  }
}

/** Facilities as points for the what-if layer: state = active | off | hypothetical. */
export function facilityPoints(facilities: { id: string; name: string; lon: number; lat: number; active: boolean; hypothetical: boolean }[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: facilities
      .filter((f) => !f.hypothetical || f.active)
      .map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
        properties: { id: f.id, name: f.name, state: f.hypothetical ? 'hypothetical' : f.active ? 'active' : 'off' },
      })),
  }
}
