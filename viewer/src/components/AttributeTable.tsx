import { findLayer, layers, type LayerId } from '@regiopol/geodata'
import { useEffect, useMemo, useRef, useState } from 'react'
import { matchesFilter } from '../filters/filter-model.ts'
import { loadLayer, useLayerData } from '../data/feature-cache.ts'
import { formatNumber, pick } from '../i18n/index.ts'
import { compareValues, formatValue } from '../info/format-value.ts'
import { normalise } from '../search/search.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { SampleBadge } from './SampleBadge.tsx'

const MAX_ROWS = 300

/** A table of one layer: sortable, searchable, honours the filters, in step with the map selection. */
export function AttributeTable() {
  const t = useT()
  const language = useLanguage()
  const layerId = useAtlas((s) => s.tableLayer)
  const setTableLayer = useAtlas((s) => s.setTableLayer)
  const selected = useAtlas((s) => s.selected)
  const select = useAtlas((s) => s.select)
  const filter = useAtlas((s) => (layerId ? s.filters[layerId] : undefined))
  const def = layerId ? findLayer(layerId) : undefined
  const data = useLayerData(layerId ?? 'municipalities')
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null)
  const [query, setQuery] = useState('')
  const selectedRow = useRef<HTMLTableRowElement>(null)

  useEffect(() => {
    if (layerId) void loadLayer(layerId)
  }, [layerId])
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' })
  }, [selected, layerId])

  const columns = useMemo(() => def?.properties.filter((p) => p.key !== 'sample') ?? [], [def])
  const rows = useMemo(() => {
    if (!def) return []
    const q = normalise(query)
    let out = data.features.filter((f) => matchesFilter(f.properties, filter))
    if (q) out = out.filter((f) => columns.some((c) => normalise(formatValue(c, f.properties[c.key], language)).includes(q)))
    if (sort) out = [...out].sort((a, b) => sort.dir * compareValues(a.properties[sort.key], b.properties[sort.key]))
    return out
  }, [def, data, filter, query, sort, columns, language])

  if (!layerId || !def) return null
  const shown = rows.slice(0, MAX_ROWS)
  const title = pick(def.title, language)
  return (
    <section className="attribute-table" aria-labelledby="table-heading">
      <header>
        <h2 id="table-heading">{t('table.title', { layer: title })}</h2>
        {def.sample && <SampleBadge />}
        <select value={layerId} onChange={(e) => setTableLayer(e.target.value as LayerId)} aria-label={t('table.layer')}>
            {layers.map((l) => (
              <option key={l.id} value={l.id}>
                {pick(l.title, language)}
              </option>
            ))}
          </select>
        <input type="search" placeholder={t('table.filter')} aria-label={t('table.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted" aria-live="polite">
          {/* Matching rows of all rows of the layer ("5 von 30 Zeilen" when a filter or the search leaves 5). */}
          {t('table.rows', { shown: formatNumber(rows.length, language, 0), total: formatNumber(data.features.length, language, 0) })}
        </span>
        <button type="button" onClick={() => setTableLayer(null)}>
          {t('table.close')}
        </button>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.title', { layer: title })}>
        <table>
          <thead>
            <tr>
              {columns.map((c) => {
                const dir = sort?.key === c.key ? sort.dir : 0
                return (
                  <th key={c.key} scope="col" aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'}>
                    <button
                      type="button"
                      title={t('table.sortBy', { column: pick(c.label, language) })}
                      onClick={() => setSort({ key: c.key, dir: dir === 1 ? -1 : 1 })}
                    >
                      {pick(c.label, language)}
                      {c.unit ? ` (${c.unit})` : ''} <span aria-hidden="true">{dir === 1 ? '▲' : dir === -1 ? '▼' : '↕'}</span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => {
              const id = String(f.id)
              const isSelected = selected?.layer === layerId && selected.id === id
              return (
                <tr
                  key={id}
                  ref={isSelected ? selectedRow : undefined}
                  aria-selected={isSelected}
                  className={isSelected ? 'selected' : undefined}
                  tabIndex={0}
                  onClick={() => select({ layer: layerId, id }, { fly: true })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault()
                      select({ layer: layerId, id }, { fly: true })
                    }
                  }}
                >
                  {columns.map((c) => (
                    <td key={c.key} className={c.type === 'number' || c.type === 'integer' ? 'num' : undefined}>
                      {formatValue(c, f.properties[c.key], language)}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
        {rows.length > MAX_ROWS && <p className="muted">{t('table.truncated', { shown: MAX_ROWS })}</p>}
      </div>
    </section>
  )
}
