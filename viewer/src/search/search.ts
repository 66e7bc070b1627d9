import type { LayerDef, LayerId } from '@regiopol/geodata'

/*
 * Search across layers by display name. Names are compared without case and accents
 * ("delbruck" finds Delbrück, "strasse" finds Straße), with umlauts also spelled out
 * ("bruederkrankenhaus" finds Brüderkrankenhaus) and the usual abbreviations folded
 * ("Hauptbahnhof" finds "Hbf"). A name that starts with the query beats one where every
 * word of the query starts a word of the name or its municipality, which beats a match
 * inside a word. Then what lies inside the region comes first, then the layer listed
 * first in SEARCH_LAYERS (municipalities before stops …), then the name.
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
  /** The name with umlauts spelled out and the municipality, for the second way of matching. */
  alt: string
  /** False for features outside the region (stops, hospitals and places nearby). */
  inRegion: boolean
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
}

/** Umlauts spelled out (ü → ue), as people type them on keyboards without them. */
export function transliterate(text: string): string {
  return normalise(text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'))
}

/** Long forms folded to the abbreviations names use (whole words only). */
const ABBREVIATIONS: [RegExp, string][] = [[/\bhauptbahnhof\b/g, 'hbf'], [/\bbahnhof\b/g, 'bf'], [/\bstrasse\b/g, 'str'], [/\bsankt\b/g, 'st']]

function folded(key: string): string {
  return ABBREVIATIONS.reduce((k, [long, short]) => k.replace(long, short), key)
}

export function searchEntries(def: LayerDef, features: readonly { id: string | number; properties: Record<string, unknown> | null }[]): SearchEntry[] {
  return features.flatMap((f) => {
    const name = f.properties?.[def.nameProperty]
    if (typeof name !== 'string' || !name) return []
    const context = f.properties?.municipality
    const withContext = typeof context === 'string' && context !== name ? `${name} ${context}` : name
    return [{
      layer: def.id, id: String(f.id), name, key: folded(normalise(name)), alt: folded(`${normalise(withContext)} ${transliterate(withContext)}`),
      inRegion: f.properties?.in_region !== false, ...(typeof context === 'string' && context !== name && { context }),
    }]
  })
}

function score(e: SearchEntry, query: string, words: string[]): number {
  if (e.key === query) return 0
  if (e.key.startsWith(query)) return 1
  if (e.key.includes(` ${query}`)) return 2
  const altWords = e.alt.split(' ')
  if (words.every((w) => altWords.some((a) => a.startsWith(w)))) return 3
  if (e.key.includes(query) || e.alt.includes(query)) return 4
  return -1
}

/** Every match, best first (the list shows the first few and says how many there are). */
export function searchAll(entries: readonly SearchEntry[], text: string): SearchEntry[] {
  const plain = folded(normalise(text))
  if (plain.length < 2) return []
  const spelled = folded(transliterate(text))
  const rank = (layer: LayerId) => SEARCH_LAYERS.indexOf(layer)
  return entries
    .map((e) => {
      const a = score(e, plain, plain.split(' '))
      const b = spelled === plain ? -1 : score(e, spelled, spelled.split(' '))
      return { e, s: a < 0 ? b : b < 0 ? a : Math.min(a, b) }
    })
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || Number(b.e.inRegion) - Number(a.e.inRegion) || rank(a.e.layer) - rank(b.e.layer) || a.e.name.localeCompare(b.e.name, 'de'))
    .map((x) => x.e)
}

export function search(entries: readonly SearchEntry[], text: string, limit = 8): SearchEntry[] {
  return searchAll(entries, text).slice(0, limit)
}
