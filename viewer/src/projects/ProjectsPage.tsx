import './projects.css'
import type { ProjectSearchHit } from '@regiopol/geodata'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { SampleBadge } from '../components/SampleBadge.tsx'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { actionFieldColor, actionFieldLabel, statusLabel } from './labels.ts'
import { mayCreateProject } from './permissions.ts'
import { ProjectFilters } from './ProjectFilters.tsx'
import { ProjectMap } from '../shared/ProjectMap.tsx'
import { decodeProjectQuery, encodeProjectQuery, withQuery, type ProjectQuery } from './query.ts'
import { Snippet } from './snippet.tsx'
import { useProjectLocations, useProjectSearch } from './useProjectData.ts'

/** /projekte: search and filters above, the list and the map of the same projects side by side. */
export function ProjectsPage() {
  const t = useT()
  const search = useSearch()
  const [, navigate] = useLocation()
  const query = useMemo(() => decodeProjectQuery(search), [search])
  const setQuery = useCallback((q: ProjectQuery) => {
    const text = encodeProjectQuery(q)
    navigate(`/projekte${text ? `?${text}` : ''}`, { replace: true })
  }, [navigate])
  const { result, error, loading } = useProjectSearch(query)
  const locations = useProjectLocations()
  const account = useAtlas((s) => s.account)
  const [hovered, setHovered] = useState<string | null>(null)

  const items = result?.items ?? []
  const features = useMemo(() => items.map((h) => locations.get(String(h.id))).filter((f): f is AtlasFeature => !!f?.geometry), [items, locations])
  const select = useCallback((id: string | null) => setQuery(withQuery(query, 'selected', id ?? undefined)), [query, setQuery])

  // A selection made on the map brings its list entry into view.
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (query.selected) listRef.current?.querySelector(`[data-project="${query.selected}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [query.selected, items])

  const count = result?.numberMatched ?? 0
  return (
    <PageShell title={t('projects.title')}>
      <div className="projects-head">
        <h1>
          {t('projects.title')} <SampleBadge />
        </h1>
        {mayCreateProject(account) && (
          <Link href="/projekte/neu" className="button">
            + {t('projects.new')}
          </Link>
        )}
      </div>
      <p className="muted">{t('projects.intro')}</p>
      <ProjectFilters query={query} setQuery={setQuery} />
      <p className="project-count" role="status" aria-live="polite" data-count={result ? count : undefined}>
        {error ? t('projects.loadFailed', { message: error }) : loading && !result ? t('projects.loading') : count === 0 ? t('projects.countNone') : count === 1 ? t('projects.countOne') : t('projects.count', { count })}
      </p>
      <div className="projects-split">
        <section className="project-list" aria-label={t('projects.list')}>
          <ol ref={listRef}>
            {items.map((hit) => (
              <ProjectListItem
                key={hit.id}
                hit={hit}
                located={!!locations.get(String(hit.id))?.geometry || !locations.size}
                selected={query.selected === String(hit.id)}
                onHover={setHovered}
                onSelect={select}
              />
            ))}
          </ol>
        </section>
        <section className="project-map-panel" aria-label={t('projects.map')}>
          <ProjectMap features={features} selectedId={query.selected} hoveredId={hovered} onHover={setHovered} onSelect={select} label={t('projects.map')} />
        </section>
      </div>
    </PageShell>
  )
}

function ProjectListItem({ hit, located, selected, onHover, onSelect }: { hit: ProjectSearchHit; located: boolean; selected: boolean; onHover: (id: string | null) => void; onSelect: (id: string | null) => void }) {
  const t = useT()
  const language = useLanguage()
  const id = String(hit.id)
  return (
    <li
      data-project={id}
      className={`project-item ${selected ? 'selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onMouseEnter={() => onHover(id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(id)}
      style={{ borderLeftColor: actionFieldColor(hit.action_field) }}
    >
      <h2>
        <Link href={`/projekte/${id}`}>{hit.title}</Link>
      </h2>
      <p className="project-meta small">
        <span>{actionFieldLabel(hit.action_field, language)}</span> · <span className="status-chip" data-status={hit.status}>{statusLabel(hit.status, language)}</span> ·{' '}
        <span>{hit.municipalities.length > 4 ? `${hit.municipalities.slice(0, 3).join(', ')} +${hit.municipalities.length - 3}` : hit.municipalities.join(', ')}</span>
        {!located && (
          <>
            {' · '}
            <span className="no-location" title={t('projects.noLocationTitle')}>{t('projects.noLocation')}</span>
          </>
        )}
      </p>
      {hit.snippet && (
        <p className="project-snippet small">
          <Snippet html={hit.snippet} />
        </p>
      )}
      {located && (
        <button type="button" className="link-button small" aria-pressed={selected} onClick={() => onSelect(selected ? null : id)}>
          {t('projects.markOnMap')}
        </button>
      )}
    </li>
  )
}
