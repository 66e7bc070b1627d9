import type { LayerDef } from '@regiopol/geodata'
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl'
import { colorExpression, contrastText, matchValues, FONT_BOLD, FONT_REGULAR, HALO, hovered, layer, visibility, withFilter, type BuildState } from './common.ts'

const pointOnly: FilterSpecification = ['==', ['geometry-type'], 'Point']

/**
 * Circles grow with zoom instead of crowding: small at region scale, readable in town.
 * MapLibre allows the zoom interpolation only at the top, so size factors and the hover
 * bonus go inside each stop.
 */
export function radius(base: number, hoverBonus = 0, factor: ExpressionSpecification | number = 1): ExpressionSpecification {
  const at = (r: number): ExpressionSpecification | number => {
    const sized: ExpressionSpecification | number = factor === 1 ? r : ['*', factor, r]
    return hoverBonus ? ['case', hovered, ['+', sized, hoverBonus], sized] : sized
  }
  return ['interpolate', ['linear'], ['zoom'], 8, at(base), 12, at(base * 1.6), 15, at(base * 2.4)] as ExpressionSpecification
}

/**
 * Points coloured by `colorBy`. Each colour also carries the option's initial letter
 * (K = Krankenhaus, T = Tagesklinik …) from zoom 10 on, so type is not told by colour alone.
 */
export function pointLayers(def: LayerDef, state: BuildState, options: { onlyPoints?: boolean } = {}): LayerSpecification[] {
  const id = def.id
  const layout = { visibility: visibility(state.visible) }
  const own = options.onlyPoints ? pointOnly : undefined
  const filter = withFilter(own, state)
  const specs: LayerSpecification[] = [
    layer(
      {
        id: `${id}-circle`,
        type: 'circle',
        source: id,
        layout,
        paint: {
          'circle-color': colorExpression(def),
          'circle-radius': radius(4.5, 2),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      filter,
    ),
  ]
  const colorOptions = def.properties.find((p) => p.key === def.style.colorBy)?.options?.filter((o) => o.color) ?? []
  if (colorOptions.length > 0) {
    specs.push(
      layer(
        {
          id: `${id}-initial`,
          type: 'symbol',
          source: id,
          minzoom: 10,
          layout: {
            ...layout,
            'text-field': matchValues(def.style.colorBy!, colorOptions.map((o) => [o.value, o.label.de.slice(0, 1)]), ''),
            'text-font': FONT_BOLD,
            'text-size': ['interpolate', ['linear'], ['zoom'], 10, 8, 15, 14],
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: {
            'text-color': matchValues(def.style.colorBy!, colorOptions.map((o) => [o.value, contrastText(o.color!)]), '#000000'),
            'text-opacity': state.opacity,
          },
        },
        filter,
      ),
    )
  }
  if (def.style.labelBy) specs.push(pointLabel(def, state, filter, 12))
  specs.push(selectedPoint(def, state))
  return specs
}

export function pointLabel(def: LayerDef, state: BuildState, filter: FilterSpecification | undefined, minzoom: number): LayerSpecification {
  return layer(
    {
      id: `${def.id}-label`,
      type: 'symbol',
      source: def.id,
      minzoom,
      layout: {
        visibility: visibility(state.visible),
        'text-field': ['get', def.style.labelBy!],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': '#222222', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    filter,
  )
}

export function selectedPoint(def: LayerDef, state: BuildState): LayerSpecification {
  return {
    id: `${def.id}-selected`,
    type: 'circle',
    source: def.id,
    layout: { visibility: visibility(state.visible) },
    filter: ['all', ['==', ['geometry-type'], 'Point'], ['==', ['get', '__id'], state.selectedId ?? '']],
    paint: { 'circle-radius': radius(9), 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 3 },
  }
}
