import { useLanguage, useT } from '../store/hooks.ts'
import { fieldChanges } from './history-changes.ts'

/** The changed fields of one history entry, before → after. */
export function HistoryChanges({ before, after }: { before: unknown; after: unknown }) {
  const t = useT()
  const language = useLanguage()
  const changes = fieldChanges(before, after, language)
  if (changes.length === 0) return null
  return (
    <table className="history-changes">
      <thead>
        <tr>
          <th scope="col">{t('pool.historyField')}</th>
          {before !== null && before !== undefined && <th scope="col">{t('pool.historyBefore')}</th>}
          <th scope="col">{t('pool.historyAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.key} data-field={c.key}>
            <th scope="row">{c.label}</th>
            {before !== null && before !== undefined && <td>{c.before}</td>}
            <td>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
