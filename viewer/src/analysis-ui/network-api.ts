import { ApiError, getJson, send } from '../api/http.ts'

/** The imported road network as /api/network describes it. */
export interface RoadNetworkInfo {
  id: number
  source: string
  sourceDate: string | null
  importedAt: string
  attribution: string
  speedSource: string
  nodes: number
  edges: number
  graphBytes: number
}

/** The imported road network, or null when none is imported (the API answers 404). */
export async function fetchRoadNetwork(signal?: AbortSignal): Promise<RoadNetworkInfo | null> {
  try {
    return await getJson<RoadNetworkInfo>('/network', signal)
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null
    throw err
  }
}

/** The routable graph as one binary (geodata graph-binary.ts), for the analysis worker. */
export async function fetchRoadGraph(info: RoadNetworkInfo, signal?: AbortSignal): Promise<ArrayBuffer> {
  return (await send('GET', `/network/graph.bin?v=${info.id}`, signal ? { signal } : {})).arrayBuffer()
}
