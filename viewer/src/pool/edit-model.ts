import type { PatchAreaBody } from '@regiopol/geodata'

/*
 * The edit form of a pool area as plain strings (what inputs hold), the PATCH body made
 * of only what the user changed, and re-applying those changes on top of a newer
 * version after a 412. Pure, so tested without React.
 */

export interface AreaForm {
  name: string
  municipality_ags: string
  measure_type: string
  /** Eco points entered directly, or computed by the server from biotope values × m². */
  mode: 'direct' | 'biotope'
  eco_points_total: string
  biotope_value_before: string
  biotope_value_after: string
  planned_date: string
  implemented_date: string
  land_owner_type: string
  authority_file_number: string
  description: string
  /** One http(s) address per line. */
  document_links: string
}

type Props = Record<string, unknown>
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v))

export function formFromArea(p: Props): AreaForm {
  const biotope = p.biotope_value_before !== null && p.biotope_value_before !== undefined && p.biotope_value_after !== null && p.biotope_value_after !== undefined
  return {
    name: str(p.name),
    municipality_ags: str(p.municipality_ags),
    measure_type: str(p.measure_type),
    mode: biotope ? 'biotope' : 'direct',
    eco_points_total: str(p.eco_points_total),
    biotope_value_before: str(p.biotope_value_before),
    biotope_value_after: str(p.biotope_value_after),
    planned_date: str(p.planned_date).slice(0, 10),
    implemented_date: str(p.implemented_date).slice(0, 10),
    land_owner_type: str(p.land_owner_type),
    authority_file_number: str(p.authority_file_number),
    description: str(p.description),
    document_links: Array.isArray(p.document_links) ? p.document_links.map(String).join('\n') : '',
  }
}

/** Fields that change together: the way eco points are given. */
const POINTS: readonly (keyof AreaForm)[] = ['mode', 'eco_points_total', 'biotope_value_before', 'biotope_value_after']
const TEXT: readonly (keyof AreaForm)[] = [
  'name', 'municipality_ags', 'measure_type', 'planned_date', 'implemented_date', 'land_owner_type',
  'authority_file_number', 'description', 'document_links',
]
export const FORM_FIELDS: readonly (keyof AreaForm)[] = [...TEXT.slice(0, 3), ...POINTS, ...TEXT.slice(3)]

const links = (s: string) => s.split(/\s+/).map((l) => l.trim()).filter(Boolean)
const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
const pointsChanged = (a: AreaForm, b: AreaForm) => POINTS.some((k) => a[k] !== b[k])

/** The properties of a PATCH: only the fields that differ from `base`. */
export function patchFrom(base: AreaForm, edited: AreaForm): NonNullable<PatchAreaBody['properties']> {
  const out: Record<string, unknown> = {}
  for (const k of TEXT) {
    if (base[k] === edited[k]) continue
    if (k === 'document_links') out[k] = links(edited[k])
    else if (k === 'name' || k === 'municipality_ags' || k === 'measure_type') out[k] = edited[k].trim()
    else out[k] = orNull(edited[k])
  }
  if (pointsChanged(base, edited)) {
    if (edited.mode === 'direct') {
      if (base.mode === 'biotope') Object.assign(out, { biotope_value_before: null, biotope_value_after: null })
      out.eco_points_total = Number(edited.eco_points_total)
    } else {
      // The server wants both values or neither; it computes the points itself.
      Object.assign(out, { biotope_value_before: Number(edited.biotope_value_before), biotope_value_after: Number(edited.biotope_value_after) })
    }
  }
  return out as NonNullable<PatchAreaBody['properties']>
}

/** The user's changes (edited against base) applied on top of the newer `current`. */
export function reapply(base: AreaForm, edited: AreaForm, current: AreaForm): AreaForm {
  const out: Record<string, string> = { ...current }
  for (const k of TEXT) if (base[k] !== edited[k]) out[k] = edited[k]
  if (pointsChanged(base, edited)) for (const k of POINTS) out[k] = edited[k]
  return out as unknown as AreaForm
}

/** The fields someone else changed meanwhile (base → current). */
export function changedFields(base: AreaForm, current: AreaForm): (keyof AreaForm)[] {
  return FORM_FIELDS.filter((k) => base[k] !== current[k])
}
