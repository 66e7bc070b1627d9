import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect, useRef } from 'react'
import { AttributeTable } from '../components/AttributeTable.tsx'
import { CopyLinkButton } from '../components/CopyLinkButton.tsx'
import { FeatureInfo } from '../components/FeatureInfo.tsx'
import { FilterPanel } from '../components/FilterPanel.tsx'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { LayerTree } from '../components/LayerTree.tsx'
import { Legend } from '../components/Legend.tsx'
import { MapToolbar } from '../components/MapToolbar.tsx'
import { NoticeBanner } from '../components/NoticeBanner.tsx'
import { SampleDataNotice } from '../components/SampleDataNotice.tsx'
import { SearchBox } from '../components/SearchBox.tsx'
import { SiteNav } from './SiteNav.tsx'
import { useDataLoader } from '../data/useDataLoader.ts'
import { MapView } from '../map/MapView.tsx'
import { AnalysisButton, AnalysisPanel } from '../analysis-ui/AnalysisPanel.tsx'
import { PrintSummary } from '../analysis-ui/PrintSummary.tsx'
import { SiteTable } from '../analysis-ui/SiteTable.tsx'
import { AccountMenu } from '../account/AccountMenu.tsx'
import { OffersButton, OffersPanel } from '../pool/OffersPanel.tsx'
import { RegisterArea, RegisterButton } from '../pool/RegisterArea.tsx'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { PrintButton, PrintDialog } from '../print/PrintDialog.tsx'
import { PresentationButton } from '../themes/PresentationButton.tsx'
import { PresentationLegend } from '../themes/PresentationLegend.tsx'
import { ThemeBar } from '../themes/ThemeBar.tsx'
import { openTheme } from '../themes/theme-slice.ts'
import { useThemeFit } from '../themes/useThemeFit.ts'

/**
 * The shell: header, side panel (layers + legend, filters), map, info panel, table.
 * In presentation mode only the map, the theme bar, a simple legend and print remain.
 */
export function App() {
  const t = useT()
  const language = useLanguage()
  const mapRef = useRef<MapRef>(null)
  const sideTab = useAtlas((s) => s.sideTab)
  const sideOpen = useAtlas((s) => s.sideOpen)
  const setSideTab = useAtlas((s) => s.setSideTab)
  const setSideOpen = useAtlas((s) => s.setSideOpen)
  const selected = useAtlas((s) => s.selected)
  const select = useAtlas((s) => s.select)
  const tableLayer = useAtlas((s) => s.tableLayer)
  const setTableLayer = useAtlas((s) => s.setTableLayer)
  const siteTableOpen = useAtlas((s) => s.siteTableOpen && s.analysisOpen)
  const presentation = useAtlas((s) => s.presentation)
  const theme = useAtlas((s) => s.theme)
  useDataLoader()
  useThemeFit(mapRef)

  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${t('app.title')} – ${t('app.subtitle')}`
  }, [language, t])

  return (
    <div
      id="atlas-root"
      className={`app ${sideOpen && !presentation ? 'side-open' : 'side-closed'} ${tableLayer ? 'with-table' : ''} ${selected ? 'with-info' : ''} ${presentation ? 'presentation' : ''} ${theme ? 'with-theme' : ''}`}
    >
      <a className="skip-link" href="#map-region">
        {t('app.skipToMap')}
      </a>
      {presentation ? (
        <header className="app-header" aria-label={t('presentation.label')}>
          <h1>
            {t('app.title')} <span className="subtitle">{t('app.subtitle')}</span>
          </h1>
          <div className="header-actions">
            <PrintButton />
            <PresentationButton />
          </div>
        </header>
      ) : (
        <header className="app-header">
          <button type="button" className="side-toggle" aria-expanded={sideOpen} aria-controls="side-panel" onClick={() => setSideOpen(!sideOpen)} aria-label={t('panel.toggleSide')}>
            ☰
          </button>
          <h1>
            {t('app.title')} <span className="subtitle">{t('app.subtitle')}</span>
          </h1>
          <SearchBox />
          <div className="header-actions">
            <button type="button" onClick={() => setTableLayer(tableLayer ? null : (selected?.layer ?? 'municipalities'))} aria-pressed={tableLayer !== null}>
              ▤ {t('table.open')}
            </button>
            <AnalysisButton />
            <OffersButton />
            <RegisterButton />
            <LanguageSwitch />
            <AccountMenu />
          </div>
          {/* Second row: where to go (pages) and what to do with this view (print, present, share). */}
          <div className="header-row2">
            <SiteNav />
            <div className="view-tools">
              <PrintButton />
              <PresentationButton />
              <CopyLinkButton />
            </div>
          </div>
        </header>
      )}
      {!presentation && (
        <aside id="side-panel" className="side-panel" hidden={!sideOpen} aria-label={t('panel.layers')}>
          <div className="tabs" role="tablist" aria-label={t('panel.layers')}>
            {(['layers', 'filters'] as const).map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`tab-${tab}`}
                aria-selected={sideTab === tab}
                aria-controls={`tabpanel-${tab}`}
                onClick={() => setSideTab(tab)}
              >
                {t(tab === 'layers' ? 'panel.layers' : 'panel.filters')}
              </button>
            ))}
          </div>
          <div id={`tabpanel-${sideTab}`} role="tabpanel" aria-labelledby={`tab-${sideTab}`} className="tab-panel">
            {sideTab === 'layers' ? (
              <>
                <LayerTree />
                <Legend />
              </>
            ) : (
              <FilterPanel />
            )}
          </div>
        </aside>
      )}
      <ThemeBar />
      <main id="map-region" className="map-region" tabIndex={-1} aria-label={t('map.label')}>
        <MapView mapRef={mapRef} initialBounds={openTheme(useAtlas.getState())?.bbox} />
        <MapToolbar mapRef={mapRef} />
        {presentation && <PresentationLegend />}
        <NoticeBanner />
        <SampleDataNotice />
        {!presentation && <RegisterArea mapRef={mapRef} />}
        {!presentation && <OffersPanel />}
      </main>
      {selected && (
        <aside className="info-panel" aria-label={t('panel.info')}>
          <button type="button" className="close" onClick={() => select(null)} aria-label={t('panel.close')}>
            ×
          </button>
          <FeatureInfo />
        </aside>
      )}
      <AnalysisPanel />
      <PrintSummary mapRef={mapRef} />
      <PrintDialog mapRef={mapRef} />
      {siteTableOpen && !tableLayer && !presentation && (
        <div className="table-panel">
          <SiteTable />
        </div>
      )}
      {tableLayer && !presentation && (
        <div className="table-panel">
          <AttributeTable />
        </div>
      )}
    </div>
  )
}
