import { measureTypes, type CreateAreaBody, type PolygonGeometry } from '@regiopol/geodata'
import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { reloadLayer } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { createArea } from './api.ts'
import { startPolygonDrawing, type PolygonDrawing } from './draw.ts'
import { municipalityOptions } from './municipalities.ts'
import { canRegister } from './permissions.ts'
import { parseAreaFile } from './upload.ts'

/** The header button that opens the register panel (editors and admins only). */
export function RegisterButton() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const open = useAtlas((s) => s.registerOpen)
  const setOpen = useAtlas((s) => s.setRegisterOpen)
  if (!canRegister(account)) return null
  return (
    <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
      ✚ {t('pool.register')}
    </button>
  )
}

function vertexCount(g: PolygonGeometry): number {
  return g.type === 'Polygon' ? g.coordinates.flat().length : g.coordinates.flat(2).length
}

/** Registering a compensation area: draw or upload its polygon, fill in the attributes, save. */
export function RegisterArea({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const open = useAtlas((s) => s.registerOpen)
  const account = useAtlas((s) => s.account)
  if (!open || !canRegister(account)) return null
  return <RegisterPanel mapRef={mapRef} />
}

function RegisterPanel({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const drawing = useAtlas((s) => s.poolDrawing)
  const setDrawing = useAtlas((s) => s.setPoolDrawing)
  const setOpen = useAtlas((s) => s.setRegisterOpen)
  const select = useAtlas((s) => s.select)
  const drawRef = useRef<PolygonDrawing | null>(null)
  const [geometry, setGeometry] = useState<PolygonGeometry | null>(null)
  const [problems, setProblems] = useState<string[]>([])
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
      setProblems([])
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
    drawRef.current?.draw()
    setDrawing(true)
  }

  const onFile = async (file: File | undefined) => {
    if (!file) return
    const parsed = parseAreaFile(await file.text())
    setProblems(parsed.problems)
    setGeometry(parsed.geometry)
    if (parsed.name && !name) setName(parsed.name)
    if (parsed.geometry) {
      const coords = parsed.geometry.type === 'Polygon' ? parsed.geometry.coordinates.flat() : parsed.geometry.coordinates.flat(2)
      const xs = coords.map((c) => c[0]!)
      const ys = coords.map((c) => c[1]!)
      mapRef.current?.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 80, duration: 0, maxZoom: 16 })
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!geometry) {
      setResult({ ok: false, text: t('pool.noGeometry') })
      return
    }
    setBusy(true)
    const body: CreateAreaBody = {
      type: 'Feature',
      geometry,
      properties: {
        name,
        municipality_ags: ags,
        measure_type: measure as CreateAreaBody['properties']['measure_type'],
        ...(mode === 'direct' ? { eco_points_total: Number(points) } : { biotope_value_before: Number(before), biotope_value_after: Number(after) }),
        status: 'verfuegbar',
      },
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
          {t('pool.upload')}
          <input type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {geometry ? <p className="pool-ok" data-vertices={vertexCount(geometry)}>{t('pool.geometryReady', { vertices: vertexCount(geometry) })}</p> : !drawing && <p className="muted">{t('pool.noGeometry')}</p>}
        {problems.length > 0 && (
          <div role="alert" className="pool-error">
            <strong>{t('pool.problems')}</strong>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('pool.name')}
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('pool.municipality')}
          <select required value={ags} onChange={(e) => setAgs(e.target.value)} disabled={account?.role !== 'admin'}>
            {account?.role === 'admin' && <option value="">–</option>}
            {municipalityOptions()
              .filter(([value]) => account?.role === 'admin' || value === account?.municipality_ags)
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
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
            <label>
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
          <button type="submit" disabled={busy || !geometry}>
            {t('pool.save')}
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
