import './projects.css'
import type { ProjectGeometry } from '@regiopol/geodata'
import { useCallback, useEffect, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { reloadLayer } from '../data/feature-cache.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { createProject, fetchProject, patchProject, ProjectApiError, type ProjectFeature } from './api.ts'
import { createBody, emptyValues, patchBody, problemsByField, valuesOf, type FormValues } from './form-values.ts'
import { mayCreateProject, mayEditProject } from './permissions.ts'
import { ProjectForm } from './ProjectForm.tsx'

interface SaveState {
  busy: boolean
  problems: Record<string, string>
  error: string | null
  stale: boolean
}
const IDLE: SaveState = { busy: false, problems: {}, error: null, stale: false }

function saveFailed(err: unknown): SaveState {
  if (err instanceof ProjectApiError) {
    return { busy: false, problems: problemsByField(err.errors, err.kind), error: err.message, stale: err.status === 412 }
  }
  return { ...IDLE, error: err instanceof Error ? err.message : String(err) }
}

function Message({ state, onReload }: { state: SaveState; onReload?: () => void }) {
  const t = useT()
  if (state.stale) {
    return (
      <div role="alert" className="pool-error">
        <p>{t('projects.form.stale')}</p>
        {onReload && <button type="button" onClick={onReload}>{t('projects.form.reload')}</button>}
      </div>
    )
  }
  return state.error ? <p role="alert" className="pool-error">{t('projects.form.failed', { message: state.error })}</p> : null
}

/** /projekte/neu: editors create a project of their municipality, admins of any. */
export function ProjectNewPage() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const checked = useAtlas((s) => s.sessionChecked)
  const [, navigate] = useLocation()
  const [state, setState] = useState<SaveState>(IDLE)
  const submit = async (values: FormValues, geometry: ProjectGeometry | null | undefined) => {
    setState({ ...IDLE, busy: true })
    try {
      const created = await createProject(createBody(values, geometry ?? null))
      void reloadLayer('projects')
      navigate(`/projekte/${created.id}`)
    } catch (err) {
      setState(saveFailed(err))
    }
  }
  return (
    <PageShell title={t('projects.form.newTitle')}>
      <p className="small"><Link href="/projekte">← {t('projects.backToList')}</Link></p>
      <h1>{t('projects.form.newTitle')}</h1>
      {!mayCreateProject(account) ? (
        checked && <p role="alert">{t('projects.form.notAllowed')}</p>
      ) : (
        <ProjectForm
          initial={emptyValues(account?.role === 'editor' ? account.municipality_ags : null)}
          initialGeometry={null}
          problems={state.problems}
          message={<Message state={state} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => navigate('/projekte')}
        />
      )}
    </PageShell>
  )
}

/** /projekte/:id/bearbeiten: PATCH with If-Match; a 412 says "changed in the meantime" and offers to reload. */
export function ProjectEditPage({ id }: { id: string }) {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const [, navigate] = useLocation()
  const [loaded, setLoaded] = useState<{ project: ProjectFeature; etag: string } | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [state, setState] = useState<SaveState>(IDLE)
  const [formKey, setFormKey] = useState(0)
  const load = useCallback(() => {
    fetchProject(id).then(
      (l) => {
        setLoaded(l)
        setFormKey((k) => k + 1)
      },
      (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
    )
  }, [id])
  useEffect(load, [load, account])

  const submit = async (values: FormValues, geometry: ProjectGeometry | null | undefined) => {
    if (!loaded) return
    setState({ ...IDLE, busy: true })
    try {
      await patchProject(loaded.project.id, loaded.etag, patchBody(values, geometry))
      void reloadLayer('projects')
      navigate(`/projekte/${id}`)
    } catch (err) {
      setState(saveFailed(err))
    }
  }
  const title = loaded ? t('projects.form.editTitle', { title: loaded.project.properties.title }) : t('projects.edit')
  return (
    <PageShell title={title}>
      <p className="small"><Link href={`/projekte/${id}`}>← {loaded?.project.properties.title ?? t('projects.backToList')}</Link></p>
      <h1>{title}</h1>
      {loadError && <p role="alert">{t('projects.loadFailed', { message: loadError })}</p>}
      {loaded && !mayEditProject(account, loaded.project.properties.municipality_ags) && <p role="alert">{t('projects.form.notAllowed')}</p>}
      {loaded && mayEditProject(account, loaded.project.properties.municipality_ags) && (
        <ProjectForm
          key={formKey}
          initial={valuesOf(loaded.project)}
          initialGeometry={loaded.project.geometry as ProjectGeometry | null}
          problems={state.problems}
          message={<Message state={state} onReload={() => {
            setState(IDLE)
            load()
          }} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => navigate(`/projekte/${id}`)}
        />
      )}
    </PageShell>
  )
}
