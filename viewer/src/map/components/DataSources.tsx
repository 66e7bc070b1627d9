import { layers } from '@regiopol/geodata'
import { Source } from '@vis.gl/react-maplibre'
import type * as GeoJSON from 'geojson'
import { useDataVersion, getLayerData } from '../../data/feature-cache.ts'
import { ID_PROPERTY } from '../layers/common.ts'

/**
 * One GeoJSON source per catalogue layer, mounted from the start (empty until loaded)
 * so that layers are always added in catalogue order. Attribution comes from the catalogue.
 */
export function DataSources() {
  useDataVersion()
  return (
    <>
      {layers.map((def) => (
        <Source
          key={def.id}
          id={def.id}
          type="geojson"
          // Features without geometry (some projects) are skipped by MapLibre; the table still lists them.
          data={getLayerData(def.id) as GeoJSON.GeoJSON}
          promoteId={ID_PROPERTY}
          attribution={def.attribution.map((a) => a.text).join('; ')}
        />
      ))}
    </>
  )
}
