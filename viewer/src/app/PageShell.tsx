import { useEffect, type ReactNode } from 'react'
import { Link } from 'wouter'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { AccountMenu } from '../account/AccountMenu.tsx'
import { useLanguage, useT } from '../store/hooks.ts'
import { SiteNav } from './SiteNav.tsx'

/** Header and scrolling content of every page that is not the map. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  const t = useT()
  const language = useLanguage()
  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${title} – ${t('app.title')}`
  }, [language, title, t])
  return (
    <div className="page">
      <a className="skip-link" href="#page-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="app-home">
          {t('app.title')} <span className="subtitle">{t('app.subtitle')}</span>
        </Link>
        <SiteNav />
        <div className="header-actions">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <main id="page-content" className="page-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}

/** What an unknown path shows. */
export function NotFoundPage() {
  const t = useT()
  return (
    <PageShell title={t('page.notFound')}>
      <h1>{t('page.notFound')}</h1>
      <p>
        <Link href="/">{t('page.backToMap')}</Link>
      </p>
    </PageShell>
  )
}
