import type { CreateAreaBody } from '@regiopol/geodata'
import { nameOf } from './checks.ts'
import { WARNING_CODES, type Problem, type UploadFeature } from './types.ts'

/*
 * Choosing uploaded features and turning them into create requests: pure, so the
 * rules (what blocks saving, where name and points come from) are tested without React.
 */

/** The attributes the form gives every chosen feature. */
export type SharedAttributes = Omit<CreateAreaBody['properties'], 'name'>

/** The feature's problems with the current name column ("missing name" depends on it). */
export function problemsOf(feature: UploadFeature, nameColumn: string | null): Problem[] {
  return nameOf(feature.properties, nameColumn) ? feature.problems : [...feature.problems, { code: 'missing-name' }]
}

/** Whether the feature may be sent: a polygon with no problem beyond notes. */
export function isSaveable(feature: UploadFeature, nameColumn: string | null): boolean {
  return feature.geometry !== null && problemsOf(feature, nameColumn).every((p) => WARNING_CODES.includes(p.code))
}

/** Positive whole eco points from a column (numbers or numeric text), else null. */
export function pointsOf(properties: Record<string, unknown>, column: string | null): number | null {
  if (!column) return null
  const value = Number(String(properties[column] ?? '').trim().replace(',', '.'))
  return Number.isFinite(value) && value > 0 ? Math.round(value) : null
}

/**
 * The create request for one uploaded feature: its geometry, its name from the name
 * column, its points from the points column when one is chosen (else the form's).
 */
export function bodyFor(feature: UploadFeature, shared: SharedAttributes, columns: { name: string | null; points: string | null }): CreateAreaBody {
  if (!feature.geometry) throw new Error(`Objekt ${feature.number} hat keine speicherbare Fläche.`)
  const points = pointsOf(feature.properties, columns.points)
  const properties: CreateAreaBody['properties'] = { ...shared, name: nameOf(feature.properties, columns.name) ?? '' }
  if (points !== null) {
    delete properties.biotope_value_before
    delete properties.biotope_value_after
    properties.eco_points_total = points
  }
  return { type: 'Feature', geometry: feature.geometry, properties }
}
