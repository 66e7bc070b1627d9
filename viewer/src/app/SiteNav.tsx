import { Link, useLocation } from 'wouter'
import { useT } from '../store/hooks.ts'
import { NAV, navEntryOf } from './nav.ts'

/** The header's links between the map and the pages (projects, exchange, profiles, theme maps). */
export function SiteNav() {
  const t = useT()
  const [location] = useLocation()
  const current = navEntryOf(location)
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV.map((entry) => (
          <li key={entry.path}>
            <Link href={entry.path} aria-current={entry === current ? 'page' : undefined}>
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
