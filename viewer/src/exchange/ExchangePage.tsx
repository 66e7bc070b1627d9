import '../projects/projects.css'
import './exchange.css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { ProjectMap } from '../shared/ProjectMap.tsx'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { ExchangeFilters } from './ExchangeFilters.tsx'
import { typeColor } from './labels.ts'
import { mayCreatePost, maySeeExpired } from './permissions.ts'
import { PostBadges, PostExpiry } from './PostBadges.tsx'
import { decodeExchangeQuery, encodeExchangeQuery, filterPosts, type ExchangeQuery } from './query.ts'
import { usePosts } from './usePosts.ts'

/** /boerse: filters above, the list and the map of the same posts side by side. */
export function ExchangePage() {
  const t = useT()
  const search = useSearch()
  const [, navigate] = useLocation()
  const query = useMemo(() => decodeExchangeQuery(search), [search])
  const setQuery = useCallback((q: ExchangeQuery) => {
    const text = encodeExchangeQuery(q)
    navigate(`/boerse${text ? `?${text}` : ''}`, { replace: true })
  }, [navigate])
  const account = useAtlas((s) => s.account)
  const { posts, error, loading } = usePosts(!!query.expired && maySeeExpired(account))
  const shown = useMemo(() => filterPosts(posts, query), [posts, query])
  const located = useMemo(() => shown.filter((f) => f.geometry), [shown])
  const [hovered, setHovered] = useState<string | null>(null)
  const select = useCallback((id: string | null) => {
    const { selected: _old, ...rest } = query
    setQuery(id ? { ...rest, selected: id } : rest)
  }, [query, setQuery])

  // A selection made on the map brings its list entry into view.
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (query.selected) listRef.current?.querySelector(`[data-post="${query.selected}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [query.selected, shown])

  const count = shown.length
  return (
    <PageShell title={t('exchange.title')}>
      <div className="projects-head">
        <h1>{t('exchange.title')}</h1>
        {mayCreatePost(account) && (
          <Link href="/boerse/neu" className="button">
            + {t('exchange.new')}
          </Link>
        )}
      </div>
      <p className="muted">{t('exchange.intro')}</p>
      <ExchangeFilters query={query} setQuery={setQuery} />
      <p className="project-count" role="status" aria-live="polite" data-count={loading ? undefined : count}>
        {error ? t('exchange.loadFailed', { message: error }) : loading ? t('exchange.loading') : count === 0 ? t('exchange.countNone') : count === 1 ? t('exchange.countOne') : t('exchange.count', { count })}
      </p>
      <div className="projects-split">
        <section className="project-list" aria-label={t('exchange.list')}>
          <ol ref={listRef}>
            {shown.map((f) => (
              <PostListItem key={f.id} post={f} selected={query.selected === String(f.id)} onHover={setHovered} onSelect={select} />
            ))}
          </ol>
        </section>
        <section className="project-map-panel" aria-label={t('exchange.map')}>
          <ProjectMap layer="exchange_posts" features={located} selectedId={query.selected} hoveredId={hovered} onHover={setHovered} onSelect={select} label={t('exchange.map')} hint={t('exchange.mapHint')} />
        </section>
      </div>
    </PageShell>
  )
}

function PostListItem({ post, selected, onHover, onSelect }: { post: AtlasFeature; selected: boolean; onHover: (id: string | null) => void; onSelect: (id: string | null) => void }) {
  const t = useT()
  const p = post.properties
  const id = String(post.id)
  return (
    <li
      data-post={id}
      data-type={String(p.type)}
      className={`project-item exchange-item ${selected ? 'selected' : ''} ${p.expired === true ? 'expired' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onMouseEnter={() => onHover(id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(id)}
      style={{ borderLeftColor: typeColor(p.type) }}
    >
      <p className="small"><PostBadges p={p} /></p>
      <h2>
        <Link href={`/boerse/${id}`}>{String(p.title)}</Link>
      </h2>
      <p className="project-meta small">
        <span>{String(p.municipality)}</span> · <PostExpiry p={p} />
        {!post.geometry && (
          <>
            {' · '}
            <span className="no-location">{t('exchange.noLocation')}</span>
          </>
        )}
      </p>
      {typeof p.description === 'string' && <p className="project-snippet small">{p.description}</p>}
      {post.geometry && (
        <button type="button" className="link-button small" aria-pressed={selected} onClick={() => onSelect(selected ? null : id)}>
          {t('exchange.markOnMap')}
        </button>
      )}
    </li>
  )
}
