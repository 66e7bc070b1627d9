/**
 * Typed promise API over the analysis worker, for the UI.
 *
 * @example
 * const analysis = createAnalysisClient()
 * await analysis.setData({ facilities, region, municipalities, population, stops, sites })
 * const base = await analysis.health({ cellSize: 250, mode: 'car', facilityTypes: ['krankenhaus'], thresholds: [10, 20, 30] })
 * const what = await analysis.scenario({ off: ['771201'], added: [] })
 * what.summaryDe // ['−0,4 % der Einwohner innerhalb von 30 Minuten', '2.950 Einwohner neu über 30 Minuten']
 */
import type { AnalysisMessage, AnalysisReply, AnalysisRequest, AnalysisResults } from '@regiopol/analysis'

type Params<K extends AnalysisRequest['type']> = Omit<Extract<AnalysisRequest, { type: K }>, 'type'>

export interface WorkerLike {
  postMessage(msg: AnalysisMessage, transfer?: Transferable[]): void
  addEventListener(type: 'message', listener: (e: MessageEvent<AnalysisReply>) => void): void
  terminate(): void
}

export function createAnalysisClient(
  worker: WorkerLike = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
) {
  let nextId = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  worker.addEventListener('message', (e) => {
    const reply = e.data
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (reply.ok) p.resolve(reply.result)
    else p.reject(new Error(reply.error))
  })
  const call = <K extends AnalysisRequest['type']>(type: K, params: Params<K>, transfer: Transferable[] = []): Promise<AnalysisResults[K]> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker.postMessage({ id, type, ...params } as AnalysisMessage, transfer)
    })
  return {
    setData: (data: Params<'setData'>['data']) => call('setData', { data }),
    /** Hands the road network binary to the worker (moved, not copied); null = straight line. */
    setNetwork: (graph: ArrayBuffer | null) => call('setNetwork', { graph }, graph ? [graph] : []),
    health: (params: Params<'health'>['params']) => call('health', { params }),
    scenario: (scenario: Params<'scenario'>['scenario']) => call('scenario', { scenario }),
    isobands: (breaks: number[]) => call('isobands', { breaks }),
    gridCells: () => call('gridCells', {}),
    catchments: (radiusM: number, inRegionOnly = true) => call('catchments', { radiusM, inRegionOnly }),
    sites: (params: Params<'sites'>['params']) => call('sites', { params }),
    exportSites: (format: 'csv' | 'geojson') => call('exportSites', { format }),
    /** ÖV-Güteklassen from a GTFS zip (moved to the worker) on a reference day YYYYMMDD. */
    oev: (gtfs: ArrayBuffer, date: string, cellSize: 250 | 500 | 1000 = 250) => call('oev', { gtfs, date, cellSize }, [gtfs]),
    terminate: () => {
      worker.terminate()
      for (const p of pending.values()) p.reject(new Error('Analyse abgebrochen'))
      pending.clear()
    },
  }
}

export type AnalysisClient = ReturnType<typeof createAnalysisClient>
