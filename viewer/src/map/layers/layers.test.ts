import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { drawnFromTiles, getLayer, layers } from '@regiopol/geodata'
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { filterExpression } from '../../filters/filter-model.ts'
import { offlineBasemapLayers } from './basemap.ts'
import { contrastText, tint } from './common.ts'
import { buildLayers, catalogueLayerOf, interactiveLayerIds } from './index.ts'

function styleWith(specs: LayerSpecification[]): StyleSpecification {
  return {
    version: 8,
    glyphs: 'http://localhost/fonts/{fontstack}/{range}.pbf',
    sources: Object.fromEntries(layers.map((l) => [l.id, drawnFromTiles(l)
      ? { type: 'vector', tiles: [`http://localhost/api/collections/${l.id}/tiles/WebMercatorQuad/{z}/{x}/{y}`], maxzoom: 16 }
      : { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: '__id' }])),
    layers: specs,
  }
}

const validate = (specs: LayerSpecification[]) => validateStyleMin(styleWith(specs) as never).map((e: { message: string }) => e.message)

describe('layer builders', () => {
  it.each(layers.map((l) => [l.id, l] as const))('build valid MapLibre layers for %s', (_id, def) => {
    const specs = buildLayers(def, { visible: true, opacity: 0.8, selectedId: '7' })
    expect(specs.length).toBeGreaterThan(0)
    expect(validate(specs)).toEqual([])
  })

  it('stay valid with a filter and when hidden', () => {
    const def = getLayer('development_land')
    const filter = filterExpression(def, { use: { kind: 'values', values: ['wohnen'] }, area_ha: { kind: 'range', min: 2 } })
    const specs = buildLayers(def, { visible: false, opacity: 1, filter })
    expect(validate(specs)).toEqual([])
    expect(specs.every((s) => (s.layout as { visibility?: string }).visibility === 'none')).toBe(true)
  })

  it('draw the population grid from its vector tiles’ source layer, the rest from GeoJSON', () => {
    const tiled = layers.filter((l) => buildLayers(l, { visible: true, opacity: 1 }).every((s) => (s as { 'source-layer'?: string })['source-layer'] === l.sourceLayer))
    expect(tiled.map((l) => l.id)).toEqual(['population_grid'])
    const rest = layers.filter((l) => !tiled.includes(l)).flatMap((l) => buildLayers(l, { visible: true, opacity: 1 }))
    expect(rest.some((s) => 'source-layer' in s)).toBe(false)
  })

  it('select a tiled feature by its tile id, which has no __id property', () => {
    const spec = buildLayers(getLayer('development_land'), { visible: true, opacity: 1, selectedId: '7' }).find((s) => s.id.endsWith('-selected'))!
    expect(JSON.stringify((spec as { filter?: unknown }).filter)).toContain('["id"]')
  })

  it('give every style layer a unique id across the catalogue', () => {
    const ids = layers.flatMap((def) => buildLayers(def, { visible: true, opacity: 1 }).map((s) => s.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('colour development land by use with the catalogue colours', () => {
    const fill = buildLayers(getLayer('development_land'), { visible: true, opacity: 1 }).find((s) => s.id === 'development_land-fill')!
    expect((fill.paint as Record<string, unknown>)['fill-color']).toEqual(['match', ['get', 'use'], 'wohnen', '#EE7733', 'gewerbe', '#0077BB', 'gemischt', '#EE3377', 'sondergebiet', '#009988', '#EE7733'])
  })

  it('draw one dashed outline per compensation status, so status is not told by colour alone', () => {
    const outlines = buildLayers(getLayer('compensation_areas'), { visible: true, opacity: 1 }).filter((s) => s.id.startsWith('compensation_areas-outline-'))
    expect(outlines.map((s) => s.id)).toEqual(['geplant', 'verfuegbar', 'reserviert', 'zugeordnet', 'stillgelegt'].map((v) => `compensation_areas-outline-${v}`))
    const dashes = outlines.map((s) => JSON.stringify((s.paint as Record<string, unknown>)['line-dasharray']))
    expect(new Set(dashes).size).toBe(outlines.length)
  })

  it('apply the attribute filter to every drawn layer except the selection outline', () => {
    const def = getLayer('health_facilities')
    const filter = filterExpression(def, { type: { kind: 'values', values: ['krankenhaus'] } })
    const specs = buildLayers(def, { visible: true, opacity: 1, filter })
    for (const s of specs.filter((x) => !x.id.endsWith('-selected'))) expect(JSON.stringify('filter' in s ? s.filter : null)).toContain('krankenhaus')
  })

  it('list only clickable layers as interactive and map them back to the catalogue', () => {
    expect(interactiveLayerIds(getLayer('health_facilities'))).toEqual(['health_facilities-circle'])
    expect(catalogueLayerOf('rail_stops-circle', layers.map((l) => l.id))).toBe('rail_stops')
    expect(catalogueLayerOf('basemap-land', layers.map((l) => l.id))).toBeUndefined()
  })

  it('build a valid offline basemap', () => {
    expect(validate(offlineBasemapLayers({ municipalityLabelsShown: true, districtLabelsShown: false }))).toEqual([])
  })

  it('pick readable text colours and tints', () => {
    expect(contrastText('#33BBEE')).toBe('#000000')
    expect(contrastText('#0077BB')).toBe('#ffffff')
    expect(tint('#882255', 1)).toBe('#882255')
    expect(tint('#882255', 0)).toBe('#ffffff')
  })
})
