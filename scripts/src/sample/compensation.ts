/** The regional compensation-area pool (Ausgleichsflächenpool): ~36 invented areas. */
import { areaM2 } from './geo.ts'
import type { Municipality } from './inputs.ts'
import { addDays, minDate, randomDate } from './dates.ts'
import { districtCodes, fieldNames, localities, rivers, UniqueNames } from './names.ts'
import { randomPointIn, place, type Layout } from './placement.ts'
import type { Rng } from './prng.ts'
import { logUniform, multiPolygon } from './shapes.ts'
import type { Geometry } from './output.ts'
import { MEASURES, type Measure } from './measures.ts'

export type CompStatus = 'geplant' | 'verfuegbar' | 'reserviert' | 'zugeordnet' | 'stillgelegt'
export interface CompProps {
  name: string
  municipality_ags: string
  measure_type: Measure
  status: CompStatus
  biotope_value_before: number
  biotope_value_after: number
  eco_points_total: number
  land_owner_type: string
  planned_date: string
  implemented_date: string | null
  authority_file_number: string
  description: string
}

const STATUS_COUNTS: [CompStatus, number][] = [['verfuegbar', 19], ['reserviert', 7], ['zugeordnet', 5], ['geplant', 3], ['stillgelegt', 2]]
const OWNERS: [string, number][] = [['kommunal', 5], ['privat', 3], ['stiftung', 1], ['land', 1]]

/** "Etteln" → "Ettelner", "Scherfede" → "Scherfeder"; null where no adjective is formed. */
function adjective(place: string): string | null {
  if (/[\s-]/.test(place) || /en$/.test(place)) return null
  if (place.endsWith('e')) return `${place}r`
  return /(m|rf|ck|g|t|z|d|l|h|s)$/.test(place) ? `${place}er` : null
}

export function generateCompensation(rng: Rng, munis: Municipality[], layout: Layout, total = 36) {
  const names = new UniqueNames()
  const riverSections = new Map<string, number>()
  const statuses = rng.shuffle(STATUS_COUNTS.flatMap(([s, n]) => Array<CompStatus>(n).fill(s)))
  const order = rng.shuffle(munis)
  const out: { geometry: Geometry; properties: CompProps }[] = []
  // Every measure type once, then by weight.
  const firstRound = rng.shuffle(Object.keys(MEASURES) as Measure[])
  for (let round = 0; round < 4 && out.length < total; round++) {
    for (const m of order) {
      if (out.length >= total) break
      const measure = firstRound[out.length] ?? rng.weighted(Object.entries(MEASURES).map(([k, v]) => [k as Measure, v.weight] as const))
      const spec = MEASURES[measure]
      const ha = logUniform(rng, spec.ha[0], spec.ha[1])
      const ring = place(rng, layout, {
        municipality: m,
        centre: (r) => randomPointIn(r, m),
        spec: (r) => ({ areaM2: ha * 10000, kind: 'star', vertices: r.int(6, 9), aspect: r.float(spec.aspect[0], spec.aspect[1]), jitter: 0.3 }),
      })
      if (!ring) continue
      const status = statuses[out.length] ?? 'verfuegbar'
      const [before, after] = rng.pick(spec.values)
      const locs = localities[m.ags] ?? []
      const loc = locs.length > 0 ? rng.pick(locs) : m.name
      const adj = adjective(loc)
      const flur = adj ? `${adj} ${rng.pick(['Feld', 'Bruch', 'Heide', 'Mark', 'Holz', 'Wiesen'])}` : `${rng.pick(fieldNames)} (${loc})`
      const river = rng.pick(rivers[m.ags] ?? ['Bach'])
      let name = `${rng.pick(spec.names)} ${flur}`
      if (measure === 'gewaesserrenaturierung') {
        const n = (riverSections.get(river) ?? 0) + 1
        riverSections.set(river, n)
        name = `Renaturierung ${river} Abschnitt ${n}, ${m.name}`
      } else if (measure === 'entsiegelung') name = `Entsiegelung ${rng.pick(['ehemaliger Bauhof', 'ehemalige Hofstelle', 'alter Lagerplatz', 'ehemaliger Parkplatz'])} ${loc}`
      const planned = status === 'geplant' ? randomDate(rng, '2025-03-01', '2026-10-31') : randomDate(rng, '2015-01-01', '2023-12-31')
      const implemented = status === 'geplant' ? null : minDate(addDays(planned, rng.int(120, 900)), '2025-12-15')
      const area = areaM2(ring)
      const year = planned.slice(0, 4)
      out.push({
        geometry: multiPolygon(ring),
        properties: {
          name: names.make(name),
          municipality_ags: m.ags,
          measure_type: measure,
          status,
          biotope_value_before: before,
          biotope_value_after: after,
          eco_points_total: Math.round((after - before) * area),
          land_owner_type: measure === 'waldumbau' ? rng.pick(['kommunal', 'land', 'stiftung']) : rng.weighted(OWNERS),
          planned_date: planned,
          implemented_date: implemented,
          authority_file_number: `UNB-${districtCodes[m.district] ?? 'XX'} 67.2-${year}-${String(rng.int(1, 140)).padStart(3, '0')}`,
          description: spec.describe(river),
        },
      })
    }
  }
  return out
}
