/**
 * ÖV-Güteklassen benchmark: the region's 5,061 public transport stops (pt_stops.csv)
 * with synthetic departures (a seeded mix of rail every 15–60 minutes and buses every
 * 10–120 minutes), classed for every 250 m cell and 20,000 synthetic sites, next to the
 * straight-line health run on the same grid.
 */
import { readFileSync } from 'node:fs'
import type { Sql } from 'postgres'
import {
  activeMask, buildGrid, computeReachability, createFacilitySet, oevClassesAt, parseGtfsCsv, rateStops, toUtm32, travelModel,
  type StopDepartures,
} from '@regiopol/analysis'
import { loadAnalysisInputs, syntheticSites } from './analysis-data.ts'
import { medianCpuMs, medianMs, prng } from './timing.ts'
import type { BenchRow } from './types.ts'

function syntheticDepartures(): StopDepartures[] {
  const rows = parseGtfsCsv(readFileSync(new URL('../../../geodata/data/pt_stops.csv', import.meta.url), 'utf8'))
  const rnd = prng(5061)
  return rows.map((r) => {
    const rail = /regional|suburban|national/.test(r.modes ?? '')
    const every = rail ? [15, 30, 60][Math.floor(rnd() * 3)]! : [10, 20, 30, 60, 120][Math.floor(rnd() * 5)]!
    const n = Math.round((14 * 60) / every) * 2
    const hours = () => new Array<number>(14).fill(0)
    return {
      stopId: r.id!, name: r.name!, lon: Number(r.lon), lat: Number(r.lat),
      perHour: { rail: hours(), tram: hours(), bus: hours() }, total: { rail: rail ? n : 0, tram: 0, bus: rail ? 0 : n },
    }
  })
}

export async function benchTransit(sql: Sql): Promise<BenchRow[]> {
  const input = await loadAnalysisInputs(sql)
  const grid = buildGrid(input.outline, input.municipalities, 250)
  const sites = syntheticSites(input.sites, 20_000)
  const xs = new Float64Array(grid.n + sites.length), ys = new Float64Array(grid.n + sites.length)
  xs.set(grid.x); ys.set(grid.y)
  sites.forEach((s, i) => {
    const ring = s.geometry.type === 'Polygon' ? s.geometry.coordinates[0]! : s.geometry.coordinates[0]![0]!
    const [x, y] = toUtm32(ring.reduce((a, p) => a + p[0]!, 0) / ring.length, ring.reduce((a, p) => a + p[1]!, 0) / ring.length)
    xs[grid.n + i] = x; ys[grid.n + i] = y
  })
  const departures = syntheticDepartures()
  const classes = () => oevClassesAt(rateStops(departures), xs, ys)
  const hospitals = createFacilitySet(input.facilities)
  const straight = await medianMs(() => computeReachability(grid, hospitals, activeMask(hospitals, []), travelModel('car')), 9, 2)
  return [{
    name: `ÖV-Güteklassen: ${departures.length} stops, ${grid.n.toLocaleString('en')} cells + 20,000 sites (limit 200 ms)`,
    ms: await medianMs(classes, 9, 2), cpuMs: await medianCpuMs(classes, 9, 2),
    baselineName: 'straight-line health, same grid', baselineMs: straight,
  }]
}
