/*
 * dBase field names have at most 10 characters. Long keys are shortened readably: known
 * words first to their usual abbreviation, then the longest word is trimmed until the
 * name fits; a number keeps names unique. The zip's field list names each one in full.
 *
 * @example
 * shortFieldNames(['municipality_ags', 'eco_points_available']) // ['mun_ags', 'eco_pts_av']
 */

const ABBREVIATIONS: Record<string, string> = {
  municipality: 'mun',
  municipalities: 'muns',
  available: 'avail',
  points: 'pts',
  number: 'no',
  description: 'descr',
  reference: 'ref',
  category: 'cat',
  population: 'pop',
  planning: 'plan',
  status: 'stat',
  implemented: 'impl',
  biotope: 'biot',
  value: 'val',
  before: 'bef',
  after: 'aft',
  authority: 'auth',
  document: 'doc',
  contact: 'cont',
  consent: 'cons',
  restrictions: 'restr',
  availability: 'avail',
  dwelling: 'dw',
  units: 'u',
  source: 'src',
  district: 'distr',
  products: 'prod',
  measure: 'meas',
  facility: 'fac',
  expires: 'exp',
}

function fit(key: string): string {
  if (key.length <= 10) return key
  const words = key.split('_').filter(Boolean).map((w) => ABBREVIATIONS[w] ?? w)
  const joined = () => words.join('_')
  while (joined().length > 10) {
    const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0)
    if (words[longest]!.length <= 2) return joined().replaceAll('_', '').slice(0, 10)
    words[longest] = words[longest]!.slice(0, -1)
  }
  return joined()
}

/** Unique dBase field names (ASCII, at most 10 characters) for the keys, in order. */
export function shortFieldNames(keys: readonly string[]): string[] {
  const used = new Set<string>()
  return keys.map((key) => {
    const base = fit(key.normalize('NFKD').replace(/[^\w]/g, '_'))
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 10 - String(n).length)}${n}`
    used.add(name.toLowerCase())
    return name
  })
}
