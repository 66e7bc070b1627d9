import { patchAreaSchema } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { changedFields, formFromArea, patchFrom, reapply } from './edit-model.ts'

const stored = {
  name: 'Streuobst am Hang', municipality_ags: '05774012', measure_type: 'streuobstwiese', eco_points_total: 40000,
  biotope_value_before: 3, biotope_value_after: 7, planned_date: '2026-04-01', implemented_date: null, land_owner_type: 'kommunal',
  authority_file_number: null, description: null, document_links: ['https://example.org/a.pdf'],
}

describe('the area edit form', () => {
  it('sends only the changed fields, empty text as null and links one per line', () => {
    const base = formFromArea(stored)
    const edited = { ...base, description: 'Pflege ab 2027', land_owner_type: '', document_links: 'https://example.org/a.pdf\n https://example.org/b.pdf \n' }
    const patch = patchFrom(base, edited)
    expect(patch).toEqual({ description: 'Pflege ab 2027', land_owner_type: null, document_links: ['https://example.org/a.pdf', 'https://example.org/b.pdf'] })
    expect(patchAreaSchema.safeParse({ properties: patch }).success).toBe(true)
  })

  it('switches from biotope values to direct points by clearing both values, which the server schema accepts', () => {
    const base = formFromArea(stored)
    expect(base.mode).toBe('biotope')
    const patch = patchFrom(base, { ...base, mode: 'direct', eco_points_total: '25000' })
    expect(patch).toEqual({ biotope_value_before: null, biotope_value_after: null, eco_points_total: 25000 })
    expect(patchAreaSchema.safeParse({ properties: patch }).success).toBe(true)
  })

  it('sends both biotope values when one changes, never the points beside them', () => {
    const base = formFromArea(stored)
    const patch = patchFrom(base, { ...base, biotope_value_after: '8' })
    expect(patch).toEqual({ biotope_value_before: 3, biotope_value_after: 8 })
    expect(patchAreaSchema.safeParse({ properties: patch }).success).toBe(true)
  })

  it('re-applies the user’s changes on top of what someone else saved meanwhile', () => {
    const base = formFromArea(stored)
    const edited = { ...base, name: 'Neuer Name' }
    const current = formFromArea({ ...stored, description: 'von anderer Stelle', version: 3 })
    expect(changedFields(base, current)).toEqual(['description'])
    const merged = reapply(base, edited, current)
    expect(merged).toMatchObject({ name: 'Neuer Name', description: 'von anderer Stelle' })
    expect(patchFrom(current, merged)).toEqual({ name: 'Neuer Name' })
  })
})
