import { exchangeCategories, exchangeTypes } from '@regiopol/geodata'
import { pick } from '../i18n/index.ts'
import { useMunicipalities } from '../shared/useMunicipalities.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { maySeeExpired } from './permissions.ts'
import { isFiltered, type ExchangeQuery } from './query.ts'

/** Type as two toggle buttons (the board's main question), category and municipality as lists. */
export function ExchangeFilters({ query, setQuery }: { query: ExchangeQuery; setQuery: (q: ExchangeQuery) => void }) {
  const t = useT()
  const language = useLanguage()
  const municipalities = useMunicipalities()
  const account = useAtlas((s) => s.account)
  const set = (key: 'category' | 'municipality') => (e: { target: { value: string } }) => {
    const { [key]: _old, ...rest } = query
    setQuery(e.target.value ? { ...rest, [key]: e.target.value } : rest)
  }
  const setType = (type: string | undefined) => {
    const { type: _old, ...rest } = query
    setQuery(type ? { ...rest, type } : rest)
  }
  return (
    <form className="project-filters exchange-filters" aria-label={t('exchange.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="project-filter-row">
        <div role="group" aria-label={t('exchange.type')} className="exchange-type-toggle">
          <button type="button" aria-pressed={!query.type} onClick={() => setType(undefined)}>{t('exchange.allTypes')}</button>
          {exchangeTypes.map((o) => (
            <button key={o.value} type="button" data-type={o.value} aria-pressed={query.type === o.value} onClick={() => setType(o.value)}>
              {pick(o.label, language)}
            </button>
          ))}
        </div>
        <label>
          {t('exchange.category')}
          <select name="category" value={query.category ?? ''} onChange={set('category')}>
            <option value="">{t('exchange.allCategories')}</option>
            {exchangeCategories.map((o) => (
              <option key={o.value} value={o.value}>{pick(o.label, language)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('exchange.municipality')}
          <select name="municipality" value={query.municipality ?? ''} onChange={set('municipality')}>
            <option value="">{t('exchange.allMunicipalities')}</option>
            {municipalities.map(([ags, name]) => (
              <option key={ags} value={ags}>{name}</option>
            ))}
          </select>
        </label>
        {maySeeExpired(account) && (
          <label className="inline">
            <input type="checkbox" checked={!!query.expired} onChange={(e) => {
              const { expired: _old, ...rest } = query
              setQuery(e.target.checked ? { ...rest, expired: true } : rest)
            }} />
            {t('exchange.showExpired')}
          </label>
        )}
        {isFiltered(query) && (
          <button type="button" onClick={() => setQuery(query.selected ? { selected: query.selected } : {})}>
            {t('exchange.resetFilters')}
          </button>
        )}
      </div>
    </form>
  )
}
