import { analysisOverlay } from '../analysis-ui/AnalysisLayers.tsx'
import { registerOverlay } from '../map/overlays.ts'
import { offersOverlay } from '../pool/OffersLayers.tsx'

/** The features that draw on the main map: the analysis results, then the compensation offers. */
export function registerMapOverlays(): void {
  registerOverlay(analysisOverlay)
  registerOverlay(offersOverlay)
}
