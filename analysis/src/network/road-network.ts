/**
 * The loaded road network with what the session derives from it once: the graph
 * per mode and the access legs of each analysis grid per mode.
 *
 * @example
 * const road = new RoadNetwork(decodeRoadGraph(buffer))
 * road.modeGraph('car')           // built on first use, then kept
 * road.snap(grid250, 'car')       // access legs of the 250 m cells
 */
import type { NetworkMode, RoadGraph } from '@regiopol/geodata'
import type { AnalysisGrid } from '../grid.ts'
import { snapPoints, type Snap } from './access.ts'
import { modeGraph, type ModeGraph } from './mode-graph.ts'

export class RoadNetwork {
  private modes = new Map<NetworkMode, ModeGraph>()
  private snaps = new WeakMap<AnalysisGrid, Map<NetworkMode, Snap>>()

  constructor(readonly graph: RoadGraph) {}

  modeGraph(mode: NetworkMode): ModeGraph {
    let g = this.modes.get(mode)
    if (!g) { g = modeGraph(this.graph, mode); this.modes.set(mode, g) }
    return g
  }

  snap(grid: AnalysisGrid, mode: NetworkMode): Snap {
    let byMode = this.snaps.get(grid)
    if (!byMode) { byMode = new Map(); this.snaps.set(grid, byMode) }
    let s = byMode.get(mode)
    if (!s) { s = snapPoints(this.modeGraph(mode), grid.x, grid.y); byMode.set(mode, s) }
    return s
  }
}
