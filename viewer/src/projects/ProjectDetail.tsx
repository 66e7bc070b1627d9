import './projects.css'
import { bbox } from '@turf/turf'
import type * as GeoJSON from 'geojson'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { ApiError } from '../api/http.ts'
import { PageShell } from '../app/PageShell.tsx'
import { SampleBadge } from '../components/SampleBadge.tsx'
import { reloadLayer, type AtlasFeature } from '../data/feature-cache.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { openOnMap } from '../state/url-sync.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { deleteProject, fetchProject, fetchSimilar, type ProjectFeature, type SimilarProject } from './api.ts'
import { actionFieldColor, actionFieldLabel, periodText, statusLabel } from './labels.ts'
import { mayEditProject } from './permissions.ts'
import { ProjectContact } from './ProjectContact.tsx'
import { ProjectHistory } from './ProjectHistory.tsx'
import { ProjectMap } from '../shared/ProjectMap.tsx'

/** The map's camera on a project: its point or the middle of its area, in town scale. */
function cameraOn(feature: AtlasFeature) {
  const [w, s, e, n] = bbox(feature as GeoJSON.Feature<GeoJSON.Geometry>)
  return { lng: (w + e) / 2, lat: (s + n) / 2, zoom: 13, bearing: 0, pitch: 0 }
}

type Loaded = { project: ProjectFeature; etag: string } | { error: string; status: number } | null

/** /projekte/:id – everything about one project, with a link to share and the way back to the map. */
export function ProjectDetail({ id }: { id: string }) {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded>(null)
  const account = useAtlas((s) => s.account)
  const load = useCallback((signal?: AbortSignal) => {
    fetchProject(id, signal).then(setLoaded, (err: unknown) => {
      if (!signal?.aborted) setLoaded({ error: err instanceof Error ? err.message : String(err), status: err instanceof ApiError ? err.status : 0 })
    })
  }, [id])
  // Signing in or out changes what the server shows (contact details): load again then.
  useEffect(() => {
    const abort = new AbortController()
    load(abort.signal)
    return () => abort.abort()
  }, [load, account])

  if (!loaded) return <PageShell title={t('projects.title')}><p role="status">{t('projects.loading')}</p></PageShell>
  if ('error' in loaded) {
    const title = loaded.status === 404 ? t('projects.notFound') : t('projects.title')
    return (
      <PageShell title={title}>
        <h1>{title}</h1>
        <p role="alert">{loaded.status === 404 ? loaded.error : t('projects.loadFailed', { message: loaded.error })}</p>
        <p><Link href="/projekte">{t('projects.backToList')}</Link></p>
      </PageShell>
    )
  }
  return <ProjectView project={loaded.project} etag={loaded.etag} />
}

