import { describe, expect, it } from 'vitest'
import { REGION } from '../region.ts'
import { findLayer } from './index.ts'
import { findTheme, themes } from './themes.ts'

describe('the theme maps', () => {
  it('are the four council themes of the workshops, with unique URL slugs', () => {
    expect(themes.map((t) => t.title.de)).toEqual(['Bauland an der Schiene', 'Gesundheitsversorgung', 'Ausgleichsflächenpool', 'Projekte in der Region'])
    expect(new Set(themes.map((t) => t.id)).size).toBe(themes.length)
    for (const t of themes) expect(t.id).toMatch(/^[a-z0-9-]+$/)
  })

  it('explain themselves in German and English', () => {
    for (const t of themes) {
      expect(t.explanation.de.length).toBeGreaterThan(60)
      expect(t.explanation.en.length).toBeGreaterThan(60)
      expect(t.title.en).not.toBe('')
    }
  })

  it('show only layers that exist in the catalogue', () => {
    for (const t of themes) {
      expect(t.layers.length).toBeGreaterThan(0)
      for (const id of t.layers) expect(findLayer(id), `${t.id}: ${id}`).toBeDefined()
    }
  })

  it('filter only visible layers, by existing properties and their listed values', () => {
    for (const t of themes) {
      for (const [layerId, filter] of Object.entries(t.filters)) {
        expect(t.layers, `${t.id} filters a hidden layer`).toContain(layerId)
        const layer = findLayer(layerId)!
        for (const [key, c] of Object.entries(filter ?? {})) {
          const property = layer.properties.find((p) => p.key === key)
          expect(property, `${t.id}: ${layerId}.${key}`).toBeDefined()
          if (c.kind === 'values') {
            const known = property!.options!.map((o) => o.value)
            expect(c.values.length).toBeGreaterThan(0)
            for (const v of c.values) expect(known, `${t.id}: ${layerId}.${key}=${v}`).toContain(v)
          } else {
            expect(property!.unit, `${t.id}: range on ${key} needs a numeric property with a unit`).toBeDefined()
          }
        }
      }
    }
  })

  it('open analysis settings the analysis panel accepts, and show the layers the analysis needs', () => {
    const bauland = findTheme('bauland-an-der-schiene')!
    expect(bauland.analysis).toEqual({ tab: 'sites', catchmentM: 1200 })
    expect(bauland.layers).toEqual(expect.arrayContaining(['rail_stops', 'development_land']))
    const health = findTheme('gesundheitsversorgung')!
    expect(health.analysis?.tab).toBe('health')
    expect(health.layers).toContain('health_facilities')
    for (const t of themes) {
      const a = t.analysis
      if (!a) continue
      if (a.catchmentM !== undefined) expect(a.catchmentM).toBeGreaterThanOrEqual(50)
      if (a.catchmentM !== undefined) expect(a.catchmentM).toBeLessThanOrEqual(10_000)
      if (a.health) {
        expect([250, 500, 1000]).toContain(a.health.cellSize)
        expect(a.health.thresholds).toEqual([...a.health.thresholds].sort((x, y) => x - y))
        for (const m of a.health.thresholds) expect(m).toBeGreaterThan(0)
      }
    }
  })

  it('frame the region and are found by slug only', () => {
    for (const t of themes) {
      const [w, s, e, n] = t.bbox
      expect(w).toBeGreaterThanOrEqual(REGION.bbox[0])
      expect(n).toBeLessThanOrEqual(REGION.bbox[3])
      expect(w < e && s < n).toBe(true)
    }
    expect(findTheme('gesundheitsversorgung')?.title.de).toBe('Gesundheitsversorgung')
    expect(findTheme('Gesundheitsversorgung')).toBeUndefined()
  })
})
