import { useEffect, useState } from 'react'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { fetchProjectHistory, type ProjectHistoryEntry } from './api.ts'
import { fieldLabel, historyValue } from './labels.ts'

/**
 * Who changed what and when (GET /api/projects/{id}/history): for signed-in accounts,
 * as the server allows. Each entry lists the changed fields with the value before and after.
 */
export function ProjectHistory({ id, version }: { id: string; version: number }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const [history, setHistory] = useState<ProjectHistoryEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!account) return
    const abort = new AbortController()
    fetchProjectHistory(id, abort.signal).then(
      (h) => {
        setHistory(h)
        setError(null)
      },
      (err: unknown) => {
        if (!abort.signal.aborted) setError(err instanceof Error ? err.message : String(err))
      },
    )
    return () => abort.abort()
  }, [id, version, account])

  const when = (at: string) => new Date(at).toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
  const actionText = (a: string) => (a === 'create' || a === 'update' || a === 'delete' ? t(`projects.action.${a}`) : a)
  return (
    <section className="project-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('projects.history')}</h2>
      {!account ? (
        <p className="muted">{t('projects.historySignIn')}</p>
      ) : error ? (
        <p className="pool-error">{t('projects.loadFailed', { message: error })}</p>
      ) : history === null ? (
        <p className="muted">{t('projects.loading')}</p>
      ) : history.length === 0 ? (
        <p className="muted">{t('projects.historyEmpty')}</p>
      ) : (
        <ol reversed>
          {[...history].reverse().map((h) => (
            <li key={h.id} data-action={h.action}>
              <p>{t('projects.historyWho', { at: when(h.at), action: actionText(h.action), who: h.account_email ?? '–' })}</p>
              {h.changed.length > 0 && (
                <table className="history-changes">
                  <thead>
                    <tr>
                      <th scope="col">{t('projects.field')}</th>
                      {h.action !== 'create' && <th scope="col">{t('projects.before')}</th>}
                      <th scope="col">{t('projects.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.changed.map((key) => (
                      <tr key={key} data-field={key}>
                        <th scope="row">{fieldLabel(key, language)}</th>
                        {h.action !== 'create' && <td>{historyValue(key, h.before?.[key], language)}</td>}
                        <td>{historyValue(key, h.after?.[key], language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
