import type { FieldProblem } from '../api/http.ts'

/*
 * The field problems of a refused save (a 422's `errors`, or only its kind) by form field,
 * for the project and exchange forms.
 */

/** Server problems by form field: `properties.title` → title, `geometry…` and place problems → location. */
export function problemsByField(errors: readonly FieldProblem[], kind = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) {
    const key = e.path.startsWith('geometry') ? 'location' : e.path.replace(/^properties\./, '').split('.')[0]!
    out[key] = out[key] ? `${out[key]} ${e.message}` : e.message
  }
  if (['outside-region', 'swapped-coordinates', 'invalid-geometry'].includes(kind) && !out.location) out.location = ''
  if (kind === 'unknown-municipality' && !out.municipality_ags) out.municipality_ags = ''
  return out
}
