import { layers, type LayerDef } from '@regiopol/geodata'
import { Layer } from '@vis.gl/react-maplibre'
import { memo, useMemo } from 'react'
import { filterExpression } from '../../filters/filter-model.ts'
import { useAtlas } from '../../store/index.ts'
import { buildLayers } from '../layers/index.ts'

/** The thematic layers, drawn from the builders with the current UI state. */
export function OverlayLayers() {
  return (
    <>
      {layers.map((def) => (
        <CatalogueLayer key={def.id} def={def} />
      ))}
    </>
  )
}

const CatalogueLayer = memo(function CatalogueLayer({ def }: { def: LayerDef }) {
  const visible = useAtlas((s) => s.visible.includes(def.id))
  const opacity = useAtlas((s) => s.opacity[def.id] ?? 1)
  const filter = useAtlas((s) => s.filters[def.id])
  const selectedId = useAtlas((s) => (s.selected?.layer === def.id ? s.selected.id : null))
  const specs = useMemo(
    () => buildLayers(def, { visible, opacity, filter: filterExpression(def, filter), selectedId }),
    [def, visible, opacity, filter, selectedId],
  )
  return (
    <>
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
    </>
  )
})
