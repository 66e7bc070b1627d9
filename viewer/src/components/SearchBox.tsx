import { getLayer } from '@regiopol/geodata'
import { useEffect, useId, useMemo, useState } from 'react'
import { getLayerData, useDataVersion } from '../data/feature-cache.ts'
import { formatNumber, pick, type Language } from '../i18n/index.ts'
import { parseCoordinate } from '../search/coordinates.ts'
import { isPlace, loadPlaces, type PlaceEntry } from '../search/places.ts'
import { searchAll, SEARCH_LAYERS, searchEntries, type SearchEntry } from '../search/search.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/** Hits listed before "Alle … Treffer zeigen". */
const FIRST_HITS = 8

/** A typed coordinate as the first hit ("8.7577, 51.7186" or "483350 5730230"). */
function coordinateEntry(text: string, language: Language): PlaceEntry | null {
  const c = parseCoordinate(text)
  if (!c) return null
  const n = (v: number) => formatNumber(v, language, 5)
  return { layer: 'municipalities', id: `coordinate-${text}`, name: `${n(c.lngLat[0])} / ${n(c.lngLat[1])}`, context: c.crs, key: '', alt: '', inRegion: true, lngLat: c.lngLat }
}

/**
 * Search across layers, places and coordinates as an ARIA combobox: type, move with ↑/↓,
 * Enter flies to the result and opens its info, Esc closes the list.
 */
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

  const [places, setPlaces] = useState<PlaceEntry[]>([])
  useEffect(() => {
    if (open) void loadPlaces().then(setPlaces)
  }, [open])
  const entries = useMemo(() => {
    const layers = SEARCH_LAYERS.flatMap((id) => searchEntries(getLayer(id), getLayerData(id).features))
    // GeoNames holds the municipalities' seats too: a place of a municipality's name would be listed twice.
    const municipalities = new Set(layers.filter((e) => e.layer === 'municipalities').map((e) => e.key))
    return [...layers, ...places.filter((p) => !municipalities.has(p.key))]
  }, [version, places])
  const [showAll, setShowAll] = useState(false)
  const hits = useMemo(() => {
    const coordinate = coordinateEntry(text, language)
    return coordinate ? [coordinate] : searchAll(entries, text)
  }, [entries, text, language])
  const results = showAll ? hits : hits.slice(0, FIRST_HITS)
  const expanded = open && text.trim().length >= 2

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return
    if (isPlace(entry)) useAtlas.getState().flyToPoint(entry.lngLat)
    else {
      setVisible(entry.layer, true)
      select({ layer: entry.layer, id: entry.id }, { fly: true })
    }
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
              {isPlace(r) ? t(r.key ? 'search.place' : 'search.coordinate') : pick(getLayer(r.layer).title, language)}
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
