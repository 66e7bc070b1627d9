import { attributions } from '../attributions.ts'
import { areaHa, nameProp } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const municipalities: LayerDef = {
  id: 'municipalities',
  relation: 'municipalities',
  idColumn: 'ags',
  idType: 'string',
  geometryType: 'MultiPolygon',
  group: 'verwaltung',
  title: { de: 'Kommunen', en: 'Municipalities' },
  description: {
    de: 'Die 29 Mitgliedskommunen der regiopolREGION Paderborn mit Einwohnerzahl und Fläche (VG250-EW).',
    en: 'The 29 member municipalities of the regiopolREGION Paderborn with population and area (VG250-EW).',
  },
  nameProperty: 'name',
  properties: [
    { key: 'ags', type: 'string', label: { de: 'Gemeindeschlüssel (AGS)', en: 'Municipality key (AGS)' }, queryable: true },
    nameProp(),
    { key: 'district', type: 'string', label: { de: 'Kreis', en: 'District' }, queryable: true },
    { key: 'district_key', type: 'string', label: { de: 'Kreisschlüssel', en: 'District key' }, queryable: true, references: 'districts' },
    { key: 'regierungsbezirk', type: 'string', label: { de: 'Regierungsbezirk', en: 'Government region' }, queryable: true },
    { key: 'population', type: 'integer', label: { de: 'Einwohner', en: 'Inhabitants' } },
    { key: 'population_source', type: 'string', label: { de: 'Quelle Einwohnerzahl', en: 'Population source' } },
    { key: 'area_km2', type: 'number', label: { de: 'Katasterfläche', en: 'Cadastral area' }, unit: 'km²' },
    { key: 'density_per_km2', type: 'number', label: { de: 'Einwohnerdichte', en: 'Population density' }, unit: 'EW/km²' },
    areaHa,
  ],
  style: { color: '#4477AA', labelBy: 'name' },
  attribution: [attributions.bkg],
  sample: false,
  visibleByDefault: true,
  sourceLayer: 'municipalities',
}
