import type { LayerId } from '@regiopol/geodata'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { useSyncExternalStore } from 'react'
import { fetchAllItems, fetchCount, type ApiFeature } from '../api/features.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { useAtlas } from '../store/index.ts'

/*
 * The loaded GeoJSON lives here, outside the zustand store (it is big and never
 * edited); the store only holds each layer's load status and count. Every feature
 * gets its id copied into `__id` so that sources can promote it (hover state works
 * for string ids such as AGS keys, too).
 */

export type AtlasFeature = Feature<Geometry | null, Record<string, unknown>> & { id: string | number }
export interface AtlasCollection extends Omit<FeatureCollection<Geometry | null, Record<string, unknown>>, 'features'> {
  features: AtlasFeature[]
}

const EMPTY: AtlasCollection = { type: 'FeatureCollection', features: [] }
const cache = new Map<LayerId, AtlasCollection>()
const inFlight = new Map<LayerId, Promise<void>>()
const listeners = new Set<() => void>()
let version = 0

function notify() {
  version++
  for (const l of listeners) l()
}

function normalise(f: ApiFeature): AtlasFeature {
  return { type: 'Feature', id: f.id, geometry: f.geometry, properties: { ...f.properties, [ID_PROPERTY]: String(f.id) } }
}

export function getLayerData(id: LayerId): AtlasCollection {
  return cache.get(id) ?? EMPTY
}

export function findFeature(layer: LayerId, id: string): AtlasFeature | undefined {
  return getLayerData(layer).features.find((f) => String(f.id) === id)
}

/** Loads a layer once; later calls reuse the result. Status goes to the store. */
export function loadLayer(id: LayerId): Promise<void> {
  if (cache.has(id)) return Promise.resolve()
  const running = inFlight.get(id)
  if (running) return running
  const { setLayerStatus } = useAtlas.getState()
  setLayerStatus(id, { state: 'loading' })
  const job = fetchAllItems(id)
    .then((fc) => {
      cache.set(id, { type: 'FeatureCollection', features: fc.features.map(normalise) })
      setLayerStatus(id, { state: 'ready', total: fc.numberMatched })
      notify()
    })
    .catch((err: unknown) => {
      setLayerStatus(id, { state: 'error', error: err instanceof Error ? err.message : String(err) })
    })
    .finally(() => inFlight.delete(id))
  inFlight.set(id, job)
  return job
}

/** Fetches a layer again (after a write or a login) and replaces the cached copy without emptying it first. */
export async function reloadLayer(id: LayerId): Promise<void> {
  try {
    const fc = await fetchAllItems(id)
    cache.set(id, { type: 'FeatureCollection', features: fc.features.map(normalise) })
    useAtlas.getState().setLayerStatus(id, { state: 'ready', total: fc.numberMatched })
    notify()
  } catch (err) {
    useAtlas.getState().setLayerStatus(id, { state: 'error', error: err instanceof Error ? err.message : String(err) })
  }
}

/** Only the count, for layers that are not shown yet. */
export async function loadCount(id: LayerId): Promise<void> {
  if (cache.has(id)) return
  try {
    const total = await fetchCount(id)
    const current = useAtlas.getState().layerStatus[id]
    if (!current || current.state === 'idle') useAtlas.getState().setLayerStatus(id, { state: 'idle', total })
  } catch {
    // The count is a nicety; loading the layer reports real errors.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Re-renders when any layer finishes loading; returns that layer's collection. */
export function useLayerData(id: LayerId): AtlasCollection {
  useSyncExternalStore(subscribe, () => version)
  return getLayerData(id)
}

/** A number that changes whenever new data arrived (for memo dependencies). */
export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => version)
}
