import './pool.css'
import { measureTypes, type CreateAreaBody, type PolygonGeometry } from '@regiopol/geodata'
import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { reloadLayer } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { createArea } from './api.ts'
import { startPolygonDrawing, type PolygonDrawing } from './draw.ts'
import { MunicipalityOptions } from '../shared/MunicipalityOptions.tsx'
import { UploadPreview } from './files/UploadPreview.tsx'
import { useUpload } from './files/use-upload.ts'
import type { SharedAttributes } from './files/selection.ts'

function vertexCount(g: PolygonGeometry): number {
  return g.type === 'Polygon' ? g.coordinates.flat().length : g.coordinates.flat(2).length
}

/** The register panel (loaded when it first opens): draw or upload the polygon, fill in the attributes, save. */
export function RegisterPanel({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const drawing = useAtlas((s) => s.poolDrawing)
  const setDrawing = useAtlas((s) => s.setPoolDrawing)
  const setOpen = useAtlas((s) => s.setRegisterOpen)
  const select = useAtlas((s) => s.select)
  const drawRef = useRef<PolygonDrawing | null>(null)
  const [geometry, setGeometry] = useState<PolygonGeometry | null>(null)
  const upload = useUpload(mapRef)
  const [name, setName] = useState('')
  const [ags, setAgs] = useState(account?.municipality_ags ?? '')
  const [measure, setMeasure] = useState<string>(measureTypes[0].value)
  const [mode, setMode] = useState<'direct' | 'biotope'>('direct')
  const [points, setPoints] = useState('')
  const [before, setBefore] = useState('')
  const [after, setAfter] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    drawRef.current = startPolygonDrawing(map, (polygon) => {
      setGeometry(polygon)
      // After the click that closed the ring has also reached the map (which must not select anything).
      setTimeout(() => useAtlas.getState().setPoolDrawing(false), 50)
    })
    return () => {
      drawRef.current?.stop()
      drawRef.current = null
      useAtlas.getState().setPoolDrawing(false)
    }
  }, [mapRef])

  const startDrawing = () => {
    setGeometry(null)
    setResult(null)
    upload.discard()
    drawRef.current?.draw()
    setDrawing(true)
  }

  const onFile = (file: File | undefined) => {
    if (!file) return
    setGeometry(null)
    setResult(null)
    drawRef.current?.clear()
    setDrawing(false)
    void upload.open(file)
  }

  const shared = (): SharedAttributes => ({
    municipality_ags: ags,
    measure_type: measure as SharedAttributes['measure_type'],
    ...(mode === 'direct' ? (points ? { eco_points_total: Number(points) } : {}) : { biotope_value_before: Number(before), biotope_value_after: Number(after) }),
    status: 'verfuegbar',
  })

  /** Saves the chosen features of an uploaded file; the panel stays open to show each answer. */
  const saveUploaded = async () => {
    setBusy(true)
    try {
      const created = await upload.saveChosen(shared())
      if (created.length > 0) {
        await reloadLayer('compensation_areas')
        select({ layer: 'compensation_areas', id: created.at(-1)! })
      }
    } finally {
      setBusy(false)
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (upload.result) {
      await saveUploaded()
      return
    }
    if (!geometry) {
      setResult({ ok: false, text: t('pool.noGeometry') })
      return
    }
    setBusy(true)
    const body: CreateAreaBody = {
      type: 'Feature',
      geometry,
      properties: { ...shared(), name },
    }
    try {
      const created = await createArea(body)
      setResult({ ok: true, text: t('pool.saved', { name, id: String(created.id) }) })
      await reloadLayer('compensation_areas')
      drawRef.current?.stop()
      setOpen(false)
      select({ layer: 'compensation_areas', id: String(created.id) })
    } catch (err) {
      setResult({ ok: false, text: t('pool.failed', { message: err instanceof Error ? err.message : String(err) }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <aside className="pool-register" aria-labelledby="pool-register-title">
      <h2 id="pool-register-title">{t('pool.registerTitle')}</h2>
      <div className="pool-geometry">
        <button type="button" onClick={startDrawing} aria-pressed={drawing}>
          ✎ {geometry ? t('pool.drawAgain') : t('pool.draw')}
        </button>
        {drawing && <p className="muted">{t('pool.drawHint')}</p>}
        <label>
          {t('upload.label')}
          <input
            type="file"
            accept=".geojson,.json,.zip,.gpkg,application/geo+json,application/json,application/zip,application/geopackage+sqlite3"
            onChange={(e) => {
              onFile(e.target.files?.[0])
              e.target.value = '' // the same file again reads it again
            }}
          />
        </label>
        {upload.reading && <p role="status">{t('upload.reading')}</p>}
        {upload.error && (
          <p role="alert" className="pool-error">
            {t('upload.unreadable', { message: upload.error })}
          </p>
        )}
        {upload.result ? (
          <>
            <UploadPreview upload={upload} />
            <button type="button" onClick={upload.discard}>
              {t('upload.discard')}
            </button>
          </>
        ) : geometry ? (
          <p className="pool-ok" data-vertices={vertexCount(geometry)}>{t('pool.geometryReady', { vertices: vertexCount(geometry) })}</p>
        ) : (
          !drawing && !upload.reading && <p className="muted">{t('pool.noGeometry')}</p>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)}>
        {!upload.result && (
          <label>
            {t('pool.name')}
            <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
        <label>
          {t('pool.municipality')}
          <select required value={ags} onChange={(e) => setAgs(e.target.value)} disabled={account?.role !== 'admin'}>
            {account?.role === 'admin' && <option value="">–</option>}
            <MunicipalityOptions only={(value) => account?.role === 'admin' || value === account?.municipality_ags} />
          </select>
        </label>
        <label>
          {t('pool.measureType')}
          <select value={measure} onChange={(e) => setMeasure(e.target.value)}>
            {measureTypes.map((m) => (
              <option key={m.value} value={m.value}>
                {pick(m.label, language)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('pool.pointsMode')}</legend>
          <label className="inline">
            <input type="radio" name="points-mode" checked={mode === 'direct'} onChange={() => setMode('direct')} /> {t('pool.pointsDirect')}
          </label>
          <label className="inline">
            <input type="radio" name="points-mode" checked={mode === 'biotope'} onChange={() => setMode('biotope')} /> {t('pool.pointsBiotope')}
          </label>
          {mode === 'direct' ? (
            upload.result?.columns.length && upload.pointsColumn ? null : <label>
              {t('pool.points')}
              <input type="number" required min={1} step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
            </label>
          ) : (
            <>
              <label>
                {t('pool.biotopeBefore')}
                <input type="number" required min={0} step="any" value={before} onChange={(e) => setBefore(e.target.value)} />
              </label>
              <label>
                {t('pool.biotopeAfter')}
                <input type="number" required min={0} step="any" value={after} onChange={(e) => setAfter(e.target.value)} />
              </label>
            </>
          )}
        </fieldset>
        <div className="pool-actions">
          <button type="submit" disabled={busy || (upload.result ? upload.chosen.size === 0 : !geometry)}>
            {upload.result ? t('upload.saveChosen') : t('pool.save')}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('pool.close')}
          </button>
        </div>
        {result && (
          <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'pool-ok' : 'pool-error'}>
            {result.text}
          </p>
        )}
      </form>
    </aside>
  )
}
