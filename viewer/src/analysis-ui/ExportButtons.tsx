import { downloadBlob } from '../print/export.ts'
import { useT } from '../store/hooks.ts'
import { exportSites } from './runner.ts'

/** CSV and GeoJSON export of the current site table (formatted by the worker). */
export function ExportButtons({ disabled }: { disabled: boolean }) {
  const t = useT()
  const save = async (format: 'csv' | 'geojson') => {
    const text = await exportSites(format)
    if (format === 'csv') downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'bauland-an-der-schiene.csv')
    else downloadBlob(new Blob([text], { type: 'application/geo+json' }), 'bauland-an-der-schiene.geojson')
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
