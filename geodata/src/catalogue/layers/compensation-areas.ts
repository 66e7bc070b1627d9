import { attributions } from '../attributions.ts'
import { compensationStatuses, landOwnerTypes, measureTypes } from '../enums.ts'
import { areaHa, municipalityAgs, municipalityName, nameProp, sampleFlag } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const compensationAreas: LayerDef = {
  id: 'compensation_areas',
  relation: 'compensation_areas_public',
  writable: true,
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'MultiPolygon',
  group: 'umwelt',
  title: { de: 'Ausgleichsflächenpool', en: 'Compensation-area pool' },
  description: {
    de: 'Ausgleichsflächen der Kommunen mit Ökopunkten (gesamt und verfügbar) und Status. Beispieldaten.',
    en: 'Compensation areas of the municipalities with eco points (total and available) and status. Sample data.',
  },
  nameProperty: 'name',
  properties: [
    nameProp({ de: 'Bezeichnung', en: 'Name' }),
    municipalityAgs,
    municipalityName,
    { key: 'measure_type', type: 'enum', label: { de: 'Maßnahme', en: 'Measure' }, options: measureTypes, queryable: true },
    { key: 'status', type: 'enum', label: { de: 'Status', en: 'Status' }, options: compensationStatuses, queryable: true },
    { key: 'eco_points_total', type: 'integer', label: { de: 'Ökopunkte gesamt', en: 'Eco points total' }, unit: 'Punkte' },
    { key: 'eco_points_available', type: 'integer', label: { de: 'Ökopunkte verfügbar', en: 'Eco points available' }, unit: 'Punkte' },
    { key: 'biotope_value_before', type: 'number', label: { de: 'Biotopwert vorher', en: 'Biotope value before' }, unit: 'Punkte/m²' },
    { key: 'biotope_value_after', type: 'number', label: { de: 'Biotopwert nachher', en: 'Biotope value after' }, unit: 'Punkte/m²' },
    { key: 'land_owner_type', type: 'enum', label: { de: 'Eigentum', en: 'Land owner' }, options: landOwnerTypes, queryable: true },
    { key: 'planned_date', type: 'date', label: { de: 'geplant ab', en: 'Planned from' }, queryable: true },
    { key: 'implemented_date', type: 'date', label: { de: 'umgesetzt am', en: 'Implemented on' }, queryable: true },
    areaHa,
    { key: 'description', type: 'string', label: { de: 'Beschreibung', en: 'Description' } },
    sampleFlag,
    // The row version: the item's ETag carries it, and a PATCH names it in If-Match.
    { key: 'version', type: 'integer', label: { de: 'Fassung', en: 'Version' } },
    { key: 'authority_file_number', type: 'string', label: { de: 'Aktenzeichen UNB', en: 'Nature authority file number' }, restricted: true },
    { key: 'document_links', type: 'string[]', label: { de: 'Dokumente', en: 'Documents' }, restricted: true },
  ],
  style: { color: '#228833', colorBy: 'status', dashBy: 'status', minzoom: 8 },
  attribution: [attributions.sample, attributions.bkg],
  sample: true,
  visibleByDefault: true,
  sourceLayer: 'compensation_areas',
  temporal: { start: 'implemented_date' },
}
