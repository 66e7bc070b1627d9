import { describe, expect, it } from 'vitest'
import { clearDraft, hasDraft, readDraft, writeDraft } from './drafts.ts'

function memoryStorage() {
  const data = new Map<string, string>()
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) }
}

describe('form drafts in session storage', () => {
  it('keeps a half-filled form per form key and gives it back', () => {
    const store = memoryStorage()
    writeDraft('project:new', { title: 'Radweg Bahnhof', budget: '' }, { title: '', budget: '' }, store)
    expect(readDraft('project:new', store)).toEqual({ title: 'Radweg Bahnhof', budget: '' })
    expect(readDraft('project:12', store)).toBeUndefined()
  })

  it('stores nothing while the form still holds its starting values, and forgets a draft once cleared', () => {
    const store = memoryStorage()
    writeDraft('exchange:new', { title: '' }, { title: '' }, store)
    expect(hasDraft('exchange:new', store)).toBe(false)
    writeDraft('exchange:new', { title: 'Suche Bauhof-Personal' }, { title: '' }, store)
    clearDraft('exchange:new', store)
    expect(readDraft('exchange:new', store)).toBeUndefined()
  })
})
