import { useT } from '../store/hooks.ts'

/** The "Beispieldaten" marker: text, not just a colour, with an explanation on hover and for screen readers. */
export function SampleBadge() {
  const t = useT()
  return (
    <span className="sample-badge" title={t('sample.title')}>
      {t('sample.badge')}
    </span>
  )
}
