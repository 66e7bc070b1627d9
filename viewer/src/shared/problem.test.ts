import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/http.ts'
import { translator } from '../i18n/index.ts'
import { isStale, problemMessage } from './problem.ts'

const t = translator('de')

describe('refusals as sentences', () => {
  it('names the kind of refusal and keeps the server’s German detail', () => {
    expect(problemMessage(new ApiError(403, 'Abbuchen: Flächen der Kommune 05774012 bearbeitet nur diese Kommune.'), t))
      .toBe('Keine Berechtigung: Abbuchen: Flächen der Kommune 05774012 bearbeitet nur diese Kommune.')
    expect(problemMessage(new ApiError(409, 'Auf „X“ sind nur noch 300 Ökopunkte verfügbar.'), t)).toMatch(/^Mit dem aktuellen Stand nicht möglich: Auf „X“/)
    expect(problemMessage(new ApiError(422, 'Bitte einen Grund angeben.'), t)).toBe('Eingabe ungültig: Bitte einen Grund angeben.')
  })

  it('explains a 412 as a change by someone else and marks it stale', () => {
    const stale = new ApiError(412, 'Precondition Failed')
    expect(problemMessage(stale, t)).toMatch(/^Diese Fläche wurde inzwischen geändert/)
    expect(isStale(stale)).toBe(true)
    expect(isStale(new ApiError(409, 'x'))).toBe(false)
  })

  it('falls back to "Nicht gespeichert" for anything else', () => {
    expect(problemMessage(new Error('Netzwerkfehler'), t)).toBe('Nicht gespeichert: Netzwerkfehler')
  })
})
