import { attributions } from '../attributions.ts'
import type { LayerDef } from '../types.ts'

export const railLines: LayerDef = {
  id: 'rail_lines',
  relation: 'rail_lines',
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'LineString',
  group: 'verkehr',
  title: { de: 'Bahnstrecken (schematisch)', en: 'Rail lines (schematic)' },
  description: {
    de: 'DB-Streckennetz aus dem Infrastrukturregister RINF, als gerade Abschnitte zwischen Betriebsstellen (nicht gleisgenau).',
    en: 'DB rail network from the RINF register, as straight segments between operational points (not surveyed track).',
  },
  nameProperty: 'line_name',
  properties: [
    { key: 'line_number', type: 'integer', label: { de: 'Streckennummer', en: 'Line number' }, queryable: true },
    { key: 'line_name', type: 'string', label: { de: 'Strecke', en: 'Line' } },
    { key: 'from_op_name', type: 'string', label: { de: 'von Betriebsstelle', en: 'From operational point' } },
    { key: 'to_op_name', type: 'string', label: { de: 'bis Betriebsstelle', en: 'To operational point' } },
    { key: 'length_km', type: 'number', label: { de: 'Länge', en: 'Length' }, unit: 'km' },
    { key: 'max_speed_kmh', type: 'integer', label: { de: 'Höchstgeschwindigkeit', en: 'Maximum speed' }, unit: 'km/h' },
  ],
  style: { color: '#333333' },
  attribution: [attributions.rinf],
  sample: false,
  visibleByDefault: true,
  sourceLayer: 'rail_lines',
}
