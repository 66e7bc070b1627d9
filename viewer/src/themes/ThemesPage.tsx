import './themes.css'
import { getLayer, themes } from '@regiopol/geodata'
import { PageShell } from '../app/PageShell.tsx'
import { pick } from '../i18n/index.ts'
import { openOnMap } from '../state/url-sync.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { ThemeIcon } from './ThemeIcon.tsx'

/** /themen: one card per theme map; the card's link opens it on the map in one click. */
export function ThemesPage() {
  const t = useT()
  const language = useLanguage()
  return (
    <PageShell title={t('themes.pageTitle')}>
      <h1>{t('themes.pageTitle')}</h1>
      <p className="themes-intro">{t('themes.intro')}</p>
      <ul className="theme-cards">
        {themes.map((theme) => {
          const title = pick(theme.title, language)
          return (
            <li key={theme.id} className="theme-card" data-theme={theme.id}>
              <ThemeIcon icon={theme.icon} />
              <div>
                <h2>
                  <a
                    href={`/#thema=${theme.id}`}
                    aria-label={t('themes.openTitle', { title })}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return // new tab: the plain link does it
                      e.preventDefault()
                      openOnMap({ theme: theme.id })
                    }}
                  >
                    {title}
                  </a>
                </h2>
                <p>{pick(theme.explanation, language)}</p>
                <p className="muted small">{t('themes.layers', { layers: theme.layers.map((id) => pick(getLayer(id).title, language)).join(', ') })}</p>
              </div>
            </li>
          )
        })}
      </ul>
    </PageShell>
  )
}
