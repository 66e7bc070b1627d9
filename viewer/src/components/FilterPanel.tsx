import { findLayer, layers, type LayerId } from '@regiopol/geodata'
import { useMemo } from 'react'
import { countMatching, filterableProperties, type FilterableProperty, type RangeCondition } from '../filters/filter-model.ts'
import { useLayerData } from '../data/feature-cache.ts'
import { formatNumber, pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { SampleBadge } from './SampleBadge.tsx'

const FILTERABLE = layers.filter((l) => filterableProperties(l).length > 0)

/** Attribute filters of one layer, built from the catalogue, with the count of matching features. */
export function FilterPanel() {
  const t = useT()
  const language = useLanguage()
  const layerId = useAtlas((s) => s.filterLayer)
  const setFilterLayer = useAtlas((s) => s.setFilterLayer)
  const clearFilters = useAtlas((s) => s.clearFilters)
  const filter = useAtlas((s) => s.filters[layerId])
  const def = findLayer(layerId)!
  const data = useLayerData(layerId)
  const matched = useMemo(() => countMatching(data.features, filter), [data, filter])
  const title = pick(def.title, language)

  return (
    <section aria-labelledby="filters-heading" className="filter-panel">
      <h2 id="filters-heading">{t('panel.filters')}</h2>
      <div className="field">
        <label htmlFor="filter-layer">{t('filter.layer')}</label>
        <select id="filter-layer" value={layerId} onChange={(e) => setFilterLayer(e.target.value as LayerId)}>
          {FILTERABLE.map((l) => (
            <option key={l.id} value={l.id}>
              {pick(l.title, language)}
            </option>
          ))}
        </select>
      </div>
      {def.sample && <SampleBadge />}
      <p className="filter-count" aria-live="polite" data-testid="filter-count">
        {t('filter.matching', { matched, total: data.features.length })}
      </p>
      {filterableProperties(def).map((p) => (p.filterKind === 'values' ? <ValuesFilter key={p.key} layer={layerId} property={p} /> : <RangeFilter key={p.key} layer={layerId} property={p} />))}
      <button type="button" onClick={() => clearFilters(layerId)} disabled={!filter || Object.keys(filter).length === 0}>
        {t('filter.reset')}
      </button>
      <span className="visually-hidden">{t('filter.title', { layer: title })}</span>
    </section>
  )
}

function ValuesFilter({ layer, property }: { layer: LayerId; property: FilterableProperty }) {
  const language = useLanguage()
  const condition = useAtlas((s) => s.filters[layer]?.[property.key])
  const setCondition = useAtlas((s) => s.setCondition)
  const data = useLayerData(layer)
  const selected = condition?.kind === 'values' ? condition.values : []
  const counts = useMemo(() => {
    const n = new Map<string, number>()
    for (const f of data.features) {
      const v = f.properties[property.key]
      for (const x of Array.isArray(v) ? v : [v]) n.set(String(x), (n.get(String(x)) ?? 0) + 1)
    }
    return n
  }, [data, property.key])
  const toggle = (value: string, on: boolean) => {
    const values = on ? [...selected, value] : selected.filter((v) => v !== value)
    setCondition(layer, property.key, values.length ? { kind: 'values', values } : undefined)
  }
  return (
    <fieldset className="filter-values">
      <legend>{pick(property.label, language)}</legend>
      {property.options?.map((o) => {
        const id = `filter-${layer}-${property.key}-${o.value}`
        return (
          <div key={o.value} className="check-row">
            <input id={id} type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <label htmlFor={id}>
              {pick(o.label, language)} <span className="muted">({formatNumber(counts.get(o.value) ?? 0, language)})</span>
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}

function RangeFilter({ layer, property }: { layer: LayerId; property: FilterableProperty }) {
  const t = useT()
  const language = useLanguage()
  const condition = useAtlas((s) => s.filters[layer]?.[property.key])
  const setCondition = useAtlas((s) => s.setCondition)
  const range: RangeCondition = condition?.kind === 'range' ? condition : { kind: 'range' }
  const update = (bound: 'min' | 'max', raw: string) => {
    const value = raw.trim() === '' ? undefined : Number(raw.replace(',', '.'))
    const next: RangeCondition = { ...range, [bound]: value !== undefined && Number.isFinite(value) ? value : undefined }
    setCondition(layer, property.key, next.min === undefined && next.max === undefined ? undefined : next)
  }
  const unit = property.unit ? ` (${property.unit})` : ''
  return (
    <fieldset className="filter-range">
      <legend>
        {pick(property.label, language)}
        {unit}
      </legend>
      <label>
        {t('filter.min')}
        <input type="number" inputMode="decimal" value={range.min ?? ''} onChange={(e) => update('min', e.target.value)} />
      </label>
      <label>
        {t('filter.max')}
        <input type="number" inputMode="decimal" value={range.max ?? ''} onChange={(e) => update('max', e.target.value)} />
      </label>
    </fieldset>
  )
}
