import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { useAnalysisResults } from './results-store.ts'
import { useLabel } from './use-labels.ts'

/** Hectares of development land inside vs outside the catchment, per municipality and use. */
export function SiteTotals() {
  const t = useT()
  const language = useLanguage()
  const { siteResult, municipalityNames } = useAnalysisResults()
  if (!siteResult) return null
  const ha = (v: number) => formatNumber(v, language, 1)
  const sum = siteResult.totals.reduce((a, x) => ({ inside: a.inside + x.insideHa, outside: a.outside + x.outsideHa }), { inside: 0, outside: 0 })
  return (
    <section className="site-totals">
      <h3>{t('analysis.totals.title')}</h3>
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">{t('analysis.col.municipality')}</th>
            <th scope="col">{t('analysis.col.use')}</th>
            <th scope="col" className="num">{t('analysis.totals.inside')}</th>
            <th scope="col" className="num">{t('analysis.totals.outside')}</th>
          </tr>
        </thead>
        <tbody>
          {siteResult.totals.map((x) => (
            <tr key={`${x.municipalityAgs}|${x.use}`}>
              <td>{municipalityNames[x.municipalityAgs ?? ''] ?? x.municipalityAgs ?? '–'}</td>
              <td>{useLabel(x.use, language)}</td>
              <td className="num">{ha(x.insideHa)}</td>
              <td className="num">{ha(x.outsideHa)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>{t('analysis.region')}</th>
            <td className="num">{ha(sum.inside)}</td>
            <td className="num">{ha(sum.outside)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
