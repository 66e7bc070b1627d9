import './profiles.css'
import type { MunicipalityProfile } from '@regiopol/geodata'
import { Link } from 'wouter'
import { PageShell } from '../app/PageShell.tsx'
import { SampleBadge } from '../components/SampleBadge.tsx'
import { formatDate } from '../i18n/index.ts'
import { openOnMap } from '../state/url-sync.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { fetchProfile } from './api.ts'
import { ComparisonChart } from './ComparisonChart.tsx'
import { ProfileFigures } from './ProfileFigures.tsx'
import { ProfileLists } from './ProfileLists.tsx'
import { PdfButton } from './PdfButton.tsx'
import { ProfileMap } from './ProfileMap.tsx'
import { useApi } from './useApi.ts'

/** /kommunen/:ags – the Steckbrief of one municipality, printable on A4 (profiles.css). */
export function ProfilePage({ ags }: { ags: string }) {
  const t = useT()
  const loaded = useApi(ags, (signal) => fetchProfile(ags, signal))
  if (!loaded) return <PageShell title={t('profiles.steckbrief')}><p role="status">{t('profiles.loading')}</p></PageShell>
  if ('error' in loaded) {
    const title = loaded.status === 404 || loaded.status === 400 ? t('profiles.notFound') : t('profiles.steckbrief')
    return (
      <PageShell title={title}>
        <h1>{title}</h1>
        <p role="alert">{loaded.status === 404 || loaded.status === 400 ? loaded.error : t('profiles.loadFailed', { message: loaded.error })}</p>
        <p><Link href="/kommunen">{t('profiles.backToList')}</Link></p>
      </PageShell>
    )
  }
  return <Steckbrief profile={loaded.data} />
}

function Steckbrief({ profile: p }: { profile: MunicipalityProfile }) {
  const t = useT()
  const language = useLanguage()
  const showOnMap = () => {
    const visible = useAtlas.getState().visible
    openOnMap({ visible: [...new Set([...visible, 'municipalities' as const, 'rail_stops' as const, 'development_land' as const])], selected: { layer: 'municipalities', id: p.ags } })
  }
  return (
    <PageShell title={`${t('profiles.steckbrief')} ${p.name}`}>
      <article className="steckbrief" data-ags={p.ags}>
        <header className="steckbrief-head">
          <p className="screen-only"><Link href="/kommunen">{t('profiles.backToList')}</Link></p>
          <p className="kicker">{t('profiles.steckbrief')} · regiopolREGION Paderborn</p>
          <h1>{p.name}</h1>
          <p className="steckbrief-sub">
            {t('profiles.district', { district: p.district, rb: p.regierungsbezirk })} · AGS {p.ags} <SampleBadge />
          </p>
          <p className="muted small">{t('profiles.sample')} {t('profiles.asOf', { date: formatDate(new Date().toISOString().slice(0, 10), language) })}</p>
          <div className="steckbrief-actions screen-only">
            <button type="button" onClick={() => window.print()}>{t('profiles.print')}</button>
            <PdfButton profile={p} />
            <button type="button" onClick={showOnMap}>{t('profiles.openMap')}</button>
          </div>
        </header>
        <div className="steckbrief-top">
          <ProfileFigures profile={p} />
          <section aria-labelledby="sec-map" className="steckbrief-map">
            <h2 id="sec-map">{t('profiles.map')}</h2>
            <ProfileMap profile={p} />
          </section>
        </div>
        <section aria-labelledby="sec-comparison" className="steckbrief-comparison">
          <h2 id="sec-comparison">{t('profiles.comparison')}</h2>
          <ComparisonChart profile={p} />
        </section>
        <ProfileLists profile={p} />
        <footer className="steckbrief-sources small">
          <h2>{t('profiles.sources')}</h2>
          <ul>{p.sources.map((s) => <li key={s}>{s}</li>)}</ul>
        </footer>
      </article>
    </PageShell>
  )
}
