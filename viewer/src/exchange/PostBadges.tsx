import { SampleBadge } from '../components/SampleBadge.tsx'
import { formatDate } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { categoryLabel, typeLabel } from './labels.ts'

/** "Ich suche" / "Ich biete" in words and colour, the category, and the sample marker. */
export function PostBadges({ p }: { p: Record<string, unknown> }) {
  const language = useLanguage()
  return (
    <span className="exchange-badges">
      <span className="exchange-type" data-type={String(p.type)}>{typeLabel(p.type, language)}</span>
      <span className="exchange-category">{categoryLabel(p.category, language)}</span>
      {p.sample === true && <SampleBadge />}
    </span>
  )
}

/** "läuft ab am …", or when the post is no longer current, when it expired or was closed. */
export function PostExpiry({ p }: { p: Record<string, unknown> }) {
  const t = useT()
  const language = useLanguage()
  const date = (v: unknown) => formatDate(String(v ?? ''), language)
  if (typeof p.closed_on === 'string') return <span className="exchange-expiry expired">{t('exchange.closedOn', { date: date(p.closed_on) })}</span>
  if (p.expired === true) return <span className="exchange-expiry expired">{t('exchange.expiredOn', { date: date(p.expires_on) })}</span>
  return <span className="exchange-expiry">{t('exchange.expiresOn', { date: date(p.expires_on) })}</span>
}
