import type { I18nText, PropertyDef } from './types.ts'

/** Property definitions that several layers share, so labels stay identical. */
export const municipalityAgs = {
  key: 'municipality_ags',
  type: 'string',
  label: { de: 'Gemeindeschlüssel (AGS)', en: 'Municipality key (AGS)' },
  queryable: true,
  references: 'municipalities',
} as const satisfies PropertyDef

export const municipalityName = {
  key: 'municipality',
  type: 'string',
  label: { de: 'Kommune', en: 'Municipality' },
  queryable: true,
} as const satisfies PropertyDef

export const areaHa = {
  key: 'area_ha',
  type: 'number',
  label: { de: 'Fläche', en: 'Area' },
  unit: 'ha',
} as const satisfies PropertyDef

export const sampleFlag = {
  key: 'sample',
  type: 'boolean',
  label: { de: 'Beispieldaten', en: 'Sample data' },
  queryable: true,
} as const satisfies PropertyDef

export const nameProp = (label: I18nText = { de: 'Name', en: 'Name' }) =>
  ({ key: 'name', type: 'string', label, queryable: true }) as const satisfies PropertyDef
