import type { MapRef } from '@vis.gl/react-maplibre'
import { useCallback, useEffect, useState } from 'react'
import { createArea } from '../api.ts'
import { guessNameColumn } from './checks.ts'
import { clearUploadPreview, previewBounds, previewCollection, showUploadPreview } from './preview-layer.ts'
import { bodyFor, isSaveable, type SharedAttributes } from './selection.ts'
import type { UploadFeature, UploadResult } from './types.ts'

/*
 * The state of one uploaded file in the register panel: the features read, the chosen
 * columns and features, each feature's save outcome, and the preview on the map.
 */

export type Outcome = { ok: true; id: string } | { ok: false; message: string }

export interface Upload {
  reading: boolean
  error: string | null
  result: UploadResult | null
  nameColumn: string | null
  pointsColumn: string | null
  chosen: ReadonlySet<number>
  outcomes: ReadonlyMap<number, Outcome>
  open: (file: File) => Promise<void>
  discard: () => void
  setNameColumn: (column: string | null) => void
  setPointsColumn: (column: string | null) => void
  toggle: (number: number) => void
  /** Saves the chosen features one by one; returns the ids created. */
  saveChosen: (shared: SharedAttributes) => Promise<string[]>
}

export function useUpload(mapRef: React.RefObject<MapRef | null>): Upload {
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<UploadResult | null>(null)
  const [nameColumn, setNameColumn] = useState<string | null>(null)
  const [pointsColumn, setPointsColumn] = useState<string | null>(null)
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set())
  const [outcomes, setOutcomes] = useState<ReadonlyMap<number, Outcome>>(new Map())

  const open = useCallback(
    async (file: File) => {
      setReading(true)
      setError(null)
      setOutcomes(new Map())
      try {
        // The readers (shpjs, sql.js) load only when someone uploads a file.
        const [{ readAreaFile }, { loadSqlJs }] = await Promise.all([import('./read.ts'), import('./sqljs.ts')])
        const read = await readAreaFile(file.name, new Uint8Array(await file.arrayBuffer()), { loadSql: loadSqlJs })
        const column = guessNameColumn(read.columns, read.features.map((f) => f.properties))
        setResult(read)
        setNameColumn(column)
        setPointsColumn(null)
        // One saveable feature is chosen for the user; with several they choose.
        const saveable = read.features.filter((f) => isSaveable(f, column))
        setChosen(new Set(saveable.length === 1 ? [saveable[0]!.number] : []))
        const bounds = previewBounds(previewCollection(read.features, () => 'ok'))
        if (bounds) mapRef.current?.fitBounds(bounds, { padding: 80, duration: 0, maxZoom: 16 })
      } catch (err) {
        setResult(null)
        setError(err instanceof Error ? err.message : String(err))
      } finally {
        setReading(false)
      }
    },
    [mapRef],
  )

  const discard = useCallback(() => {
    setResult(null)
    setError(null)
    setChosen(new Set())
    setOutcomes(new Map())
  }, [])

  const toggle = useCallback((number: number) => {
    setChosen((prev) => {
      const next = new Set(prev)
      if (!next.delete(number)) next.add(number)
      return next
    })
  }, [])

  // Keep the preview on the map in step with the table.
  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    if (!result) {
      clearUploadPreview(map)
      return
    }
    const stateOf = (f: UploadFeature) =>
      outcomes.get(f.number)?.ok ? 'saved' : chosen.has(f.number) ? 'chosen' : isSaveable(f, nameColumn) ? 'ok' : 'problem'
    showUploadPreview(map, previewCollection(result.features, stateOf))
  }, [mapRef, result, chosen, outcomes, nameColumn])

  useEffect(() => {
    const map = mapRef.current?.getMap()
    return () => {
      if (map) clearUploadPreview(map)
    }
  }, [mapRef])

  const saveChosen = useCallback(
    async (shared: SharedAttributes) => {
      if (!result) return []
      const created: string[] = []
      const next = new Map(outcomes)
      for (const feature of result.features) {
        if (!chosen.has(feature.number) || next.get(feature.number)?.ok || !isSaveable(feature, nameColumn)) continue
        try {
          const saved = await createArea(bodyFor(feature, shared, { name: nameColumn, points: pointsColumn }))
          next.set(feature.number, { ok: true, id: String(saved.id) })
          created.push(String(saved.id))
        } catch (err) {
          next.set(feature.number, { ok: false, message: err instanceof Error ? err.message : String(err) })
        }
        setOutcomes(new Map(next))
      }
      setChosen(new Set([...chosen].filter((n) => !next.get(n)?.ok)))
      return created
    },
    [result, chosen, outcomes, nameColumn, pointsColumn],
  )

  return { reading, error, result, nameColumn, pointsColumn, chosen, outcomes, open, discard, setNameColumn, setPointsColumn, toggle, saveChosen }
}
