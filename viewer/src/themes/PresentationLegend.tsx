import { AnalysisLegend } from '../analysis-ui/AnalysisLegend.tsx'
import { Legend } from '../components/Legend.tsx'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

/** The one panel of presentation mode: the legend of what is on the map, folded on small screens. */
export function PresentationLegend() {
  const t = useT()
  const analysisOpen = useAtlas((s) => s.analysisOpen)
  return (
    <details className="presentation-legend" open>
      <summary>{t('presentation.legend')}</summary>
      <Legend filtered />
      {analysisOpen && <AnalysisLegend />}
    </details>
  )
}
