import { getLayer } from '@regiopol/geodata'
import { useId, useMemo, useState } from 'react'
import { getLayerData, useDataVersion } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { searchAll, SEARCH_LAYERS, searchEntries, type SearchEntry } from '../search/search.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/**
 * Search across layers as an ARIA combobox: type, move with ↑/↓, Enter flies to the
 * result and opens its info, Esc closes the list.
 */
/** Hits listed before "Alle … Treffer zeigen". */
const FIRST_HITS = 8

export function SearchBox() {
  const t = useT()
  const language = useLanguage()
  const version = useDataVersion()
  const select = useAtlas((s) => s.select)
  const setVisible = useAtlas((s) => s.setVisible)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  // -1: nothing highlighted yet; Enter then takes the best match.
  const [active, setActive] = useState(-1)
  const listId = useId()

  const entries = useMemo(() => SEARCH_LAYERS.flatMap((id) => searchEntries(getLayer(id), getLayerData(id).features)), [version])
  const [showAll, setShowAll] = useState(false)
  const hits = useMemo(() => searchAll(entries, text), [entries, text])
  const results = showAll ? hits : hits.slice(0, FIRST_HITS)
  const expanded = open && text.trim().length >= 2

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return
    setVisible(entry.layer, true)
    select({ layer: entry.layer, id: entry.id }, { fly: true })
    setText(entry.name)
    setOpen(false)
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(results.length - 1, i + 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => Math.max(0, i - 1))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      choose(results[Math.max(0, active)])
    } else if (e.key === 'Escape') {
      setOpen(false)
    }
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setShowAll(false)
          setActive(-1)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" className="search-results" hidden={!expanded} aria-label={t('search.label')}>
        {results.length === 0 && expanded && <li className="muted" role="option" aria-selected="false" aria-disabled="true">{t('search.noResults')}</li>}
        {results.map((r, i) => (
          <li
            key={`${r.layer}/${r.id}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
          >
            <span className="result-name">{r.name}</span>
            <span className="result-meta">
              {pick(getLayer(r.layer).title, language)}
              {r.context ? ` · ${r.context}` : ''}
            </span>
          </li>
        ))}
        {expanded && hits.length > results.length && (
          <li role="option" aria-selected="false" className="search-more" onMouseDown={(e) => e.preventDefault()} onClick={() => setShowAll(true)}>
            {t('search.showAll', { shown: results.length, count: hits.length })}
          </li>
        )}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {expanded ? t('search.results', { count: hits.length }) : ''}
      </span>
    </div>
  )
}
