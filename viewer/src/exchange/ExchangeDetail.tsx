import '../projects/projects.css'
import './exchange.css'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { reloadLayer, type AtlasFeature } from '../data/feature-cache.ts'
import { formatDate } from '../i18n/index.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { ApiError } from '../api/http.ts'
import { ProjectMap } from '../shared/ProjectMap.tsx'
import { openOnMap } from '../state/url-sync.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { closePost, fetchPost, type PostFeature } from './api.ts'
import { mayEditPost } from './permissions.ts'
import { PostBadges, PostExpiry } from './PostBadges.tsx'
import { PostContact } from './PostContact.tsx'

/** /boerse/:id: one post with its contact, a small map, and for its editors edit and close (If-Match). */
export function ExchangeDetail({ id }: { id: string }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const [, navigate] = useLocation()
  const [loaded, setLoaded] = useState<{ post: PostFeature; etag: string } | null>(null)
  const [problem, setProblem] = useState<{ status: number; message: string } | null>(null)
  const [action, setAction] = useState<{ error: string | null; stale: boolean }>({ error: null, stale: false })
  const load = useCallback(() => {
    setProblem(null)
    fetchPost(id).then(setLoaded, (err: unknown) => {
      setLoaded(null)
      setProblem({ status: err instanceof ApiError ? err.status : 0, message: err instanceof Error ? err.message : String(err) })
    })
  }, [id])
  useEffect(load, [load, account])

  const feature = useMemo<AtlasFeature | null>(() => loaded?.post.geometry
    ? { type: 'Feature', id: loaded.post.id, geometry: loaded.post.geometry, properties: { ...loaded.post.properties, [ID_PROPERTY]: String(loaded.post.id) } }
    : null, [loaded])

  const close = async () => {
    if (!loaded || !window.confirm(t('exchange.closeConfirm', { title: loaded.post.properties.title }))) return
    try {
      await closePost(loaded.post.id, loaded.etag)
      void reloadLayer('exchange_posts')
      navigate('/boerse')
    } catch (err) {
      setAction({ error: err instanceof Error ? err.message : String(err), stale: err instanceof ApiError && err.status === 412 })
    }
  }

  const p = loaded?.post.properties
  const title = p?.title ?? t('exchange.title')
  const editable = !!p && mayEditPost(account, p.municipality_ags)
  return (
    <PageShell title={title}>
      <p className="small"><Link href="/boerse">← {t('exchange.backToList')}</Link></p>
      {problem && (
        <p role="alert">{problem.status === 404 ? t('exchange.notFound') : problem.status === 410 ? t('exchange.gone', { message: problem.message }) : t('exchange.loadFailed', { message: problem.message })}</p>
      )}
      {p && (
        <article className="exchange-detail" data-type={p.type}>
          <p><PostBadges p={p as unknown as Record<string, unknown>} /></p>
          <h1>{p.title}</h1>
          {p.expired && <p className="exchange-notice" role="note">{t('exchange.expiredNotice')}</p>}
          <p className="project-meta">
            <strong>{p.municipality}</strong> · <PostExpiry p={p as unknown as Record<string, unknown>} /> · {t('exchange.postedOn', { date: formatDate(p.posted_on, language) })}
          </p>
          <div className="project-actions">
            {feature && !p.expired && (
              <button type="button" onClick={() => openOnMap({ visible: [...new Set([...useAtlas.getState().visible, 'exchange_posts' as const])], selected: { layer: 'exchange_posts', id: String(p.id) } })}>
                {t('exchange.showOnMainMap')}
              </button>
            )}
            {editable && !p.closed_on && (
              <>
                <Link href={`/boerse/${p.id}/bearbeiten`} className="button">{t('exchange.edit')}</Link>
                <button type="button" className="danger" onClick={() => void close()}>{t('exchange.close')}</button>
              </>
            )}
          </div>
          {action.error && (
            <div role="alert" className="pool-error">
              <p>{action.stale ? t('exchange.form.stale') : t('exchange.form.failed', { message: action.error })}</p>
              {action.stale && <button type="button" onClick={() => { setAction({ error: null, stale: false }); load() }}>{t('exchange.form.reload')}</button>}
            </div>
          )}
          <div className="project-columns">
            <div>
              {p.description && <p className="prewrap">{p.description}</p>}
              <PostContact p={p as unknown as Record<string, unknown>} editable={editable} />
              <p className="small">
                {t('exchange.shareLink')}: <a href={`/boerse/${p.id}`}>{`${location.origin}/boerse/${p.id}`}</a>
              </p>
            </div>
            {feature && (
              <ProjectMap layer="exchange_posts" features={[feature]} selectedId={String(p.id)} fitTo={feature} label={t('exchange.map')} hint={t('exchange.mapHint')} className="small-map" />
            )}
          </div>
        </article>
      )}
    </PageShell>
  )
}
