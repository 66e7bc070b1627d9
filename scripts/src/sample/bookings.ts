/** The ledger of the compensation pool: reservations and bookings of eco points (~40 records). */
import { endOfMonth, randomDate } from './dates.ts'
import type { CompProps } from './compensation.ts'
import type { DevProps } from './development.ts'
import type { Municipality } from './inputs.ts'
import { localities } from './names.ts'
import type { Feature } from './output.ts'
import type { Rng } from './prng.ts'

export interface Booking {
  id: number
  area_id: number
  kind: 'reservierung' | 'abbuchung'
  status: 'aktiv' | 'freigegeben' | 'storniert'
  intervention_name: string
  reference: string
  municipality_ags: string
  points: number
  valid_until: string | null
  reason: string | null
  sample: true
}
type Draft = Omit<Booking, 'id' | 'area_id' | 'intervention_name' | 'reference' | 'municipality_ags' | 'sample'>

const RELEASED = ['Reservierungsfrist abgelaufen, Punkte wieder freigegeben.', 'Vorhaben wurde nicht weiterverfolgt.', 'Ausgleich wurde auf einer anderen Fläche erbracht.']
const CANCELLED = ['Fehlerhafte Buchung, durch eine korrigierte Buchung ersetzt.', 'Bebauungsplanverfahren eingestellt.']
const WORKS = ['Neubau Feuerwehrgerätehaus', 'Erweiterung Kindertagesstätte', 'Neubau Regenrückhaltebecken', 'Erweiterung Grundschule', 'Neubau Bauhof']

/** Splits `total` into `parts` positive integers that add up exactly. */
function split(rng: Rng, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => rng.float(0.5, 1.5))
  const sum = weights.reduce((a, b) => a + b, 0)
  const out = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)))
  out[0] = total - out.slice(1).reduce((a, b) => a + b, 0)
  return out
}

function drafts(rng: Rng, a: CompProps): Draft[] {
  const T = a.eco_points_total
  const part = (lo: number, hi: number): number => Math.max(1, Math.round((T * rng.float(lo, hi)) / 100) * 100)
  const active = (kind: Draft['kind'], points: number): Draft => ({
    kind, status: 'aktiv', points, reason: null,
    valid_until: kind === 'reservierung' ? endOfMonth(rng.int(2027, 2028), rng.int(1, 12)) : null,
  })
  const inactive = (status: 'freigegeben' | 'storniert', points: number, reason?: string): Draft => ({
    kind: status === 'freigegeben' ? 'reservierung' : rng.pick(['reservierung', 'abbuchung'] as const), status, points,
    valid_until: status === 'freigegeben' ? randomDate(rng, '2022-01-31', '2025-09-30') : null,
    reason: reason ?? rng.pick(status === 'freigegeben' ? RELEASED : CANCELLED),
  })
  switch (a.status) {
    case 'zugeordnet': {
      const out = split(rng, T, rng.int(1, 3)).map((p) => active('abbuchung', p))
      return rng.chance(0.4) ? [inactive('storniert', part(0.1, 0.3)), ...out] : out
    }
    case 'reserviert': {
      const out = [active('reservierung', part(0.35, 0.7))]
      if (rng.chance(0.4)) out.push(active('abbuchung', part(0.1, 0.25)))
      if (rng.chance(0.2)) out.unshift(inactive('freigegeben', part(0.2, 0.4)))
      return out
    }
    case 'verfuegbar': {
      const out: Draft[] = []
      if (rng.chance(0.3)) out.push(inactive('freigegeben', part(0.2, 0.5)))
      if (rng.chance(0.55)) out.push(active('abbuchung', part(0.15, 0.6)))
      return out
    }
    case 'stillgelegt':
      return [inactive('storniert', part(0.2, 0.5), 'Fläche wurde stillgelegt; die Buchung wurde storniert und der Eingriff anderweitig ausgeglichen.')]
    default:
      return []
  }
}

export function generateBookings(rng: Rng, areas: Feature<CompProps>[], dev: Feature<DevProps>[], munis: Municipality[]): Booking[] {
  const byAgs = new Map(munis.map((m) => [m.ags, m]))
  const bookings: Booking[] = []
  let planNo = 100
  for (const area of areas) {
    for (const d of drafts(rng, area.properties)) {
      const own = area.properties.municipality_ags
      const ags = rng.chance(0.3) ? rng.pick(munis.filter((m) => m.ags !== own)).ags : own
      const sites = dev.filter((f) => f.properties.municipality_ags === ags && f.properties.planning_status.startsWith('bplan'))
      planNo += rng.int(1, 9)
      let intervention: string
      let reference: string
      if (sites.length > 0 && rng.chance(0.65)) {
        intervention = `B-Plan Nr. ${planNo} '${rng.pick(sites).properties.name.replace(/,.*$/, '')}'`
        reference = `BP ${planNo}`
      } else {
        const loc = rng.pick([byAgs.get(ags)?.name ?? '', ...(localities[ags] ?? [])])
        intervention = `${rng.pick(WORKS)} ${loc}`
        reference = `Az. 61.${rng.int(10, 40)}-${rng.int(2019, 2026)}-${String(rng.int(1, 99)).padStart(3, '0')}`
      }
      bookings.push({ id: bookings.length + 1, area_id: area.id, ...d, intervention_name: intervention, reference, municipality_ags: ags, sample: true })
    }
  }
  return bookings.map((b) => ({
    id: b.id, area_id: b.area_id, kind: b.kind, status: b.status, intervention_name: b.intervention_name, reference: b.reference,
    municipality_ags: b.municipality_ags, points: b.points, valid_until: b.valid_until, reason: b.reason, sample: true,
  }))
}
