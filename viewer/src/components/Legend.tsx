import { layers } from '@regiopol/geodata'
import { useId, useMemo } from 'react'
import { pick } from '../i18n/index.ts'
import { buildLayers } from '../map/layers/index.ts'
import { legendFor } from '../map/legend.ts'
import { useLanguage, useT, useVisibleLayers } from '../store/hooks.ts'
import { LegendSwatch } from './LegendSwatch.tsx'
import { SampleBadge } from './SampleBadge.tsx'

/** Legend of the visible layers, generated from the same layer specs the map draws. */
export function Legend() {
  const t = useT()
  const language = useLanguage()
  const visible = useVisibleLayers()
  const headingId = useId()
  const sections = useMemo(
    () =>
      layers
        .filter((def) => visible.includes(def.id))
        .map((def) => ({ def, groups: legendFor(def, buildLayers(def, { visible: true, opacity: 1 }), language) })),
    [visible, language],
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
