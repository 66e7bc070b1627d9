import { describe, expect, it } from 'vitest'
import { problemOf, versionTag } from './http.ts'

describe('the HTTP client', () => {
  it('reads an RFC 9457 problem into status, German detail, field problems and kind', async () => {
    const body = {
      type: 'https://regiopol.example/problems/outside-region', title: 'Unprocessable', status: 422,
      detail: 'Die Geometrie liegt außerhalb der Region.', errors: [{ path: 'geometry', message: 'außerhalb der Region' }],
    }
    const err = await problemOf(new Response(JSON.stringify(body), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }))
    expect([err.status, err.message, err.kind, err.errors]).toEqual([422, body.detail, 'outside-region', body.errors])
  })

  it('keeps the status line as the message when the answer is not problem details', async () => {
    const err = await problemOf(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }))
    expect([err.status, err.message, err.errors, err.kind]).toEqual([502, '502 Bad Gateway', [], ''])
  })

  it('builds the version tag a change names in If-Match', () => {
    expect(versionTag('area', 7, 3)).toBe('"area-7-v3"')
  })
})
