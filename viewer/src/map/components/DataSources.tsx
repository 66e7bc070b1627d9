import { drawnFromTiles, layers, TILE_ZOOMS, type LayerDef } from '@regiopol/geodata'
import { Source } from '@vis.gl/react-maplibre'
import type * as GeoJSON from 'geojson'
import { useDataVersion, getLayerData } from '../../data/feature-cache.ts'
import { ID_PROPERTY } from '../layers/common.ts'

/** The API's vector tiles of a layer (OGC API - Tiles); absolute, as MapLibre's worker needs. */
export const tileUrl = (def: LayerDef) => `${location.origin}/api/collections/${def.id}/tiles/WebMercatorQuad/{z}/{x}/{y}`

/**
 * One source per catalogue layer, mounted from the start (empty until loaded) so that
 * layers are always added in catalogue order. Large layers (geodata's tile rules) come as
 * vector tiles, which the server keeps fresh per tile; the others as GeoJSON. String ids
 * (grid cells) are promoted to the tile features' ids. Attribution comes from the catalogue.
 */
export function DataSources() {
  useDataVersion()
  return (
    <>
      {layers.map((def) => {
        const attribution = def.attribution.map((a) => a.text).join('; ')
        if (drawnFromTiles(def)) {
          const promoteId = def.idType === 'string' ? { promoteId: { [def.sourceLayer]: def.idColumn } } : {}
          return <Source key={def.id} id={def.id} type="vector" tiles={[tileUrl(def)]} maxzoom={TILE_ZOOMS.max} attribution={attribution} {...promoteId} />
        }
        return (
          <Source
            key={def.id}
            id={def.id}
            type="geojson"
            // Features without geometry (some projects) are skipped by MapLibre; the table still lists them.
            data={getLayerData(def.id) as GeoJSON.GeoJSON}
            promoteId={ID_PROPERTY}
            attribution={attribution}
          />
        )
      })}
    </>
  )
}
