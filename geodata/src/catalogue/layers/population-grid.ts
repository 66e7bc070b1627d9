import { attributions } from '../attributions.ts'
import { municipalityAgs, municipalityName } from '../labels.ts'
import type { LayerDef } from '../types.ts'

export const populationGrid: LayerDef = {
  id: 'population_grid',
  relation: 'population_grid',
  idColumn: 'grid_id',
  idType: 'string',
  geometryType: 'Polygon',
  group: 'bevoelkerung',
  title: { de: 'Einwohner im 1-km-Gitter (Zensus 2011)', en: 'Population, 1 km grid (Census 2011)' },
  description: {
    de: 'Einwohner je Quadratkilometer nach dem Zensus 2011 (Stichtag 9. Mai 2011), Zellen bis 2 km um die Region.',
    en: 'Inhabitants per square kilometre from the 2011 census (9 May 2011), cells up to 2 km around the region.',
  },
  nameProperty: 'grid_id',
  properties: [
    { key: 'grid_id', type: 'string', label: { de: 'Gitterzelle', en: 'Grid cell' }, queryable: true },
    { key: 'population', type: 'integer', label: { de: 'Einwohner 2011', en: 'Inhabitants 2011' } },
    { key: 'mean_age', type: 'number', label: { de: 'Durchschnittsalter', en: 'Mean age' }, unit: 'Jahre' },
    { key: 'share_under18_pct', type: 'number', label: { de: 'Anteil unter 18', en: 'Share under 18' }, unit: '%' },
    { key: 'share_65plus_pct', type: 'number', label: { de: 'Anteil ab 65', en: 'Share 65 and over' }, unit: '%' },
    municipalityAgs,
    municipalityName,
    { key: 'in_region', type: 'boolean', label: { de: 'in der Region', en: 'In the region' }, queryable: true },
  ],
  style: { color: '#882255', minzoom: 0 },
  attribution: [attributions.zensus],
  sample: false,
  visibleByDefault: false,
  sourceLayer: 'population_grid',
}
