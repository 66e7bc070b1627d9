import type { LayerDef } from '@regiopol/geodata'
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl'
import { colorExpression, dashOptions, FONT_BOLD, HALO, hovered, layer, selectionFilter, visibility, withFilter, type BuildState } from './common.ts'

/** Below this zoom thematic areas also get a dot (MapLibre draws a circle layer at the vertices, which merge into one). */
export const DOT_MAXZOOM = 11

const polygonOnly: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]

/**
 * Thematic polygons: a fill coloured by `colorBy`, an outline per `dashBy` value with
 * its own dash pattern (status readable without colour), a name label, a selection outline.
 * Boundary layers (no colorBy) get an almost transparent fill so that they stay clickable.
 */
export function polygonLayers(def: LayerDef, state: BuildState, options: { onlyPolygons?: boolean } = {}): LayerSpecification[] {
  const id = def.id
  const color = colorExpression(def)
  const thematic = def.style.colorBy !== undefined
  const layout = { visibility: visibility(state.visible) }
  const own = options.onlyPolygons ? polygonOnly : undefined
  const minzoom = def.style.minzoom ?? 0
  const specs: LayerSpecification[] = [
    layer(
      {
        id: `${id}-fill`,
        type: 'fill',
        source: id,
        minzoom,
        layout,
        paint: {
          'fill-color': color,
          'fill-opacity': ['case', hovered, (thematic ? 0.75 : 0.2) * state.opacity, (thematic ? 0.5 : 0.04) * state.opacity],
        },
      },
      withFilter(own, state),
    ),
  ]
  if (thematic) {
    // At small scales (a print of the whole region, 1 : 700.000) most areas are under a pixel:
    // a dot of the area's colour keeps them visible until the fill takes over.
    specs.push(
      layer(
        {
          id: `${id}-dot`,
          type: 'circle',
          source: id,
          maxzoom: DOT_MAXZOOM,
          layout,
          paint: {
            'circle-color': color,
            'circle-radius': 3,
            'circle-opacity': ['interpolate', ['linear'], ['zoom'], DOT_MAXZOOM - 1, state.opacity, DOT_MAXZOOM, 0],
          },
        },
        withFilter(own ?? polygonOnly, state),
      ),
    )
  }
  const dashes = dashOptions(def)
  const width = thematic ? 1.5 : id === 'districts' ? 2.5 : 1.5
  const outlineColor = thematic ? color : def.style.color
  const outlinePaint = {
    'line-color': outlineColor,
    'line-width': ['case', hovered, width + 1.5, width] as never,
    'line-opacity': state.opacity,
  }
  if (dashes.length === 0) {
    specs.push(layer({ id: `${id}-outline`, type: 'line', source: id, minzoom, layout, paint: outlinePaint }, withFilter(own, state)))
  } else {
    for (const { key, option, dash } of dashes) {
      const byValue: FilterSpecification = ['==', ['get', key], option.value]
      specs.push(
        layer(
          { id: `${id}-outline-${option.value}`, type: 'line', source: id, minzoom, layout, paint: { ...outlinePaint, 'line-dasharray': dash } },
          withFilter(own ? (['all', own, byValue] as FilterSpecification) : byValue, state),
        ),
      )
    }
  }
  if (def.style.labelBy) {
    specs.push(
      layer(
        {
          id: `${id}-label`,
          type: 'symbol',
          source: id,
          minzoom: id === 'districts' ? 0 : 7,
          ...(id === 'districts' && { maxzoom: 9 }),
          layout: {
            visibility: layout.visibility,
            'text-field': ['get', def.style.labelBy],
            'text-font': FONT_BOLD,
            'text-size': id === 'districts' ? 14 : ['interpolate', ['linear'], ['zoom'], 8, 11, 12, 15],
            'text-max-width': 8,
            'text-padding': 4,
          },
          paint: { 'text-color': def.style.color === '#555555' ? '#444444' : '#1f3f66', 'text-halo-color': HALO, 'text-halo-width': 1.6 },
        },
        withFilter(own, state),
      ),
    )
  }
  specs.push({
    id: `${id}-selected`,
    type: 'line',
    source: id,
    layout,
    filter: selectionFilter(state),
    paint: { 'line-color': '#111111', 'line-width': 4 },
  })
  return specs
}
