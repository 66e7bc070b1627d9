import { attributions } from '../attributions.ts'
import { availabilities, developmentUses, planningStatuses, reserveTypes, siteRestrictions } from '../enums.ts'
import { areaHa, municipalityAgs, municipalityName, nameProp, sampleFlag } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const developmentLand: LayerDef = {
  id: 'development_land',
  relation: 'development_land_public',
  writable: true,
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'MultiPolygon',
  group: 'siedlung',
  title: { de: 'Bauland- und Siedlungsflächenpotenziale', en: 'Development land potential' },
  description: {
    de: 'Flächenreserven für Wohnen und Gewerbe mit Planungsstand, Reservetyp und Verfügbarkeit, gepflegt von den Kommunen. Beispieldaten: die echten Flächen der Kommunen sind nicht öffentlich.',
    en: 'Land reserves for housing and business with planning status, reserve type and availability, maintained by the municipalities. Sample data: the municipalities’ real sites are not public.',
  },
  nameProperty: 'name',
  properties: [
    nameProp({ de: 'Bezeichnung', en: 'Name' }),
    municipalityAgs,
    municipalityName,
    { key: 'use', type: 'enum', label: { de: 'Nutzung', en: 'Use' }, options: developmentUses, queryable: true },
    { key: 'planning_status', type: 'enum', label: { de: 'Planungsstand', en: 'Planning status' }, options: planningStatuses, queryable: true },
    { key: 'reserve_type', type: 'enum', label: { de: 'Reservetyp', en: 'Reserve type' }, options: reserveTypes, queryable: true },
    { key: 'availability', type: 'enum', label: { de: 'Verfügbarkeit', en: 'Availability' }, options: availabilities, queryable: true },
    { key: 'restrictions', type: 'string[]', label: { de: 'Restriktionen', en: 'Restrictions' }, options: siteRestrictions, queryable: true },
    { ...areaHa, label: { de: 'Bruttofläche', en: 'Gross area' } },
    { key: 'net_area_ha', type: 'number', label: { de: 'Nettofläche', en: 'Net area' }, unit: 'ha' },
    { key: 'planned_dwellings', type: 'integer', label: { de: 'Geplante Wohneinheiten', en: 'Planned dwellings' } },
    { key: 'planned_jobs', type: 'integer', label: { de: 'Geplante Arbeitsplätze', en: 'Planned jobs' } },
    { key: 'xplan_plan_id', type: 'string', label: { de: 'XPlanung-Plan-ID', en: 'XPlanung plan id' } },
    { key: 'xplan_plan_name', type: 'string', label: { de: 'Planname', en: 'Plan name' } },
    { key: 'source', type: 'string', label: { de: 'Quelle', en: 'Source' }, queryable: true },
    { key: 'source_key', type: 'string', label: { de: 'Schlüssel in der Quelle', en: 'Key in the source' } },
    { key: 'reference_date', type: 'date', label: { de: 'Stichtag', en: 'Reference date' } },
    { key: 'description', type: 'string', label: { de: 'Beschreibung', en: 'Description' } },
    sampleFlag,
  ],
  style: { color: '#EE7733', colorBy: 'use', dashBy: 'planning_status', minzoom: 8 },
  attribution: [attributions.sample, attributions.bkg],
  sample: true,
  visibleByDefault: true,
  sourceLayer: 'development_land',
}
