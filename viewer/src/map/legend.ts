import type { LayerDef } from '@regiopol/geodata'
import type { LayerSpecification } from 'maplibre-gl'
import { formatNumber, pick, type Language } from '../i18n/index.ts'

/*
 * The legend is read from the MapLibre layers the builders produce, never drawn by
 * hand: a `match` on a property becomes one entry per value (labels from the
 * catalogue), a `step` becomes classes, a dashed outline filtered by a value becomes a
 * line entry with that dash. Change a builder and the legend follows.
 */

export interface Swatch {
  shape: 'area' | 'outline' | 'line' | 'circle' | 'ring'
  color: string
  stroke?: string
  dash?: number[]
  /** Letter drawn inside a circle (type initials). */
  letter?: string
}

export interface LegendEntry {
  label: string
  swatch: Swatch
  /** The property value the entry stands for (enum classes), so a filter can drop it. */
  value?: string
}

export interface LegendGroup {
  /** Catalogue property the entries explain (undefined: the layer as a whole). */
  property?: string
  title?: string
  entries: LegendEntry[]
}

type Paint = Record<string, unknown>
const paintOf = (l: LayerSpecification): Paint => ('paint' in l && l.paint ? (l.paint as Paint) : {})
const layoutOf = (l: LayerSpecification): Paint => ('layout' in l && l.layout ? (l.layout as Paint) : {})
const filterOf = (l: LayerSpecification): unknown => ('filter' in l ? l.filter : undefined)

function matchPairs(expr: unknown): { key: string; pairs: [string, string][] } | undefined {
  if (!Array.isArray(expr) || expr[0] !== 'match') return undefined
  const input = expr[1]
  if (!Array.isArray(input) || input[0] !== 'get') return undefined
  const pairs: [string, string][] = []
  for (let i = 2; i + 1 < expr.length; i += 2) pairs.push([String(expr[i]), String(expr[i + 1])])
  return { key: String(input[1]), pairs }
}

function optionLabel(def: LayerDef, key: string, value: string, language: Language): string {
  const option = def.properties.find((p) => p.key === key)?.options?.find((o) => o.value === value)
  return option ? pick(option.label, language) : value
}

function propertyTitle(def: LayerDef, key: string, language: Language): string | undefined {
  const p = def.properties.find((q) => q.key === key)
  return p ? pick(p.label, language) : undefined
}

function stepClasses(expr: unknown[], language: Language, unit: string): { label: string; color: string }[] {
  const out: { label: string; color: string }[] = []
  const breaks: number[] = []
  const colors: string[] = [String(expr[2])]
  for (let i = 3; i + 1 < expr.length; i += 2) {
    breaks.push(Number(expr[i]))
    colors.push(String(expr[i + 1]))
  }
  colors.forEach((color, i) => {
    const from = i === 0 ? undefined : breaks[i - 1]
    const to = breaks[i]
    const n = (v: number) => formatNumber(v, language)
    const label = from === undefined ? `< ${n(to!)}` : to === undefined ? `≥ ${n(from)}` : `${n(from)} – < ${n(to)}`
    out.push({ label: unit ? `${label} ${unit}` : label, color })
  })
  return out
}

/** Legend groups for one catalogue layer from the layers built for it. */
export function legendFor(def: LayerDef, specs: readonly LayerSpecification[], language: Language): LegendGroup[] {
  const title = pick(def.title, language)
  const groups: LegendGroup[] = []
  // An area layer's small-scale dots (polygons.ts) are not its symbol: the fill is.
  const main = specs.find((l) => l.type === 'circle' && !l.id.includes('selected') && !l.id.endsWith('-dot')) ?? specs.find((l) => l.type === 'fill') ?? specs.find((l) => l.type === 'line' && !l.id.includes('selected'))
  if (!main) return groups
  const paint = paintOf(main)
  const colorProp = main.type === 'circle' ? 'circle-color' : main.type === 'fill' ? 'fill-color' : 'line-color'
  const color = paint[colorProp]
  const letters = matchPairs(layoutOf(specs.find((l) => l.id.endsWith('-initial')) ?? main)['text-field'])
  const shape: Swatch['shape'] = main.type === 'circle' ? (color === '#ffffff' ? 'ring' : 'circle') : main.type === 'fill' ? 'area' : 'line'
  const match = matchPairs(color)
  if (match) {
    groups.push({
      property: match.key,
      title: propertyTitle(def, match.key, language),
      entries: match.pairs.map(([value, c]) => {
        const letter = letters?.pairs.find(([v]) => v === value)?.[1]
        return { label: optionLabel(def, match.key, value, language), swatch: { shape, color: c, ...(letter && { letter }) }, value }
      }),
    })
  } else if (Array.isArray(color) && color[0] === 'step') {
    const input = color[1] as unknown[]
    const key = String((input[0] === 'coalesce' ? (input[1] as unknown[]) : input)[1])
    const unit = def.properties.find((p) => p.key === key)?.unit ?? ''
    groups.push({
      property: key,
      title: propertyTitle(def, key, language),
      entries: stepClasses(color, language, unit).map((c) => ({ label: c.label, swatch: { shape, color: c.color } })),
    })
  } else {
    const outline = specs.find((l) => l.id.endsWith('-outline'))
    const isBoundary = main.type === 'fill' && outline !== undefined && !def.style.colorBy
    const c = isBoundary ? String(paintOf(outline)['line-color']) : String(color)
    const stroke = main.type === 'circle' ? String(paint['circle-stroke-color'] ?? '') : undefined
    groups.push({ entries: [{ label: title, swatch: { shape: isBoundary ? 'outline' : shape, color: c, ...(stroke && { stroke }) } }] })
  }
  const dashed = specs.filter((l) => l.type === 'line' && Array.isArray(paintOf(l)['line-dasharray']) && filterOf(l))
  if (dashed.length > 0) {
    const entries: LegendEntry[] = []
    let key: string | undefined
    for (const l of dashed) {
      const found = findEquality(filterOf(l))
      if (!found) continue
      key = found.key
      entries.push({ label: optionLabel(def, found.key, found.value, language), swatch: { shape: 'outline', color: '#333333', dash: paintOf(l)['line-dasharray'] as number[] }, value: found.value })
    }
    if (key) groups.push({ property: key, title: propertyTitle(def, key, language), entries })
  }
  return groups
}

/**
 * Drops the classes a value filter hides (a theme showing only hospitals lists only
 * "Krankenhaus"), so the legend explains what is drawn and nothing else.
 */
export function withoutFilteredClasses(groups: LegendGroup[], filter: Readonly<Record<string, { kind: string; values?: string[] }>> | undefined): LegendGroup[] {
  if (!filter) return groups
  return groups.map((g) => {
    const c = g.property ? filter[g.property] : undefined
    if (!c || c.kind !== 'values' || !c.values?.length) return g
    return { ...g, entries: g.entries.filter((e) => e.value === undefined || c.values!.includes(e.value)) }
  })
}

/** Finds ['==', ['get', key], value] anywhere in a filter. */
function findEquality(filter: unknown): { key: string; value: string } | undefined {
  if (!Array.isArray(filter)) return undefined
  if (filter[0] === '==' && Array.isArray(filter[1]) && filter[1][0] === 'get') return { key: String(filter[1][1]), value: String(filter[2]) }
  for (const part of filter.slice(1)) {
    const found = findEquality(part)
    if (found) return found
  }
  return undefined
}
