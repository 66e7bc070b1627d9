import { attributions } from '../attributions.ts'
import { careTypes, facilityTypes } from '../enums.ts'
import { municipalityAgs, municipalityName, nameProp } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const healthFacilities: LayerDef = {
  id: 'health_facilities',
  relation: 'health_facilities',
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'Point',
  group: 'gesundheit',
  title: { de: 'Gesundheitseinrichtungen', en: 'Health facilities' },
  description: {
    de: 'Krankenhausstandorte in und bis 10 km um die Region (Verzeichnis der Krankenhausstandorte, Stand 08.03.2020).',
    en: 'Hospital sites within the region and up to 10 km around it (hospital site register, 8 March 2020).',
  },
  nameProperty: 'name',
  properties: [
    nameProp(),
    { key: 'type', type: 'enum', label: { de: 'Art', en: 'Type' }, options: facilityTypes, queryable: true },
    { key: 'care_type', type: 'enum', label: { de: 'Versorgungsart', en: 'Type of care' }, options: careTypes, queryable: true },
    { key: 'hospital_name', type: 'string', label: { de: 'Krankenhaus', en: 'Hospital' } },
    { key: 'site_name', type: 'string', label: { de: 'Standort', en: 'Site' } },
    { key: 'standort_id', type: 'string', label: { de: 'Standortnummer', en: 'Site number' }, queryable: true },
    { key: 'street', type: 'string', label: { de: 'Straße', en: 'Street' } },
    { key: 'postcode', type: 'string', label: { de: 'PLZ', en: 'Postcode' } },
    { key: 'city', type: 'string', label: { de: 'Ort', en: 'Town' } },
    { key: 'beds', type: 'integer', label: { de: 'Betten', en: 'Beds' } },
    municipalityAgs,
    municipalityName,
    { key: 'in_region', type: 'boolean', label: { de: 'in der Region', en: 'In the region' }, queryable: true },
    { key: 'ref_date', type: 'date', label: { de: 'Stand', en: 'As of' }, queryable: true },
  ],
  style: { color: '#CC3311', colorBy: 'type', labelBy: 'name', minzoom: 0 },
  attribution: [attributions.hospitals],
  sample: false,
  visibleByDefault: true,
  sourceLayer: 'health_facilities',
  temporal: { start: 'ref_date' },
}
