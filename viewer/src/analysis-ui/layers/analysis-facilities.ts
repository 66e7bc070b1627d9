import type { LayerSpecification } from 'maplibre-gl'
import { FONT_BOLD, visibility } from '../../map/layers/common.ts'

/**
 * Hospitals of the what-if scenario: open ones ringed blue, switched-off ones grey
 * with a purple ring and a cross, hypothetical ones teal with a plus (state told by
 * shape and sign, not colour alone).
 */
export const FACILITY_SOURCE = 'analysis-facilities'
export const FACILITY_STYLE = {
  active: { fill: '#FFFFFF', stroke: '#004488', sign: '' },
  off: { fill: '#BBBBBB', stroke: '#AA3377', sign: '×' },
  hypothetical: { fill: '#009988', stroke: '#FFFFFF', sign: '+' },
} as const

const byState = (pick: (s: (typeof FACILITY_STYLE)[keyof typeof FACILITY_STYLE]) => string) =>
  ['match', ['get', 'state'], 'off', pick(FACILITY_STYLE.off), 'hypothetical', pick(FACILITY_STYLE.hypothetical), pick(FACILITY_STYLE.active)] as never

export function facilityScenarioLayers(visible: boolean): LayerSpecification[] {
  const layout = { visibility: visibility(visible) }
  return [
    {
      id: 'analysis-facilities-circle',
      type: 'circle',
      source: FACILITY_SOURCE,
      layout,
      paint: {
        'circle-radius': ['match', ['get', 'state'], 'hypothetical', 9, 7],
        'circle-color': byState((s) => s.fill),
        'circle-stroke-color': byState((s) => s.stroke),
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'analysis-facilities-sign',
      type: 'symbol',
      source: FACILITY_SOURCE,
      layout: { ...layout, 'text-field': byState((s) => s.sign), 'text-font': FONT_BOLD, 'text-size': 14, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': ['match', ['get', 'state'], 'hypothetical', '#FFFFFF', '#AA3377'] },
    },
  ]
}
