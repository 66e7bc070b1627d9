import { findFeature, getLayerData } from '../data/feature-cache.ts'

/** The name of a municipality from the loaded municipalities layer, or the AGS itself. */
export function municipalityName(ags: string | null | undefined): string {
  if (!ags) return ''
  const name = findFeature('municipalities', ags)?.properties.name
  return typeof name === 'string' ? name : ags
}

/** All loaded municipalities as [ags, name], sorted by name. */
export function municipalityOptions(): [string, string][] {
  return getLayerData('municipalities')
    .features.map((f): [string, string] => [String(f.id), String(f.properties.name ?? f.id)])
    .sort((a, b) => a[1].localeCompare(b[1], 'de'))
}
