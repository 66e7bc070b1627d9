import { createExchangeSchema, patchExchangeSchema } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { addDays, createPostBody, emptyPostValues, patchPostBody } from './form-values.ts'

describe('the exchange post form', () => {
  it('starts as a request of the own municipality that runs 60 days', () => {
    expect(emptyPostValues('05774012', '2026-11-21')).toMatchObject({ type: 'suche', municipality_ags: '05774012', expires_on: '2027-01-20' })
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('makes a create body the API schema accepts, empty texts as null', () => {
    const v = { ...emptyPostValues('05774012', '2026-11-21'), title: '  Mähraupe gesucht ', contact_email: 'a@example.org' }
    const body = createPostBody(v, { type: 'Point', coordinates: [8.72, 51.66] })
    expect(body.properties).toMatchObject({ title: 'Mähraupe gesucht', description: null, contact_email: 'a@example.org', municipality_ags: '05774012' })
    expect(createExchangeSchema.safeParse(body).success).toBe(true)
  })

  it('never sends the municipality in a PATCH and leaves an untouched location out', () => {
    const body = patchPostBody({ ...emptyPostValues('05774012', '2026-11-21'), title: 'Neu' }, undefined)
    expect(body).not.toHaveProperty('geometry')
    expect(body.properties).not.toHaveProperty('municipality_ags')
    expect(patchExchangeSchema.safeParse(body).success).toBe(true)
  })
})
