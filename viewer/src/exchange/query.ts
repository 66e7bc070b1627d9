import { exchangeCategories, exchangeTypes, optionValues } from '@regiopol/geodata'
import type { AtlasFeature } from '../data/feature-cache.ts'

/*
 * The board's filters live in the page's query string (/boerse?art=biete&kategorie=ausstattung
 * &kommune=05774032), so a filtered board can be shared. German parameter names, as the
 * paths. Unknown values are dropped, so a hand-edited link shows the unfiltered board.
 */

export interface ExchangeQuery {
  type?: string
  category?: string
  municipality?: string
  /** Also expired and closed posts (signed-in accounts only). */
  expired?: boolean
  /** The post selected in the list and on the map. */
  selected?: string
}

const TYPES = new Set<string>(optionValues(exchangeTypes))
const CATEGORIES = new Set<string>(optionValues(exchangeCategories))

export function decodeExchangeQuery(search: string): ExchangeQuery {
  const p = new URLSearchParams(search)
  const q: ExchangeQuery = {}
  const art = p.get('art')
  if (art && TYPES.has(art)) q.type = art
  const kategorie = p.get('kategorie')
  if (kategorie && CATEGORIES.has(kategorie)) q.category = kategorie
  const kommune = p.get('kommune')
  if (kommune && /^\d{8}$/.test(kommune)) q.municipality = kommune
  if (p.get('abgelaufen') === '1') q.expired = true
  const beitrag = p.get('beitrag')
  if (beitrag && /^\d{1,9}$/.test(beitrag)) q.selected = beitrag
  return q
}

export function encodeExchangeQuery(q: ExchangeQuery): string {
  const p = new URLSearchParams()
  if (q.type) p.set('art', q.type)
  if (q.category) p.set('kategorie', q.category)
  if (q.municipality) p.set('kommune', q.municipality)
  if (q.expired) p.set('abgelaufen', '1')
  if (q.selected) p.set('beitrag', q.selected)
  return p.toString()
}

export const isFiltered = (q: ExchangeQuery) => !!(q.type || q.category || q.municipality || q.expired)

/**
 * The posts that match the filters, newest first (ties: higher id first). Done in the
 * browser: the board holds a few hundred posts at most, and the map and list share them.
 */
export function filterPosts(posts: readonly AtlasFeature[], q: ExchangeQuery): AtlasFeature[] {
  return posts
    .filter((f) => (!q.type || f.properties.type === q.type)
      && (!q.category || f.properties.category === q.category)
      && (!q.municipality || f.properties.municipality_ags === q.municipality))
    .sort((a, b) => String(b.properties.posted_on).localeCompare(String(a.properties.posted_on)) || Number(b.id) - Number(a.id))
}
