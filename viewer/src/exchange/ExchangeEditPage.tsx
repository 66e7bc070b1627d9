import '../projects/projects.css'
import './exchange.css'
import type { ExchangePoint } from '@regiopol/geodata'
import { useCallback, useEffect, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { reloadLayer } from '../data/feature-cache.ts'
import { ProjectApiError } from '../projects/api.ts'
import { problemsByField } from '../projects/form-values.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { createPost, fetchPost, patchPost, type PostFeature } from './api.ts'
import { ExchangeForm } from './ExchangeForm.tsx'
import { createPostBody, emptyPostValues, patchPostBody, postValuesOf, type PostFormValues } from './form-values.ts'
import { mayCreatePost, mayEditPost } from './permissions.ts'

interface SaveState {
  busy: boolean
  problems: Record<string, string>
  error: string | null
  stale: boolean
}
const IDLE: SaveState = { busy: false, problems: {}, error: null, stale: false }

function saveFailed(err: unknown): SaveState {
  if (err instanceof ProjectApiError) {
    const problems = problemsByField(err.errors, err.kind)
    if (err.kind.startsWith('expiry-')) problems.expires_on = err.message
    return { busy: false, problems, error: err.message, stale: err.status === 412 }
  }
  return { ...IDLE, error: err instanceof Error ? err.message : String(err) }
}

function Message({ state, onReload }: { state: SaveState; onReload?: () => void }) {
  const t = useT()
  if (state.stale) {
    return (
      <div role="alert" className="pool-error">
        <p>{t('exchange.form.stale')}</p>
        {onReload && <button type="button" onClick={onReload}>{t('exchange.form.reload')}</button>}
      </div>
    )
  }
  return state.error ? <p role="alert" className="pool-error">{t('exchange.form.failed', { message: state.error })}</p> : null
}

const today = () => new Date().toISOString().slice(0, 10)

/** /boerse/neu: editors post for their municipality, admins for any. */
export function ExchangeNewPage() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const checked = useAtlas((s) => s.sessionChecked)
  const [, navigate] = useLocation()
  const [state, setState] = useState<SaveState>(IDLE)
  const submit = async (values: PostFormValues, geometry: ExchangePoint | null | undefined) => {
    setState({ ...IDLE, busy: true })
    try {
      const created = await createPost(createPostBody(values, geometry ?? null))
      void reloadLayer('exchange_posts')
      navigate(`/boerse/${created.id}`)
    } catch (err) {
      setState(saveFailed(err))
    }
  }
  return (
    <PageShell title={t('exchange.form.newTitle')}>
      <p className="small"><Link href="/boerse">← {t('exchange.backToList')}</Link></p>
      <h1>{t('exchange.form.newTitle')}</h1>
      {!mayCreatePost(account) ? (
        checked && <p role="alert">{t('exchange.form.notAllowed')}</p>
      ) : (
        <ExchangeForm
          initial={emptyPostValues(account?.role === 'editor' ? account.municipality_ags : null, today())}
          initialGeometry={null}
          chooseMunicipality={account?.role === 'admin'}
          problems={state.problems}
          message={<Message state={state} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => navigate('/boerse')}
        />
      )}
    </PageShell>
  )
}

/** /boerse/:id/bearbeiten: PATCH with If-Match; a 412 says "changed in the meantime" and offers to reload. */
export function ExchangeEditPage({ id }: { id: string }) {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const [, navigate] = useLocation()
  const [loaded, setLoaded] = useState<{ post: PostFeature; etag: string } | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [state, setState] = useState<SaveState>(IDLE)
  const [formKey, setFormKey] = useState(0)
  const load = useCallback(() => {
    fetchPost(id).then(
      (l) => {
        setLoaded(l)
        setFormKey((k) => k + 1)
      },
      (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
    )
  }, [id])
  useEffect(load, [load, account])

  const submit = async (values: PostFormValues, geometry: ExchangePoint | null | undefined) => {
    if (!loaded) return
    setState({ ...IDLE, busy: true })
    try {
      await patchPost(loaded.post.id, loaded.etag, patchPostBody(values, geometry))
      void reloadLayer('exchange_posts')
      navigate(`/boerse/${id}`)
    } catch (err) {
      setState(saveFailed(err))
    }
  }
  const p = loaded?.post.properties
  const title = p ? t('exchange.form.editTitle', { title: p.title }) : t('exchange.edit')
  const allowed = !!p && mayEditPost(account, p.municipality_ags)
  return (
    <PageShell title={title}>
      <p className="small"><Link href={`/boerse/${id}`}>← {p?.title ?? t('exchange.backToList')}</Link></p>
      <h1>{title}</h1>
      {loadError && <p role="alert">{t('exchange.loadFailed', { message: loadError })}</p>}
      {p && !allowed && <p role="alert">{t('exchange.form.notAllowed')}</p>}
      {p && allowed && p.closed_on && <p role="alert">{t('exchange.form.closedPost')}</p>}
      {loaded && p && allowed && !p.closed_on && (
        <ExchangeForm
          key={formKey}
          initial={postValuesOf(loaded.post)}
          initialGeometry={loaded.post.geometry as ExchangePoint | null}
          chooseMunicipality={false}
          problems={state.problems}
          message={<Message state={state} onReload={() => {
            setState(IDLE)
            load()
          }} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => navigate(`/boerse/${id}`)}
        />
      )}
    </PageShell>
  )
}
