import '../projects/projects.css'
import './exchange.css'
import type { ExchangePoint } from '@regiopol/geodata'
import { useCallback } from 'react'
import { Link, useLocation } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { clearDraft } from '../shared/drafts.ts'
import { reloadLayer } from '../data/feature-cache.ts'
import { saveFailed as failedSave, SaveMessage, useEditedRecord, useSave } from '../shared/save-state.tsx'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { createPost, fetchPost, patchPost } from './api.ts'
import { ExchangeForm } from './ExchangeForm.tsx'
import { createPostBody, emptyPostValues, patchPostBody, postValuesOf, type PostFormValues } from './form-values.ts'
import { mayCreatePost, mayEditPost } from './permissions.ts'

const TEXTS = { stale: 'exchange.form.stale', reload: 'exchange.form.reload', failed: 'exchange.form.failed' } as const

/** The server names an expiry problem by its kind (expiry-in-past, expiry-too-late): it belongs to the date field. */
const saveFailed = (err: unknown) => failedSave(err, (e): Record<string, string> => (e.kind.startsWith('expiry-') ? { expires_on: e.message } : {}))

const today = () => new Date().toISOString().slice(0, 10)

/** /boerse/neu: editors post for their municipality, admins for any. */
export function ExchangeNewPage() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const checked = useAtlas((s) => s.sessionChecked)
  const [, navigate] = useLocation()
  const { state, save } = useSave(saveFailed)
  const submit = (values: PostFormValues, geometry: ExchangePoint | null | undefined) =>
    save(async () => {
      const created = await createPost(createPostBody(values, geometry ?? null))
      clearDraft('exchange:new')
      void reloadLayer('exchange_posts')
      navigate(`/boerse/${created.id}`)
    })
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
          message={<SaveMessage state={state} texts={TEXTS} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => {
            clearDraft('exchange:new')
            navigate('/boerse')
          }}
          draftKey="exchange:new"
        />
      )}
    </PageShell>
  )
}

/** /boerse/:id/bearbeiten: PATCH with If-Match; a 412 says "changed in the meantime" and offers to reload. */
export function ExchangeEditPage({ id }: { id: string }) {
  const t = useT()
  const [, navigate] = useLocation()
  const { account, loaded, loadError, formKey, load } = useEditedRecord(useCallback(() => fetchPost(id), [id]))
  const { state, save, reset } = useSave(saveFailed)

  const submit = async (values: PostFormValues, geometry: ExchangePoint | null | undefined) => {
    if (!loaded) return
    await save(async () => {
      await patchPost(loaded.post.id, loaded.etag, patchPostBody(values, geometry))
      clearDraft(`exchange:${id}`)
      void reloadLayer('exchange_posts')
      navigate(`/boerse/${id}`)
    })
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
          message={<SaveMessage state={state} texts={TEXTS} onReload={() => {
            clearDraft(`exchange:${id}`) // the reloaded record replaces what was typed; the draft would cover it again
            reset()
            load()
          }} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => {
            clearDraft(`exchange:${id}`)
            navigate(`/boerse/${id}`)
          }}
          draftKey={`exchange:${id}`}
        />
      )}
    </PageShell>
  )
}
