import type { MessageKey } from '../i18n/index.ts'

/**
 * The viewer's pages. The map is the home page; the others are full pages with the
 * same header. Paths are German because links to them are shared in German councils.
 */
export interface NavEntry {
  path: string
  label: MessageKey
}

export const NAV: readonly NavEntry[] = [
  { path: '/', label: 'nav.map' },
  { path: '/themen', label: 'nav.themes' },
  { path: '/projekte', label: 'nav.projects' },
  { path: '/boerse', label: 'nav.exchange' },
  { path: '/kommunen', label: 'nav.profiles' },
]

/** The entry a path belongs to ("/projekte/12" → "/projekte"). */
export function navEntryOf(path: string): NavEntry | undefined {
  if (path === '/') return NAV[0]
  return NAV.find((e) => e.path !== '/' && (path === e.path || path.startsWith(`${e.path}/`)))
}
