import 'maplibre-gl/dist/maplibre-gl.css'
import './app/app.css'
import './shared/forms.css'
import { setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerInfoSections } from './app/info-sections.ts'
import { registerMapOverlays } from './app/map-overlays.ts'
import { Router } from './app/Router.tsx'
import { startUrlSync } from './state/url-sync.ts'

// MapLibre 6 finds its worker next to its own module; bundled, it is an asset of ours.
setWorkerUrl(workerUrl)
startUrlSync()
registerMapOverlays()
registerInfoSections()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Router />
  </StrictMode>,
)
