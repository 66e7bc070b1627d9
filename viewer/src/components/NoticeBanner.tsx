import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

/** One dismissable notice (e.g. an online basemap that failed). */
export function NoticeBanner() {
  const t = useT()
  const notice = useAtlas((s) => s.notice)
  const showNotice = useAtlas((s) => s.showNotice)
  if (!notice) return null
  return (
    <div className="notice" role="alert">
      <span>{t(notice.key, notice.params)}</span>
      <button type="button" onClick={() => showNotice(null)} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  )
}
