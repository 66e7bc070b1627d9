import { describe, expect, it } from 'vitest'
import { buildGrid } from './grid.ts'
import { municipalitiesFromGeoJSON, populationCellsFromGeoJSON } from './inputs.ts'
import { disaggregatePopulation } from './population.ts'
import { readData, stripRegion } from './test-helpers.ts'

describe('population disaggregation', () => {
  it('spreads a 1 km cell evenly over its sixteen 250 m cells', () => {
    const { outline, municipalities, cells } = stripRegion()
    const grid = buildGrid(outline, municipalities, 250)
    const { pop } = disaggregatePopulation(grid, cells)
    expect([...new Set(pop)]).toEqual([100])
  })

  const outline = readData('region_outline.geojson').features[0]!.geometry as import('geojson').MultiPolygon
  const munis = municipalitiesFromGeoJSON(readData('municipalities.geojson'))
  const zensus = populationCellsFromGeoJSON(readData('population_grid_1km_zensus2011.geojson')).filter((c) => c.inRegion)

  it.each([250, 500, 1000])('conserves the 706,300 inhabitants of the region cells at %i m', (size) => {
    const grid = buildGrid(outline, munis, size)
    const { pop, total } = disaggregatePopulation(grid, zensus)
    expect(total).toBe(706_300)
    expect(Math.abs(pop.reduce((a, b) => a + b, 0) - 706_300)).toBeLessThan(1e-6)
  })

  it('covers the region with about 55,000 cells of 250 m (3,425.64 km²)', () => {
    const grid = buildGrid(outline, munis, 250)
    expect(grid.n * 0.0625).toBeGreaterThan(3425.64 * 0.995)
    expect(grid.n * 0.0625).toBeLessThan(3425.64 * 1.005)
    expect([...grid.muni].filter((m) => m < 0)).toHaveLength(0)
  })
})
