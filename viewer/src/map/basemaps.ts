import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'

export type BasemapId = 'offline' | 'basemapde' | 'osm'
export const BASEMAPS: readonly BasemapId[] = ['offline', 'basemapde', 'osm']

/** The only online resources the viewer may load, and only when the user picks them. */
export const BASEMAP_DE_STYLE = 'https://sgx.geodatenzentrum.de/gdz_basemapde_vektor/styles/bm_web_gry.json'
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

export interface OnlineBasemap {
  sources: Record<string, SourceSpecification>
  layers: LayerSpecification[]
}

export const osmBasemap: OnlineBasemap = {
  sources: {
    'basemap-osm': {
      type: 'raster',
      tiles: [OSM_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
    },
  },
  layers: [{ id: 'basemap-osm', type: 'raster', source: 'basemap-osm', paint: { 'raster-saturation': -0.6, 'raster-opacity': 0.9 } }],
}

/**
 * Takes basemap.de's published style apart so that its sources and layers can sit
 * below our overlays. Its labels are switched to our own glyphs (font names we serve),
 * so no second glyph server is involved. Source and layer ids are prefixed to stay apart.
 */
export function adoptVectorStyle(style: StyleSpecification, fonts: { regular: string[]; bold: string[] }): OnlineBasemap {
  const prefix = 'basemapde-'
  const sources: Record<string, SourceSpecification> = {}
  for (const [id, source] of Object.entries(style.sources)) sources[prefix + id] = source
  const layers = style.layers
    .filter((l) => l.type !== 'background')
    .map((l) => {
      const copy = { ...l, id: prefix + l.id } as LayerSpecification & { source?: string; layout?: Record<string, unknown> }
      if ('source' in l && typeof l.source === 'string') copy.source = prefix + l.source
      if (l.type === 'symbol' && l.layout?.['text-font']) {
        const bold = JSON.stringify(l.layout['text-font']).toLowerCase().includes('bold')
        copy.layout = { ...l.layout, 'text-font': bold ? fonts.bold : fonts.regular }
      }
      return copy as LayerSpecification
    })
  return { sources, layers }
}
