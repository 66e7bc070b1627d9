import './analysis.css'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import type { AnalysisTab } from './analysis-slice.ts'
import { HealthTab } from './HealthTab.tsx'
import { SitesTab } from './SitesTab.tsx'
import { useAnalysisRunner } from './useAnalysisRunner.ts'

const TABS: AnalysisTab[] = ['sites', 'health']

/** The "Analyse" panel: Bauland an der Schiene and Gesundheitsversorgung, with a printable summary. */
export function AnalysisPanel() {
  const t = useT()
  const open = useAtlas((s) => s.analysisOpen)
  const tab = useAtlas((s) => s.analysisTab)
  const setTab = useAtlas((s) => s.setAnalysisTab)
  const setOpen = useAtlas((s) => s.setAnalysisOpen)
  const setPrintOpen = useAtlas((s) => s.setPrintOpen)
  const presentation = useAtlas((s) => s.presentation)
  const collapsed = useAtlas((s) => s.analysisCollapsed)
  useAnalysisRunner()
  // Presentation mode (and a folded panel) keeps the results on the map but hides the parameters.
  if (!open || presentation || collapsed) return null
  return (
    <aside className="analysis-panel" aria-labelledby="analysis-heading">
      <header>
        <h2 id="analysis-heading">{t('analysis.title')}</h2>
        <button type="button" onClick={() => setPrintOpen(true)}>
          {t('analysis.print')}
        </button>
        <button type="button" className="close" onClick={() => setOpen(false)} aria-label={t('analysis.close')}>
          ×
        </button>
      </header>
      <div className="tabs" role="tablist" aria-label={t('analysis.title')}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`analysis-tab-${id}`} aria-selected={tab === id} aria-controls={`analysis-tabpanel-${id}`} onClick={() => setTab(id)}>
            {t(id === 'sites' ? 'analysis.tab.sites' : 'analysis.tab.health')}
          </button>
        ))}
      </div>
      <div id={`analysis-tabpanel-${tab}`} role="tabpanel" aria-labelledby={`analysis-tab-${tab}`} className="analysis-body">
        {tab === 'sites' ? <SitesTab /> : <HealthTab />}
      </div>
    </aside>
  )
}

/** The header button that opens and closes the panel. */
export function AnalysisButton() {
  const t = useT()
  const open = useAtlas((s) => s.analysisOpen)
  const collapsed = useAtlas((s) => s.analysisCollapsed)
  const setOpen = useAtlas((s) => s.setAnalysisOpen)
  const setCollapsed = useAtlas((s) => s.setAnalysisCollapsed)
  const shown = open && !collapsed
  const toggle = () => {
    setCollapsed(false)
    setOpen(!shown)
  }
  return (
    <button type="button" onClick={toggle} aria-pressed={shown}>
      ◔ {t('analysis.open')}
    </button>
  )
}
