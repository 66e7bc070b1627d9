import { attributions } from '../attributions.ts'
import { developmentUses, planningStatuses } from '../enums.ts'
import { areaHa, municipalityAgs, municipalityName, nameProp, sampleFlag } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const developmentLand: LayerDef = {
  id: 'development_land',
  relation: 'development_land_public',
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'MultiPolygon',
  group: 'siedlung',
  title: { de: 'Bauland- und Siedlungsflächenpotenziale', en: 'Development land potential' },
  description: {
    de: 'Flächen für Wohnen und Gewerbe mit Planungsstand. Beispieldaten: die echten Flächen der Kommunen sind nicht öffentlich.',
    en: 'Sites for housing and business with their planning status. Sample data: the municipalities’ real sites are not public.',
  },
  nameProperty: 'name',
  properties: [
    nameProp({ de: 'Bezeichnung', en: 'Name' }),
    municipalityAgs,
    municipalityName,
    { key: 'use', type: 'enum', label: { de: 'Nutzung', en: 'Use' }, options: developmentUses, queryable: true },
    { key: 'planning_status', type: 'enum', label: { de: 'Planungsstand', en: 'Planning status' }, options: planningStatuses, queryable: true },
    areaHa,
    { key: 'description', type: 'string', label: { de: 'Beschreibung', en: 'Description' } },
    sampleFlag,
  ],
  style: { color: '#EE7733', colorBy: 'use', dashBy: 'planning_status', minzoom: 8 },
  attribution: [attributions.sample, attributions.bkg],
  sample: true,
  visibleByDefault: true,
  sourceLayer: 'development_land',
}
