import { useT } from '../store/hooks.ts'
import { exportSites } from './runner.ts'

/** Saves a text as a file through a Blob URL. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** CSV and GeoJSON export of the current site table (formatted by the worker). */
export function ExportButtons({ disabled }: { disabled: boolean }) {
  const t = useT()
  const save = async (format: 'csv' | 'geojson') => {
    const text = await exportSites(format)
    if (format === 'csv') download(text, 'bauland-an-der-schiene.csv', 'text/csv;charset=utf-8')
    else download(text, 'bauland-an-der-schiene.geojson', 'application/geo+json')
  }
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => void save('csv')}>
        ⤓ {t('analysis.sites.exportCsv')}
      </button>
      <button type="button" disabled={disabled} onClick={() => void save('geojson')}>
        ⤓ {t('analysis.sites.exportGeojson')}
      </button>
    </>
  )
}
