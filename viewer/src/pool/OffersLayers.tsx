import { Layer, Source } from '@vis.gl/react-maplibre'
import { useMemo } from 'react'
import { OFFER_POINT_SOURCE, offerLayers } from './layers/offers.ts'
import type { MapOverlay } from '../map/overlays.ts'
import { useAtlas } from '../store/index.ts'

/** The offered areas' outline and the intervention point on the map. */
export function OffersLayers() {
  const ids = useAtlas((s) => s.offerIds)
  const point = useAtlas((s) => s.offerPoint)
  const specs = useMemo(() => offerLayers(ids, point !== null), [ids, point])
  const data = useMemo(
    () => ({ type: 'FeatureCollection' as const, features: point ? [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: point } }] : [] }),
    [point],
  )
  return (
    <>
      <Source id={OFFER_POINT_SOURCE} type="geojson" data={data} />
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
    </>
  )
}

/** While the offers panel waits for the intervention point, a map click sets it (and selects nothing). */
export function handleOffersClick(e: { lngLat: { lng: number; lat: number } }): boolean {
  const s = useAtlas.getState()
  if (!s.offersOpen || !s.offersPicking) return false
  s.setOfferPoint([e.lngLat.lng, e.lngLat.lat])
  return true
}

export const offersOverlay: MapOverlay = { id: 'offers', Layers: OffersLayers, onClick: handleOffersClick }
