import { layers } from '@regiopol/geodata'
import { useEffect } from 'react'
import { BASEMAP_SOURCES } from '../map/layers/basemap.ts'
import { SEARCH_LAYERS } from '../search/search.ts'
import { useVisibleLayers } from '../store/hooks.ts'
import { useAtlas } from '../store/index.ts'
import { loadCount, loadLayer } from './feature-cache.ts'

/**
 * Loads what the view needs: visible layers, the basemap's and search's layers and the
 * selection's layer. Others only get their count until they are switched on.
 */
export function useDataLoader(): void {
  const visible = useVisibleLayers()
  const selectedLayer = useAtlas((s) => s.selected?.layer)
  const tableLayer = useAtlas((s) => s.tableLayer)
  const filterLayer = useAtlas((s) => s.filterLayer)
  useEffect(() => {
    const needed = new Set([...visible, ...BASEMAP_SOURCES, ...SEARCH_LAYERS, filterLayer])
    if (selectedLayer) needed.add(selectedLayer)
    if (tableLayer) needed.add(tableLayer)
    for (const l of layers) {
      if (needed.has(l.id)) void loadLayer(l.id)
      else void loadCount(l.id)
    }
  }, [visible, selectedLayer, tableLayer, filterLayer])
}