function ProjectView({ project, etag }: { project: ProjectFeature; etag: string }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const [, navigate] = useLocation()
  const p = project.properties
  const id = String(project.id)
  const text = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null)
  const list = (k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : [])
  const period = periodText(p.start_date, p.end_date, language)
  const feature = useMemo<AtlasFeature | null>(
    () => (project.geometry ? { type: 'Feature', id, geometry: project.geometry, properties: { ...p, [ID_PROPERTY]: id } } : null),
    [project, id], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const editable = mayEditProject(account, p.municipality_ags)
  const [deleteError, setDeleteError] = useState<string | null>(null)

  const remove = async () => {
    if (!window.confirm(t('projects.confirmDelete', { title: p.title }))) return
    try {
      await deleteProject(project.id, etag)
      void reloadLayer('projects')
      navigate('/projekte')
    } catch (err) {
      setDeleteError(t('projects.form.failed', { message: err instanceof Error ? err.message : String(err) }))
    }
  }

  return (
    <PageShell title={p.title}>
      <p className="small"><Link href="/projekte">← {t('projects.backToList')}</Link></p>
      <article className="project-detail" style={{ borderTopColor: actionFieldColor(p.action_field) }}>
        <h1>
          {p.title} {p.sample === true && <SampleBadge />}
        </h1>
        <div className="project-actions">
          <CopyProjectLink id={id} />
          {feature && (
            <button type="button" onClick={() => openOnMap({ visible: [...new Set([...useAtlas.getState().visible, 'projects' as const])], selected: { layer: 'projects', id }, camera: cameraOn(feature) })}>
              {t('projects.showOnMap')}
            </button>
          )}
          {editable && <Link href={`/projekte/${id}/bearbeiten`} className="button">{t('projects.edit')}</Link>}
          {editable && <button type="button" className="danger" onClick={() => void remove()}>{t('projects.delete')}</button>}
        </div>
        {deleteError && <p role="alert" className="pool-error">{deleteError}</p>}
        <dl className="project-facts">
          <dt>{t('projects.actionField')}</dt>
          <dd>{actionFieldLabel(p.action_field, language)}</dd>
          <dt>{t('projects.municipalities')}</dt>
          <dd>{p.municipalities.join(', ')}</dd>
          <dt>{t('projects.status')}</dt>
          <dd><span className="status-chip" data-status={String(p.status)}>{statusLabel(p.status, language)}</span></dd>
          {period && (<><dt>{t('projects.period')}</dt><dd>{period}</dd></>)}
          {text('funding_programme') && (<><dt>{t('projects.funding')}</dt><dd>{text('funding_programme')}</dd></>)}
        </dl>
        {text('summary') && <p className="project-summary">{text('summary')}</p>}
        {text('description') && (
          <section>
            <h2>{t('projects.description')}</h2>
            <p className="prewrap">{text('description')}</p>
          </section>
        )}
        <section className="project-learning" aria-labelledby="learning-title">
          <h2 id="learning-title">{t('projects.learning')}</h2>
          {!text('problems') && !text('lessons_learned') && <p className="muted">{t('projects.noLearning')}</p>}
          {text('problems') && (<><h3>{t('projects.problems')}</h3><p className="prewrap">{text('problems')}</p></>)}
          {text('lessons_learned') && (<><h3>{t('projects.lessons')}</h3><p className="prewrap">{text('lessons_learned')}</p></>)}
        </section>
        <div className="project-columns">
          <ProjectContact properties={p} editable={editable} />
          <section className="project-location">
            <h2>{t('projects.location')}</h2>
            {feature ? (
              <ProjectMap features={[feature]} selectedId={id} fitTo={feature} label={t('projects.locationMap')} className="small-map" />
            ) : (
              <p className="no-location">{t('projects.noLocationTitle')}</p>
            )}
          </section>
        </div>
        {list('links').length > 0 && (
          <section>
            <h2>{t('projects.links')}</h2>
            <ul>
              {list('links').map((href) => (
                <li key={href}><a href={href} rel="noopener noreferrer" target="_blank">{href}</a></li>
              ))}
            </ul>
          </section>
        )}
        {list('tags').length > 0 && (
          <section>
            <h2>{t('projects.tags')}</h2>
            <ul className="tag-list">
              {list('tags').map((tag) => (
                <li key={tag}><Link href={`/projekte?tag=${encodeURIComponent(tag)}`}>{tag}</Link></li>
              ))}
            </ul>
          </section>
        )}
        <SimilarProjects id={id} />
        <ProjectHistory id={id} version={Number(p.version)} />
      </article>
    </PageShell>
  )
}

function CopyProjectLink({ id }: { id: string }) {
  const t = useT()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const url = `${location.origin}/projekte/${id}`
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} data-url={url}>{t('projects.copyLink')}</button>
      <span role="status" className="small">
        {copied === 'copied' && t('projects.linkCopied')}
        {copied === 'failed' && <input readOnly value={url} aria-label={t('projects.copyLink')} onFocus={(e) => e.target.select()} />}
      </span>
    </span>
  )
}

function SimilarProjects({ id }: { id: string }) {
  const t = useT()
  const language = useLanguage()
  const [items, setItems] = useState<SimilarProject[] | null>(null)
  useEffect(() => {
    const abort = new AbortController()
    setItems(null)
    fetchSimilar(id, abort.signal).then(setItems, () => setItems([]))
    return () => abort.abort()
  }, [id])
  return (
    <section className="project-similar" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('projects.similar')}</h2>
      {items === null ? (
        <p className="muted">{t('projects.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('projects.similarNone')}</p>
      ) : (
        <ul>
          {items.map((s) => (
            <li key={s.id} data-similar={s.id}>
              <Link href={`/projekte/${s.id}`}>{s.title}</Link>
              <span className="small muted">
                {' – '}
                {s.municipalities.length > 3 ? `${s.municipalities.slice(0, 3).join(', ')} …` : s.municipalities.join(', ')}
                {' · '}
                {s.same_action_field ? t('projects.sameField') : actionFieldLabel(s.action_field, language)}
                {s.shared_terms.length > 0 && ` · ${t('projects.sharedTerms', { terms: s.shared_terms.slice(0, 4).join(', ') })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
