/** The project database (Projektdatenbank): real initiatives plus invented examples, all flagged as samples. */
import { round6, toXY, fromXY, type Pos } from './geo.ts'
import type { Municipality } from './inputs.ts'
import { districtCodes } from './names.ts'
import type { Geometry } from './output.ts'
import { place, pointInMunicipality, randomPointIn } from './placement.ts'
import type { Rng } from './prng.ts'
import type { ProjectSeed } from './project-types.ts'
import { moreProjectsA } from './projects-more-a.ts'
import { moreProjectsB } from './projects-more-b.ts'
import { realProjects } from './projects-real.ts'

const PHONE_AREA: Record<string, string> = { PB: '5251', HX: '5271', LIP: '5231', SO: '2941', HSK: '2992', GT: '5246' }

export const projectSeeds: ProjectSeed[] = [...realProjects, ...moreProjectsA, ...moreProjectsB]

function locate(rng: Rng, seed: ProjectSeed, m: Municipality, centres: Map<string, Pos>): Geometry | null {
  const geo = seed.geo
  if (geo.kind === 'none') return null
  const anchor = toXY(geo.at ?? centres.get(m.ags) ?? fromXY(randomPointIn(rng, m)))
  if (!pointInMunicipality(m, anchor)) throw new Error(`${seed.title}: anchor outside ${m.name}`)
  const around = (r: Rng, max: number): Pos => {
    const a = r.float(0, 2 * Math.PI)
    const d = r.float(0, max)
    return [anchor[0] + d * Math.cos(a), anchor[1] + d * Math.sin(a)]
  }
  if (geo.kind === 'point') {
    for (let i = 0; i < 100; i++) {
      const p = geo.at ? anchor : around(rng, 600)
      if (!pointInMunicipality(m, p)) continue
      const [lon, lat] = fromXY(p)
      return { type: 'Point', coordinates: [round6(lon), round6(lat)] }
    }
    throw new Error(`${seed.title}: no point found`)
  }
  const ring = place(rng, null, {
    municipality: m,
    centre: (r) => around(r, geo.at ? 150 : 500),
    spec: (r) => ({ areaM2: geo.ha * 10000, kind: 'star', vertices: r.int(6, 9), aspect: r.float(1, 1.6), jitter: 0.2 }),
  })
  if (!ring) throw new Error(`${seed.title}: no polygon found`)
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Pos]] }
}

export function generateProjects(rng: Rng, munis: Municipality[], centres: Map<string, Pos>) {
  const byName = new Map(munis.map((m) => [m.name, m]))
  return projectSeeds.map((seed, i) => {
    const ms = seed.munis.map((n) => {
      const m = byName.get(n)
      if (!m) throw new Error(`${seed.title}: unknown member municipality ${n}`)
      return m
    })
    const first = ms[0]
    if (!first) throw new Error(`${seed.title}: no municipality`)
    if (seed.start && seed.end && seed.end < seed.start) throw new Error(`${seed.title}: end before start`)
    const [contactName, contactRole, mail] = seed.contact
    const code = PHONE_AREA[districtCodes[first.district] ?? 'PB'] ?? '5251'
    const links = [`https://example.org/projekte/${seed.slug}`]
    if (i % 3 === 0) links.push(`https://example.org/dokumente/${seed.slug}-steckbrief.pdf`)
    return {
      geometry: locate(rng, seed, first, centres),
      properties: {
        title: seed.title,
        summary: seed.summary,
        description: seed.description,
        action_field: seed.field,
        status: seed.status,
        municipality_ags: [...new Set(ms.map((m) => m.ags))].sort(),
        start_date: seed.start,
        end_date: seed.end,
        contact_name: contactName,
        contact_role: contactRole,
        contact_email: `${mail}@example.org`,
        contact_phone: `+49 ${code} ${String(i).padStart(6, '0')}`,
        contact_consent: seed.consent,
        problems: seed.problems,
        lessons_learned: seed.lessons,
        funding_programme: seed.funding,
        links,
        tags: seed.tags,
      },
    }
  })
}
