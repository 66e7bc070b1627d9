import { Layer, Source } from '@vis.gl/react-maplibre'
import type { StyleSpecification } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { useAtlas } from '../../store/index.ts'
import { adoptVectorStyle, BASEMAP_DE_STYLE, osmBasemap, type OnlineBasemap } from '../basemaps.ts'
import { FONT_BOLD, FONT_REGULAR } from '../layers/common.ts'
import { offlineBasemapLayers } from '../layers/basemap.ts'
import { OVERLAY_ANCHOR } from '../style.ts'

/** Switches back to the offline basemap and tells the user why. */
export function basemapFailed(): void {
  const { basemap, setBasemap, showNotice } = useAtlas.getState()
  if (basemap === 'offline') return
  setBasemap('offline')
  showNotice({ key: 'basemap.failed', params: { basemap: basemap === 'osm' ? 'OpenStreetMap' : 'basemap.de' } })
}

/** The chosen basemap below the overlays: offline from our data, or an opt-in online one. */
export function BasemapLayers() {
  const basemap = useAtlas((s) => s.basemap)
  const municipalityLabelsShown = useAtlas((s) => s.visible.includes('municipalities'))
  const districtLabelsShown = useAtlas((s) => s.visible.includes('districts'))
  const [online, setOnline] = useState<OnlineBasemap | null>(null)

  useEffect(() => {
    setOnline(null)
    if (basemap === 'osm') setOnline(osmBasemap)
    if (basemap !== 'basemapde') return
    const abort = new AbortController()
    fetch(BASEMAP_DE_STYLE, { signal: abort.signal })
      .then((r) => (r.ok ? (r.json() as Promise<StyleSpecification>) : Promise.reject(new Error(String(r.status)))))
      .then((style) => setOnline(adoptVectorStyle(style, { regular: FONT_REGULAR, bold: FONT_BOLD })))
      .catch(() => {
        if (!abort.signal.aborted) basemapFailed()
      })
    return () => abort.abort()
  }, [basemap])

  if (basemap === 'offline') {
    return (
      <>
        {offlineBasemapLayers({ municipalityLabelsShown, districtLabelsShown }).map((spec) => (
          <Layer key={spec.id} {...spec} beforeId={OVERLAY_ANCHOR} />
        ))}
      </>
    )
  }
  if (!online) return null
  return (
    <>
      {Object.entries(online.sources).map(([id, source]) => (
        <Source key={id} id={id} {...source} />
      ))}
      {online.layers.map((spec) => (
        <Layer key={spec.id} {...spec} beforeId={OVERLAY_ANCHOR} />
      ))}
    </>
  )
}
