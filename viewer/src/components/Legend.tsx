import { layers } from '@regiopol/geodata'
import { useId, useMemo } from 'react'
import { pick } from '../i18n/index.ts'
import { buildLayers } from '../map/layers/index.ts'
import { legendFor, withoutFilteredClasses } from '../map/legend.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT, useVisibleLayers } from '../store/hooks.ts'
import { LegendSwatch } from './LegendSwatch.tsx'
import { SampleBadge } from './SampleBadge.tsx'

/**
 * Legend of the visible layers, generated from the same layer specs the map draws.
 * `filtered` (presentation mode) also drops the classes the filters hide.
 */
export function Legend({ filtered = false }: { filtered?: boolean }) {
  const t = useT()
  const language = useLanguage()
  const visible = useVisibleLayers()
  const headingId = useId()
  const filters = useAtlas((s) => s.filters)
  const sections = useMemo(
    () =>
      layers
        .filter((def) => visible.includes(def.id))
        .map((def) => {
          const groups = legendFor(def, buildLayers(def, { visible: true, opacity: 1 }), language)
          return { def, groups: filtered ? withoutFilteredClasses(groups, filters[def.id]) : groups }
        }),
    [visible, language, filtered, filters],
  )
  return (
    <section className="legend" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.legend')}</h2>
      {sections.length === 0 && <p className="muted">{t('legend.empty')}</p>}
      {sections.map(({ def, groups }) => (
        <div key={def.id} className="legend-layer" data-layer={def.id}>
          <h3>
            {pick(def.title, language)} {def.sample && <SampleBadge />}
          </h3>
          {groups.map((g, i) => (
            <div key={i}>
              {g.title && <p className="legend-group-title">{g.title}</p>}
              <ul>
                {g.entries.map((e) => (
                  <li key={e.label}>
                    <LegendSwatch swatch={e.swatch} />
                    <span>{e.label}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  )
}
