import type { LayerDef } from '@regiopol/geodata'
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl'

/** Everything a layer builder needs besides the catalogue entry: current UI state only. */
export interface BuildState {
  visible: boolean
  /** 0…1, from the layer tree's slider. */
  opacity: number
  /** The attribute filter as a MapLibre expression (filters/filter-model.ts). */
  filter?: FilterSpecification | undefined
  /** Id (the promoted `__id`) of the selected feature in this layer, if any. */
  selectedId?: string | null | undefined
}

/** Property every source promotes to the feature id (feature state, selection, URLs). */
export const ID_PROPERTY = '__id'
export const FONT_REGULAR = ['Noto Sans Regular']
export const FONT_BOLD = ['Noto Sans Bold']
export const HALO = '#ffffff'

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

export function visibility(visible: boolean): 'visible' | 'none' {
  return visible ? 'visible' : 'none'
}

/** Colour by the enum named in `style.colorBy` (catalogue colours), else the layer colour. */
export function colorExpression(layer: LayerDef): DataDrivenPropertyValueSpecification<string> {
  const key = layer.style.colorBy
  const options = layer.properties.find((p) => p.key === key)?.options?.filter((o) => o.color)
  if (!key || !options?.length) return layer.style.color
  return matchValues(key, options.map((o) => [o.value, o.color!]), layer.style.color)
}

/** ['match', ['get', key], v1, out1, …, fallback]; typed loosely because the spec's tuple type cannot express a spread. */
export function matchValues(key: string, pairs: [string, string][], fallback: string): ExpressionSpecification {
  return ['match', ['get', key], ...pairs.flat(), fallback] as unknown as ExpressionSpecification
}

/** Dash patterns for the values of `style.dashBy`, in option order: solid first, then ever sparser. */
export const DASHES: number[][] = [[1, 0], [4, 2], [2, 2], [1, 2], [6, 2, 1, 2], [3, 1, 1, 1]]

export function dashOptions(layer: LayerDef) {
  const key = layer.style.dashBy
  const options = layer.properties.find((p) => p.key === key)?.options ?? []
  return key ? options.map((o, i) => ({ key, option: o, dash: DASHES[i % DASHES.length]! })) : []
}

/** Combines the attribute filter with a builder's own condition. */
export function withFilter(own: FilterSpecification | undefined, state: BuildState): FilterSpecification | undefined {
  if (own && state.filter) return ['all', own, state.filter] as FilterSpecification
  return own ?? state.filter
}

/** Sets `filter` only when there is one (MapLibre rejects `filter: undefined` in some paths). */
export function layer<T extends LayerSpecification>(spec: T, filter: FilterSpecification | undefined): T {
  return filter ? { ...spec, filter } : spec
}

/** Black or white text, whichever contrasts more with a #rrggbb background (WCAG relative luminance). */
export function contrastText(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff'
}

/** Mixes a #rrggbb colour with white; t = 1 is the colour itself. */
export function tint(hex: string, t: number): string {
  const mix = (i: number) => Math.round(255 + (parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) - 255) * t)
  return `#${[0, 1, 2].map((i) => mix(i).toString(16).padStart(2, '0')).join('')}`
}

/**
 * Selection outline: drawn on top of everything of the layer, only for the selected feature
 * (GeoJSON features carry `__id`; tile features have the id as their feature id).
 */
export function selectionFilter(state: BuildState): FilterSpecification {
  return ['==', ['to-string', ['coalesce', ['get', ID_PROPERTY], ['id']]], state.selectedId ?? '']
}
