/**
 * Hectares of development land inside vs outside the stop catchment, per
 * municipality and use (inside = area × catchment share).
 *
 * @example
 * siteTotals(rows) // [{ municipalityAgs: '05774032', use: 'wohnen', sites: 4, insideHa: 12.3, outsideHa: 5.1 }, ...]
 */
import type { SiteRow } from './sites.ts'

export interface SiteTotal {
  municipalityAgs: string | null
  use: string
  sites: number
  insideHa: number
  outsideHa: number
}

export function siteTotals(rows: readonly SiteRow[]): SiteTotal[] {
  const byKey = new Map<string, SiteTotal>()
  for (const r of rows) {
    const key = `${r.municipalityAgs}|${r.use}`
    let t = byKey.get(key)
    if (!t) byKey.set(key, (t = { municipalityAgs: r.municipalityAgs, use: r.use, sites: 0, insideHa: 0, outsideHa: 0 }))
    t.sites++
    t.insideHa += r.areaHa * r.catchmentShare
    t.outsideHa += r.areaHa * (1 - r.catchmentShare)
  }
  return [...byKey.values()].sort(
    (a, b) => String(a.municipalityAgs).localeCompare(String(b.municipalityAgs)) || a.use.localeCompare(b.use),
  )
}
