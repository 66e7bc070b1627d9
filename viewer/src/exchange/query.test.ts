import { describe, expect, it } from 'vitest'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { decodeExchangeQuery, encodeExchangeQuery, filterPosts } from './query.ts'

const post = (id: number, type: string, category: string, ags: string, posted: string): AtlasFeature => ({
  type: 'Feature', id, geometry: null, properties: { type, category, municipality_ags: ags, posted_on: posted },
})

describe('the exchange board query', () => {
  it('round-trips the filters through German parameter names', () => {
    const q = { type: 'biete', category: 'ausstattung', municipality: '05774032', expired: true, selected: '7' }
    const text = encodeExchangeQuery(q)
    expect(text).toBe('art=biete&kategorie=ausstattung&kommune=05774032&abgelaufen=1&beitrag=7')
    expect(decodeExchangeQuery(text)).toEqual(q)
  })

  it('drops unknown values of a hand-edited link', () => {
    expect(decodeExchangeQuery('art=tausche&kategorie=feuerwehr&kommune=123&abgelaufen=ja&beitrag=x')).toEqual({})
  })

  it('filters by type, category and municipality together and lists the newest first', () => {
    const posts = [
      post(1, 'biete', 'ausstattung', '05774032', '2026-10-01'),
      post(2, 'suche', 'ausstattung', '05774032', '2026-11-01'),
      post(3, 'biete', 'ausstattung', '05774012', '2026-11-10'),
      post(4, 'biete', 'personal', '05774032', '2026-11-12'),
      post(5, 'biete', 'ausstattung', '05774032', '2026-11-05'),
    ]
    expect(filterPosts(posts, { type: 'biete', category: 'ausstattung' }).map((f) => f.id)).toEqual([3, 5, 1])
    expect(filterPosts(posts, { type: 'biete', category: 'ausstattung', municipality: '05774032' }).map((f) => f.id)).toEqual([5, 1])
    expect(filterPosts(posts, {}).map((f) => f.id)).toEqual([4, 3, 5, 2, 1])
  })
})
