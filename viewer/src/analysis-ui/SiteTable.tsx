import { useEffect, useMemo, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { formatNumber, type MessageKey } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { useAnalysisResults } from './results-store.ts'
import { filterSites, scoredSites, sortSites, type ScoredSite, type SiteColumn } from './transitions.ts'
import { SITE_USES, useLabel } from './use-labels.ts'

const COLUMNS: { key: SiteColumn; num?: boolean }[] = [
  // The score (what the table ranks by) right after the name, so narrow screens never cut it off.
  { key: 'name' }, { key: 'score', num: true }, { key: 'municipality' }, { key: 'use' }, { key: 'nearestStopName' },
  { key: 'distanceM', num: true }, { key: 'walkMin', num: true }, { key: 'bikeMin', num: true },
  { key: 'catchmentShare', num: true }, { key: 'stopService' },
]

/**
 * Bauland an der Schiene as a table, linked with the map both ways: hovering a row
 * outlines the site, clicking selects it and flies there; a site clicked or hovered
 * on the map marks its row.
 */
export function SiteTable() {
  const t = useT()
  const language = useLanguage()
  const { siteResult, municipalityNames } = useAnalysisResults()
  const { sort, query, use, hovered, selectedId } = useAtlas(
    useShallow((s) => ({
      sort: s.siteSort, query: s.siteQuery, use: s.siteUse, hovered: s.hoveredSiteId,
      selectedId: s.selected?.layer === 'development_land' ? s.selected.id : null,
    })),
  )
  const { sortSitesBy, setSiteQuery, setSiteUse, setHoveredSite, select, setSiteTableOpen } = useAtlas.getState()
  const selectedRow = useRef<HTMLTableRowElement>(null)
  const rows = useMemo(() => {
    if (!siteResult) return []
    const all = scoredSites(siteResult.rows, siteResult.scores, (ags) => municipalityNames[ags ?? ''] ?? ags ?? '–')
    return sortSites(filterSites(all, query, use), sort)
  }, [siteResult, municipalityNames, query, use, sort])

  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [selectedId])

  const cell = (r: ScoredSite, key: SiteColumn): string => {
    switch (key) {
      case 'use': return useLabel(r.use, language)
      case 'nearestStopName': return r.nearestStopName ?? '–'
      case 'distanceM': return formatNumber(Math.round(r.distanceM), language, 0)
      case 'walkMin': case 'bikeMin': return formatNumber(r[key], language, 1)
      case 'catchmentShare': return `${formatNumber(r.catchmentShare * 100, language, 0)} %`
      case 'stopService': return r.stopServiceLabel
      case 'score': return formatNumber(r.score, language, 0)
      default: return String(r[key] ?? '')
    }
  }

  const choose = (id: string) => select({ layer: 'development_land', id }, { fly: true })
  return (
    <section className="attribute-table site-table" aria-labelledby="site-table-heading">
      <header>
        <h2 id="site-table-heading">{t('analysis.table.title')}</h2>
        <input type="search" placeholder={t('analysis.table.filter')} aria-label={t('analysis.table.filter')} value={query} onChange={(e) => setSiteQuery(e.target.value)} />
        <select aria-label={t('analysis.col.use')} value={use ?? ''} onChange={(e) => setSiteUse(e.target.value || null)}>
          <option value="">{t('analysis.table.allUses')}</option>
          {SITE_USES.map((u) => (
            <option key={u} value={u}>{useLabel(u, language)}</option>
          ))}
        </select>
        <span className="muted" aria-live="polite">
          {t('analysis.table.rows', { shown: rows.length, total: siteResult?.rows.length ?? 0 })}
        </span>
        <span className="muted">{t('analysis.estimateNote')}</span>
        <button type="button" onClick={() => setSiteTableOpen(false)}>
          {t('table.close')}
        </button>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('analysis.table.title')}>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const dir = sort?.key === c.key ? sort.dir : 0
                return (
                  <th key={c.key} scope="col" aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'} className={c.num ? 'num' : undefined}>
                    <button type="button" onClick={() => sortSitesBy(c.key)}>
                      {t(`analysis.col.${c.key}` as MessageKey)} <span aria-hidden="true">{dir === 1 ? '▲' : dir === -1 ? '▼' : '↕'}</span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody onMouseLeave={() => setHoveredSite(null)}>
            {rows.map((r) => {
              const isSelected = r.id === selectedId
              return (
                <tr
                  key={r.id}
                  data-id={r.id}
                  ref={isSelected ? selectedRow : undefined}
                  aria-selected={isSelected}
                  className={[isSelected && 'selected', hovered === r.id && 'hovered'].filter(Boolean).join(' ') || undefined}
                  tabIndex={0}
                  onMouseEnter={() => setHoveredSite(r.id)}
                  onClick={() => choose(r.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault()
                      choose(r.id)
                    }
                  }}
                >
                  {COLUMNS.map((c) => (
                    <td key={c.key} className={c.num ? 'num' : undefined}>{cell(r, c.key)}</td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
