import { attributions } from '../attributions.ts'
import { nameProp } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const districts: LayerDef = {
  id: 'districts',
  relation: 'districts',
  idColumn: 'district_key',
  idType: 'string',
  geometryType: 'MultiPolygon',
  group: 'verwaltung',
  title: { de: 'Kreise', en: 'Districts' },
  description: {
    de: 'Die sechs Kreise, zu denen die Kommunen der regiopolREGION gehören (vollständige Kreisgebiete).',
    en: 'The six districts the member municipalities belong to (whole district areas).',
  },
  nameProperty: 'name',
  properties: [
    { key: 'district_key', type: 'string', label: { de: 'Kreisschlüssel', en: 'District key' }, queryable: true },
    nameProp(),
    { key: 'regierungsbezirk', type: 'string', label: { de: 'Regierungsbezirk', en: 'Government region' }, queryable: true },
    { key: 'municipalities_total', type: 'integer', label: { de: 'Kommunen im Kreis', en: 'Municipalities in district' } },
    { key: 'municipalities_in_region', type: 'integer', label: { de: 'davon in der Region', en: 'Of these in the region' } },
    { key: 'population', type: 'integer', label: { de: 'Einwohner', en: 'Inhabitants' } },
    { key: 'area_km2', type: 'number', label: { de: 'Katasterfläche', en: 'Cadastral area' }, unit: 'km²' },
  ],
  style: { color: '#555555', labelBy: 'name' },
  attribution: [attributions.bkg],
  sample: false,
  visibleByDefault: true,
  sourceLayer: 'districts',
}
