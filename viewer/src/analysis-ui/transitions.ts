/**
 * The analysis UI's non-trivial state changes as pure functions (tested without
 * React): scenario edits, table sort and filter, threshold parsing.
 *
 * @example
 * toggleFacility({ off: [], added: [] }, '46')          // { off: ['46'], added: [] }
 * addHypothetical(EMPTY_SCENARIO, [8.75, 51.71], 'Neuer Standort') // added[0].id === 'neu-1'
 * sortSites(rows, scores, { key: 'distanceM', dir: 1 }) // nearest first
 */
import type { ScenarioSpec, SiteRow } from '@regiopol/analysis'

export type SiteColumn =
  | 'name' | 'municipality' | 'use' | 'nearestStopName' | 'distanceM' | 'walkMin' | 'bikeMin'
  | 'catchmentShare' | 'stopService' | 'score'

export interface SiteSort { key: SiteColumn; dir: 1 | -1 }

/** Switches a real facility off, or on again. */
export function toggleFacility(spec: ScenarioSpec, id: string): ScenarioSpec {
  return spec.off.includes(id)
    ? { ...spec, off: spec.off.filter((x) => x !== id) }
    : { ...spec, off: [...spec.off, id].sort() }
}

/** Adds a hypothetical hospital at a clicked point; ids `neu-1`, `neu-2`, … never repeat within a scenario. */
export function addHypothetical(spec: ScenarioSpec, lngLat: [number, number], name: string): ScenarioSpec {
  const used = new Set(spec.added.map((f) => f.id))
  let k = spec.added.length + 1
  while (used.has(`neu-${k}`)) k++
  const [lon, lat] = lngLat
  const round = (v: number) => Math.round(v * 1e5) / 1e5 // 1 m, the precision the URL keeps
  return {
    ...spec,
    added: [...spec.added, { id: `neu-${k}`, name: `${name} ${k}`, type: 'krankenhaus', careType: 'general', lon: round(lon), lat: round(lat), municipalityAgs: null }],
  }
}

export function removeHypothetical(spec: ScenarioSpec, id: string): ScenarioSpec {
  return { ...spec, added: spec.added.filter((f) => f.id !== id) }
}

/** Clicking a column header: ascending first, then descending, on the same column. */
export function nextSort(current: SiteSort | null, key: SiteColumn): SiteSort {
  if (current?.key === key) return { key, dir: current.dir === 1 ? -1 : 1 }
  // Scores and shares are most useful best-first.
  return { key, dir: key === 'score' || key === 'catchmentShare' || key === 'stopService' ? -1 : 1 }
}

export interface ScoredSite extends SiteRow { score: number; municipality: string }

/** Rows joined with their scores and municipality names (table order = input order). */
export function scoredSites(rows: readonly SiteRow[], scores: readonly number[], municipalityName: (ags: string | null) => string): ScoredSite[] {
  return rows.map((r, i) => ({ ...r, score: scores[i] ?? 0, municipality: municipalityName(r.municipalityAgs) }))
}

const collator = new Intl.Collator('de', { numeric: true })

export function sortSites(rows: readonly ScoredSite[], sort: SiteSort | null): ScoredSite[] {
  if (!sort) return [...rows]
  const { key, dir } = sort
  return [...rows].sort((a, b) => {
    const x = a[key], y = b[key]
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''))
    return dir * c || collator.compare(a.id, b.id)
  })
}

/** Text search over name, municipality and stop; optional use filter. */
export function filterSites(rows: readonly ScoredSite[], query: string, use: string | null): ScoredSite[] {
  const q = query.trim().toLocaleLowerCase('de')
  return rows.filter(
    (r) =>
      (!use || r.use === use) &&
      (!q || [r.name, r.municipality, r.nearestStopName ?? ''].some((s) => s.toLocaleLowerCase('de').includes(q))),
  )
}

/** "10, 20,30" -> [10, 20, 30]: positive, unique, ascending, at most 6; null if nothing usable. */
export function parseThresholds(text: string): number[] | null {
  const values = text
    .split(/[,;\s]+/)
    .map((s) => Number(s.replace(',', '.')))
    .filter((v) => Number.isFinite(v) && v > 0 && v <= 300)
  const unique = [...new Set(values)].sort((a, b) => a - b).slice(0, 6)
  return unique.length ? unique : null
}

/** A radius in metres from user input, clamped to 50 m … 10 km; null if not a number. */
export function parseRadius(text: string): number | null {
  const v = Number(text.replace(',', '.'))
  if (!Number.isFinite(v) || v <= 0) return null
  return Math.round(Math.min(10_000, Math.max(50, v)))
}
