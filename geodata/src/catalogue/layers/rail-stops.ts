import { attributions } from '../attributions.ts'
import { municipalityAgs, municipalityName, nameProp } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const railStops: LayerDef = {
  id: 'rail_stops',
  relation: 'rail_stops',
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'Point',
  group: 'verkehr',
  title: { de: 'SPNV-Haltepunkte', en: 'Rail stops' },
  description: {
    de: 'Bahnhöfe und Haltepunkte der DB in und bis 5 km um die Region, mit Bahnhofskategorie und Zugprodukten.',
    en: 'DB stations within the region and up to 5 km around it, with station category and train products.',
  },
  nameProperty: 'name',
  properties: [
    nameProp(),
    { key: 'eva', type: 'string', label: { de: 'EVA-Nummer', en: 'EVA number' }, queryable: true },
    { key: 'ds100', type: 'string', label: { de: 'DS100-Kürzel', en: 'DS100 code' }, queryable: true },
    { key: 'ifopt_id', type: 'string', label: { de: 'IFOPT/DHID', en: 'IFOPT/DHID' } },
    { key: 'category', type: 'integer', label: { de: 'Bahnhofskategorie', en: 'Station category' }, queryable: true },
    {
      key: 'rail_products',
      type: 'string[]',
      label: { de: 'Zugprodukte', en: 'Train products' },
      options: [
        { value: 'nationalExpress', label: { de: 'ICE', en: 'ICE' } },
        { value: 'national', label: { de: 'IC/EC', en: 'IC/EC' } },
        { value: 'regionalExpress', label: { de: 'RE', en: 'RE' } },
        { value: 'regional', label: { de: 'RB', en: 'RB' } },
        { value: 'suburban', label: { de: 'S-Bahn', en: 'S-Bahn' } },
      ],
      queryable: true,
    },
    {
      // The DB station data's values (yes / partial / no), read as words in the UI and exports.
      key: 'step_free_access',
      type: 'enum',
      label: { de: 'Stufenfrei', en: 'Step-free access' },
      options: [
        { value: 'yes', label: { de: 'ja', en: 'yes' } },
        { value: 'partial', label: { de: 'teilweise', en: 'partly' } },
        { value: 'no', label: { de: 'nein', en: 'no' } },
      ],
    },
    { key: 'has_parking', type: 'boolean', label: { de: 'Parkplatz', en: 'Car park' } },
    { key: 'has_bicycle_parking', type: 'boolean', label: { de: 'Fahrradstellplätze', en: 'Bicycle parking' } },
    municipalityAgs,
    municipalityName,
    { key: 'in_region', type: 'boolean', label: { de: 'in der Region', en: 'In the region' }, queryable: true },
  ],
  style: { color: '#222222', labelBy: 'name' },
  attribution: [attributions.dbStations, attributions.dbProducts],
  sample: false,
  visibleByDefault: true,
  sourceLayer: 'rail_stops',
}
