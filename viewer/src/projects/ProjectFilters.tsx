import { actionFields, projectStatuses } from '@regiopol/geodata'
import { useEffect, useState } from 'react'
import { pick } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { isFiltered, withQuery, type ProjectQuery } from './query.ts'
import { useMunicipalities } from '../shared/useMunicipalities.ts'
import { useKnownTags } from './useProjectData.ts'

/** Search box and the four filters; every change goes into the URL (the caller's setQuery). */
export function ProjectFilters({ query, setQuery }: { query: ProjectQuery; setQuery: (q: ProjectQuery) => void }) {
  const t = useT()
  const language = useLanguage()
  const municipalities = useMunicipalities()
  const tags = useKnownTags()
  const [text, setText] = useState(query.q ?? '')
  useEffect(() => setText(query.q ?? ''), [query.q])
  // Typing updates the list after a short pause, not on every key.
  useEffect(() => {
    if ((query.q ?? '') === text.trim()) return
    const timer = setTimeout(() => setQuery(withQuery(query, 'q', text.trim())), 300)
    return () => clearTimeout(timer)
  }, [text]) // eslint-disable-line react-hooks/exhaustive-deps
  const set = (key: keyof ProjectQuery) => (e: { target: { value: string } }) => setQuery(withQuery(query, key, e.target.value))

  return (
    <form className="project-filters" role="search" aria-label={t('projects.filters')} onSubmit={(e) => {
      e.preventDefault()
      setQuery(withQuery(query, 'q', text.trim()))
    }}>
      <label className="project-search">
        {t('projects.search')}
        <input type="search" name="q" value={text} placeholder={t('projects.searchPlaceholder')} onChange={(e) => setText(e.target.value)} aria-describedby="project-search-help" />
      </label>
      <p id="project-search-help" className="small muted">{t('projects.searchHelp')}</p>
      <div className="project-filter-row">
        <label>
          {t('projects.actionField')}
          <select value={query.action_field ?? ''} onChange={set('action_field')}>
            <option value="">{t('projects.allActionFields')}</option>
            {actionFields.map((o) => (
              <option key={o.value} value={o.value}>{pick(o.label, language)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('projects.municipalities')}
          <select value={query.municipality ?? ''} onChange={set('municipality')}>
            <option value="">{t('projects.allMunicipalities')}</option>
            {municipalities.map(([ags, name]) => (
              <option key={ags} value={ags}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('projects.status')}
          <select value={query.status ?? ''} onChange={set('status')}>
            <option value="">{t('projects.allStatuses')}</option>
            {projectStatuses.map((o) => (
              <option key={o.value} value={o.value}>{pick(o.label, language)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('projects.tag')}
          <select value={query.tag ?? ''} onChange={set('tag')}>
            <option value="">–</option>
            {query.tag && !tags.includes(query.tag) && <option value={query.tag}>{query.tag}</option>}
            {tags.map((tag) => (
              <option key={tag} value={tag}>{tag}</option>
            ))}
          </select>
        </label>
        {isFiltered(query) && (
          <button type="button" onClick={() => setQuery(query.selected ? { selected: query.selected } : {})}>
            {t('projects.resetFilters')}
          </button>
        )}
      </div>
    </form>
  )
}
