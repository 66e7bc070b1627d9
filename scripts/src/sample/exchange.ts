/** The exchange board (Ich suche / Ich biete): invented posts, all flagged as samples. */
import { exchangeSeeds } from './exchange-seeds.ts'
import { fromXY, round6, toXY, type Pos } from './geo.ts'
import type { Municipality } from './inputs.ts'
import type { Geometry } from './output.ts'
import { pointInMunicipality, randomPointIn } from './placement.ts'
import type { Rng } from './prng.ts'

/** Contacts are placeholders, as in the project samples: never a real person. */
const PLACEHOLDER_NAMES = ['Erika Mustermann', 'Max Mustermann', 'Erika Musterfrau', 'Otto Normalverbraucher']

/** A point within 800 m of the town centre, inside the municipality. */
function locate(rng: Rng, m: Municipality, centres: Map<string, Pos>): Geometry {
  const anchor = toXY(centres.get(m.ags) ?? fromXY(randomPointIn(rng, m)))
  for (let i = 0; i < 100; i++) {
    const a = rng.float(0, 2 * Math.PI)
    const d = rng.float(0, 800)
    const p: Pos = [anchor[0] + d * Math.cos(a), anchor[1] + d * Math.sin(a)]
    if (!pointInMunicipality(m, p)) continue
    const [lon, lat] = fromXY(p)
    return { type: 'Point', coordinates: [round6(lon), round6(lat)] }
  }
  throw new Error(`no point found in ${m.name}`)
}

/**
 * Dates are stored relative to the day the seed runs (`posted_days_ago`, `expires_in_days`),
 * so a fresh demo always has current and expired posts; the seed turns them into dates.
 */
export function generateExchange(rng: Rng, munis: Municipality[], centres: Map<string, Pos>) {
  const byName = new Map(munis.map((m) => [m.name, m]))
  return exchangeSeeds.map((seed, i) => {
    const m = byName.get(seed.muni)
    if (!m) throw new Error(`${seed.title}: unknown member municipality ${seed.muni}`)
    return {
      geometry: seed.located ? locate(rng, m, centres) : null,
      properties: {
        type: seed.type,
        category: seed.category,
        municipality_ags: m.ags,
        title: seed.title,
        description: seed.description,
        contact_name: PLACEHOLDER_NAMES[i % PLACEHOLDER_NAMES.length],
        contact_role: seed.role,
        contact_email: `boerse-${i + 1}@example.org`,
        contact_phone: `+49 5251 ${String(i + 1).padStart(6, '0')}`,
        contact_consent: seed.consent,
        posted_days_ago: seed.postedDaysAgo,
        expires_in_days: seed.expiresInDays,
      },
    }
  })
}
