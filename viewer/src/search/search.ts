import type { LayerDef, LayerId } from '@regiopol/geodata'

/*
 * Search across layers by display name. Names are compared without case and accents
 * ("delbruck" finds Delbrück, "strasse" finds Straße); a name that starts with the
 * query beats one where a word starts with it, which beats a match inside a word.
 * Ties go to the layer listed first in SEARCH_LAYERS (municipalities before stops …).
 */

/** Layers people look things up in, most important first (rail lines and grid cells have no useful names). */
export const SEARCH_LAYERS: readonly LayerId[] = ['municipalities', 'rail_stops', 'health_facilities', 'projects', 'development_land', 'compensation_areas', 'districts']

export interface SearchEntry {
  layer: LayerId
  id: string
  name: string
  /** Extra text to tell equal names apart (municipality of a stop …). */
  context?: string
  key: string
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
}

export function searchEntries(def: LayerDef, features: readonly { id: string | number; properties: Record<string, unknown> | null }[]): SearchEntry[] {
  return features.flatMap((f) => {
    const name = f.properties?.[def.nameProperty]
    if (typeof name !== 'string' || !name) return []
    const context = f.properties?.municipality
    return [{ layer: def.id, id: String(f.id), name, key: normalise(name), ...(typeof context === 'string' && context !== name && { context }) }]
  })
}

function score(key: string, query: string): number {
  if (key === query) return 0
  if (key.startsWith(query)) return 1
  if (key.includes(` ${query}`)) return 2
  if (key.includes(query)) return 3
  return -1
}

export function search(entries: readonly SearchEntry[], text: string, limit = 8): SearchEntry[] {
  const query = normalise(text)
  if (query.length < 2) return []
  const rank = (layer: LayerId) => SEARCH_LAYERS.indexOf(layer)
  return entries
    .map((e) => ({ e, s: score(e.key, query) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || rank(a.e.layer) - rank(b.e.layer) || a.e.name.localeCompare(b.e.name, 'de'))
    .slice(0, limit)
    .map((x) => x.e)
}
