import type { MunicipalityProfile } from '@regiopol/geodata'
import { useState } from 'react'
import { useLanguage, useT } from '../store/hooks.ts'

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string }

/** "Als PDF exportieren": two A4 pages through the print module (profile-pdf.ts, loaded on demand). */
export function PdfButton({ profile }: { profile: MunicipalityProfile }) {
  const t = useT()
  const language = useLanguage()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const run = async () => {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="profile-map"]')
    if (!svg) return
    setStatus({ kind: 'busy' })
    try {
      const { exportProfilePdf } = await import('./profile-pdf.ts')
      await exportProfilePdf(profile, svg, t, language)
      setStatus({ kind: 'idle' })
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }
  return (
    <>
      <button type="button" onClick={() => void run()} disabled={status.kind === 'busy'}>{t('profiles.pdf')}</button>
      <span role="status" className="small">
        {status.kind === 'busy' ? t('profiles.pdfBusy') : status.kind === 'failed' ? t('profiles.pdfFailed', { message: status.message }) : ''}
      </span>
    </>
  )
}
