import './projects.css'
import type { ProjectGeometry } from '@regiopol/geodata'
import { useCallback } from 'react'
import { Link, useLocation } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { reloadLayer } from '../data/feature-cache.ts'
import { clearDraft } from '../shared/drafts.ts'
import { SaveMessage, useEditedRecord, useSave } from '../shared/save-state.tsx'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { createProject, fetchProject, patchProject } from './api.ts'
import { createBody, emptyValues, patchBody, valuesOf, type FormValues } from './form-values.ts'
import { mayCreateProject, mayEditProject } from './permissions.ts'
import { ProjectForm } from './ProjectForm.tsx'

const TEXTS = { stale: 'projects.form.stale', reload: 'projects.form.reload', failed: 'projects.form.failed' } as const

/** /projekte/neu: editors create a project of their municipality, admins of any. */
export function ProjectNewPage() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const checked = useAtlas((s) => s.sessionChecked)
  const [, navigate] = useLocation()
  const { state, save } = useSave()
  const submit = (values: FormValues, geometry: ProjectGeometry | null | undefined) =>
    save(async () => {
      const created = await createProject(createBody(values, geometry ?? null))
      clearDraft('project:new')
      void reloadLayer('projects')
      navigate(`/projekte/${created.id}`)
    })
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
          message={<SaveMessage state={state} texts={TEXTS} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => {
            clearDraft('project:new')
            navigate('/projekte')
          }}
          draftKey="project:new"
        />
      )}
    </PageShell>
  )
}

/** /projekte/:id/bearbeiten: PATCH with If-Match; a 412 says "changed in the meantime" and offers to reload. */
export function ProjectEditPage({ id }: { id: string }) {
  const t = useT()
  const [, navigate] = useLocation()
  const { account, loaded, loadError, formKey, load } = useEditedRecord(useCallback(() => fetchProject(id), [id]))
  const { state, save, reset } = useSave()

  const submit = async (values: FormValues, geometry: ProjectGeometry | null | undefined) => {
    if (!loaded) return
    await save(async () => {
      await patchProject(loaded.project.id, loaded.etag, patchBody(values, geometry))
      clearDraft(`project:${id}`)
      void reloadLayer('projects')
      navigate(`/projekte/${id}`)
    })
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
          message={<SaveMessage state={state} texts={TEXTS} onReload={() => {
            clearDraft(`project:${id}`) // the reloaded record replaces what was typed; the draft would cover it again
            reset()
            load()
          }} />}
          busy={state.busy}
          onSubmit={(v, g) => void submit(v, g)}
          onCancel={() => {
            clearDraft(`project:${id}`)
            navigate(`/projekte/${id}`)
          }}
          draftKey={`project:${id}`}
        />
      )}
    </PageShell>
  )
}
