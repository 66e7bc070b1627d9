import { navigate } from 'wouter/use-browser-location'
import { analysisPatchOf, analysisUrlStateOf } from '../analysis-ui/analysis-url.ts'
import { useAtlas, type AtlasState } from '../store/index.ts'
import { withThemeDefaults } from '../themes/theme-state.ts'
import { decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts'

/** The URL-worthy part of the store. */
export function urlStateOf(s: AtlasState): UrlState {
  return {
    ...(s.camera && { camera: s.camera }),
    visible: s.visible,
    filters: s.filters,
    selected: s.selected,
    basemap: s.basemap,
    language: s.language,
    tableLayer: s.tableLayer,
    analysis: analysisUrlStateOf(s),
    theme: s.theme,
    presentation: s.presentation,
  }
}

/** Tablets and phones (the width at which the panels become drawers over the map, app.css). */
export function narrowScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(max-width: 1100px)').matches
}

/** Puts a decoded URL into the store (on start and when the hash changes by hand). */
export function applyUrlState(decoded: UrlState): void {
  const current = useAtlas.getState()
  const state = withThemeDefaults(decoded, current.theme)
  const opensTheme = !!state.theme && state.theme !== current.theme
  useAtlas.setState({
    ...(state.camera && { camera: state.camera }),
    ...(state.visible && { visible: state.visible }),
    ...(state.filters && { filters: state.filters }),
    ...(state.selected !== undefined && { selected: state.selected }),
    ...(state.basemap && { basemap: state.basemap }),
    ...(state.language && { language: state.language }),
    ...(state.tableLayer !== undefined && { tableLayer: state.tableLayer }),
    ...analysisPatchOf(state.analysis, current.health),
    // A link without thema= leaves the theme; one without praesentation=1 ends presentation mode.
    theme: state.theme ?? null,
    presentation: state.presentation ?? false,
    // A theme opened without a camera in the URL fits its own extent.
    ...(opensTheme && !state.camera && { camera: null, themeFitRequest: current.themeFitRequest + 1 }),
    // On a tablet or phone a theme opens with the map filling the screen: panels folded away.
    ...(opensTheme && narrowScreen() && { sideOpen: false, analysisCollapsed: true }),
  })
}

/** Opens the map from another page with the given view (layers, selection, camera). */
export function openOnMap(state: UrlState): void {
  applyUrlState(state)
  navigate(`/#${encodeUrlState(urlStateOf(useAtlas.getState()))}`)
}

export function currentUrl(): string {
  const url = new URL(location.href)
  url.hash = encodeUrlState(urlStateOf(useAtlas.getState()))
  return url.toString()
}

/**
 * Reads the hash once at start, then keeps it in step with the store (replaceState, so
 * panning does not flood the history). Returns the unsubscribe function.
 */
export function startUrlSync(): () => void {
  // Short links for print and e-mail: /?thema=<id> becomes /#thema=<id>.
  const query = new URLSearchParams(location.search)
  const themeQuery = query.get('thema')
  if (location.pathname === '/' && themeQuery) {
    const hash = new URLSearchParams(location.hash.replace(/^#/, ''))
    hash.set('thema', themeQuery)
    query.delete('thema')
    const search = query.toString()
    history.replaceState(history.state, '', `/${search ? `?${search}` : ''}#${hash.toString()}`)
  }
  applyUrlState(decodeUrlState(location.hash))
  let last = location.hash.replace(/^#/, '')
  let timer: ReturnType<typeof setTimeout> | undefined
  const write = () => {
    // Pages other than the map have their own paths; the map's view stays out of their URLs.
    if (location.pathname !== '/') return
    const hash = encodeUrlState(urlStateOf(useAtlas.getState()))
    if (hash === last) return
    last = hash
    history.replaceState(history.state, '', `#${hash}`)
  }
  const unsubscribe = useAtlas.subscribe(() => {
    clearTimeout(timer)
    timer = setTimeout(write, 150)
  })
  // The map may have loaded (and copied its camera) before this subscription: write once now.
  timer = setTimeout(write, 150)
  const onHashChange = () => {
    const hash = location.hash.replace(/^#/, '')
    if (hash === last) return
    last = hash
    applyUrlState(decodeUrlState(hash))
  }
  window.addEventListener('hashchange', onHashChange)
  return () => {
    unsubscribe()
    window.removeEventListener('hashchange', onHashChange)
  }
}
