import { filterKind, type LayerDef, type PropertyDef } from '@regiopol/geodata'
import type { FilterSpecification } from 'maplibre-gl'

/*
 * Attribute filters, built from the catalogue: enum properties (and string lists with
 * options) filter by a set of values, numbers with a unit by a range. The same filter
 * becomes a MapLibre expression (what the map draws) and a JS predicate (counts, table);
 * filter-model.test.ts checks both agree, using MapLibre's own expression evaluator.
 */

export interface ValuesCondition {
  kind: 'values'
  values: string[]
}

export interface RangeCondition {
  kind: 'range'
  min?: number | undefined
  max?: number | undefined
}

export type Condition = ValuesCondition | RangeCondition

/** Conditions of one layer by property key; an absent key is no condition. */
export type LayerFilter = Record<string, Condition>

export type FilterableProperty = PropertyDef & { filterKind: Condition['kind'] }

/** Which properties of a layer the filter panel offers, in catalogue order. */
export function filterableProperties(layer: LayerDef): FilterableProperty[] {
  // The same rule decides which properties go into vector tiles (geodata's tileProperties).
  return layer.properties.flatMap((p) => {
    const kind = filterKind(p)
    return kind ? [{ ...p, filterKind: kind }] : []
  })
}

/** Drops conditions that select nothing special (empty value lists, open ranges). */
export function isActive(c: Condition): boolean {
  return c.kind === 'values' ? c.values.length > 0 : c.min !== undefined || c.max !== undefined
}

export function activeConditions(filter: LayerFilter | undefined): [string, Condition][] {
  return Object.entries(filter ?? {}).filter(([, c]) => isActive(c))
}

function conditionExpression(layer: LayerDef, key: string, c: Condition): FilterSpecification {
  const property = layer.properties.find((p) => p.key === key)
  const get = ['get', key]
  if (c.kind === 'values') {
    if (property?.type === 'string[]') {
      // Any listed value appears in the feature's array.
      return ['any', ...c.values.map((v) => ['in', v, ['coalesce', get, ['literal', []]]])] as FilterSpecification
    }
    return ['in', ['to-string', get], ['literal', c.values]] as FilterSpecification
  }
  const parts: unknown[] = []
  if (c.min !== undefined) parts.push(['>=', get, c.min])
  if (c.max !== undefined) parts.push(['<=', get, c.max])
  // Features without a value never match a range.
  return ['case', ['==', ['typeof', get], 'number'], ['all', ...parts], false] as FilterSpecification
}

/** The MapLibre filter for a layer's conditions, or undefined when none is active. */
export function filterExpression(layer: LayerDef, filter: LayerFilter | undefined): FilterSpecification | undefined {
  const active = activeConditions(filter)
  if (active.length === 0) return undefined
  return ['all', ...active.map(([key, c]) => conditionExpression(layer, key, c))] as FilterSpecification
}

function conditionMatches(value: unknown, c: Condition): boolean {
  if (c.kind === 'values') {
    if (Array.isArray(value)) return value.some((v) => c.values.includes(String(v)))
    return value !== null && value !== undefined && c.values.includes(String(value))
  }
  if (typeof value !== 'number') return false
  return (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max)
}

/** The JS twin of filterExpression, for counts and the table. */
export function matchesFilter(properties: Record<string, unknown> | null, filter: LayerFilter | undefined): boolean {
  return activeConditions(filter).every(([key, c]) => conditionMatches(properties?.[key], c))
}

export function countMatching(features: readonly { properties: Record<string, unknown> | null }[], filter: LayerFilter | undefined): number {
  if (activeConditions(filter).length === 0) return features.length
  return features.reduce((n, f) => n + (matchesFilter(f.properties, filter) ? 1 : 0), 0)
}
