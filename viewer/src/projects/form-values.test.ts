import { describe, expect, it } from 'vitest'
import { problemsByField } from '../shared/field-problems.ts'
import { createBody, emptyValues, patchBody } from './form-values.ts'

describe('the project form’s request bodies', () => {
  it('turns empty inputs into null, links into lines and tags into a lower-case set', () => {
    const v = { ...emptyValues('05774012'), title: '  Mitfahrbank  ', links: 'https://a.example\n\n https://b.example ', tags: 'Dörfer, mitfahren, dörfer,' }
    const body = createBody(v, { type: 'Point', coordinates: [8.72, 51.66] })
    expect(body.properties).toMatchObject({ title: 'Mitfahrbank', summary: null, municipality_ags: ['05774012'], links: ['https://a.example', 'https://b.example'], tags: ['dörfer', 'mitfahren'], contact_consent: false })
    expect(body.geometry).toEqual({ type: 'Point', coordinates: [8.72, 51.66] })
  })

  it('sends the location in a PATCH only when it changed (null removes it)', () => {
    expect(patchBody(emptyValues(null), undefined)).not.toHaveProperty('geometry')
    expect(patchBody(emptyValues(null), null).geometry).toBeNull()
  })

  it('puts server problems next to their fields', () => {
    expect(problemsByField([{ path: 'properties.title', message: 'Der Titel fehlt.' }, { path: 'geometry.coordinates', message: 'Punkt?' }])).toEqual({ title: 'Der Titel fehlt.', location: 'Punkt?' })
    expect(problemsByField([], 'outside-region')).toEqual({ location: '' })
  })
})
