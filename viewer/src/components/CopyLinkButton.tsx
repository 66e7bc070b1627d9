import { useState } from 'react'
import { currentUrl } from '../state/url-sync.ts'
import { useT } from '../store/hooks.ts'

/** Copies the link to exactly this view (camera, layers, filters, selection, basemap, language). */
export function CopyLinkButton() {
  const t = useT()
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const [url, setUrl] = useState('')
  const copy = async () => {
    const link = currentUrl()
    setUrl(link)
    try {
      await navigator.clipboard.writeText(link)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
    setTimeout(() => setStatus('idle'), 4000)
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} data-url={url || undefined}>
        {t('link.copy')}
      </button>
      <span role="status" className="small">
        {status === 'copied' && t('link.copied')}
        {status === 'failed' && (
          <>
            {t('link.copyFailed', { url: '' })}
            <input readOnly value={url} aria-label={t('link.copy')} onFocus={(e) => e.target.select()} />
          </>
        )}
      </span>
    </span>
  )
}
