import './profiles.css'
import type { MunicipalityList } from '@regiopol/geodata'
import { useState } from 'react'
import { Link } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { useLanguage, useT } from '../store/hooks.ts'
import { fetchMunicipalityList } from './api.ts'
import { formatFigure, type FigureKind } from './format.ts'
import { OVERVIEW_COLUMNS, sortRows, type SortState } from './overview-columns.ts'
import { useApi } from './useApi.ts'

/** /kommunen – the 29 municipalities with sortable key figures, each linking to its profile. */
export function MunicipalitiesPage() {
  const t = useT()
  const loaded = useApi('list', fetchMunicipalityList)
  return (
    <PageShell title={t('profiles.title')}>
      <h1>{t('profiles.title')}</h1>
      <p>{t('profiles.intro')}</p>
      {!loaded && <p role="status">{t('profiles.loading')}</p>}
      {loaded && 'error' in loaded && <p role="alert">{t('profiles.loadFailed', { message: loaded.error })}</p>}
      {loaded && 'data' in loaded && <OverviewTable list={loaded.data} />}
    </PageShell>
  )
}

function OverviewTable({ list }: { list: MunicipalityList }) {
  const t = useT()
  const language = useLanguage()
  const [sort, setSort] = useState<SortState>({ column: 'name', descending: false })
  const rows = sortRows(list.items, sort)
  const cell = (v: number | string | null, kind: FigureKind | 'text') => (kind === 'text' ? String(v ?? '–') : formatFigure(v as number | null, kind, language))
  return (
    <div className="profiles-table-scroll">
      <table className="profiles-table" data-testid="municipality-table">
        <caption>{t('profiles.tableCaption')}</caption>
        <thead>
          <tr>
            {OVERVIEW_COLUMNS.map((c) => {
              const active = sort.column === c.id
              return (
                <th key={c.id} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={c.kind === 'text' ? '' : 'num'}>
                  <button type="button" onClick={() => setSort({ column: c.id, descending: active ? !sort.descending : c.kind !== 'text' })} aria-label={t('profiles.sortBy', { column: t(c.label) })}>
                    {t(c.label)} {active ? (sort.descending ? '▼' : '▲') : ''}
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.ags} data-ags={m.ags}>
              {OVERVIEW_COLUMNS.map((c) =>
                c.id === 'name' ? (
                  <th key={c.id} scope="row">
                    <Link href={`/kommunen/${m.ags}`}>{m.name}</Link>
                  </th>
                ) : (
                  <td key={c.id} className={c.kind === 'text' ? '' : 'num'}>{cell(c.value(m), c.kind)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('profiles.median')}</th>
            {OVERVIEW_COLUMNS.slice(1).map((c) => (
              <td key={c.id} className={c.kind === 'text' ? '' : 'num'}>{c.median ? cell(c.median(list), c.kind) : ''}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="muted small">{t('profiles.sample')}</p>
      <p className="muted small">{t('profiles.sources')}: {list.sources.join(' · ')}</p>
    </div>
  )
}
