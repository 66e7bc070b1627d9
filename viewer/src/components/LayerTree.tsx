import { layers, type LayerDef, type LayerGroup } from '@regiopol/geodata'
import { useMemo } from 'react'
import { countMatching } from '../filters/filter-model.ts'
import { loadLayer, useLayerData } from '../data/feature-cache.ts'
import { pick, type MessageKey } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { SampleBadge } from './SampleBadge.tsx'

/** Groups in the order the issue names them; any new catalogue group is appended. */
const GROUP_ORDER: LayerGroup[] = ['verkehr', 'siedlung', 'umwelt', 'gesundheit', 'projekte', 'bevoelkerung', 'verwaltung']

function groupsOf(): [LayerGroup, LayerDef[]][] {
  const groups = [...new Set([...GROUP_ORDER, ...layers.map((l) => l.group)])]
  return groups.map((g) => [g, layers.filter((l) => l.group === g)] as [LayerGroup, LayerDef[]]).filter(([, ls]) => ls.length > 0)
}

/** Layer tree: groups, visibility, opacity, counts, sources and the sample-data badge. */
export function LayerTree() {
  const t = useT()
  return (
    <section aria-labelledby="layers-heading" className="layer-tree">
      <h2 id="layers-heading">{t('panel.layers')}</h2>
      {groupsOf().map(([group, defs]) => (
        <fieldset key={group} className="layer-group">
          <legend>{t(`group.${group}` as MessageKey)}</legend>
          {defs.map((def) => (
            <LayerRow key={def.id} def={def} />
          ))}
        </fieldset>
      ))}
    </section>
  )
}

function LayerRow({ def }: { def: LayerDef }) {
  const t = useT()
  const language = useLanguage()
  const visible = useAtlas((s) => s.visible.includes(def.id))
  const opacity = useAtlas((s) => s.opacity[def.id] ?? 1)
  const status = useAtlas((s) => s.layerStatus[def.id])
  const filter = useAtlas((s) => s.filters[def.id])
  const setVisible = useAtlas((s) => s.setVisible)
  const setOpacity = useAtlas((s) => s.setOpacity)
  const setTableLayer = useAtlas((s) => s.setTableLayer)
  const data = useLayerData(def.id)
  const title = pick(def.title, language)
  const matched = useMemo(() => countMatching(data.features, filter), [data, filter])
  const total = status?.total
  const id = `layer-${def.id}`

  let count = ''
  if (status?.state === 'loading') count = t('layer.loading')
  else if (status?.state === 'ready' && total !== undefined) count = matched === total ? t('layer.count', { count: total }) : t('layer.countFiltered', { matched, total })
  else if (total !== undefined) count = t('layer.count', { count: total })

  return (
    <div className="layer-row" data-layer={def.id}>
      <div className="layer-row-main">
        <input id={id} type="checkbox" checked={visible} onChange={(e) => setVisible(def.id, e.target.checked)} />
        <label htmlFor={id}>{title}</label>
        {def.sample && <SampleBadge />}
      </div>
      <div className="layer-row-meta">
        <span className="layer-count" data-testid={`count-${def.id}`}>
          {count}
        </span>
        {status?.state === 'error' && (
          <span className="layer-error" role="alert">
            {t('layer.error')}: {status.error}{' '}
            <button type="button" className="link-button" onClick={() => void loadLayer(def.id)}>
              {t('layer.retry')}
            </button>
          </span>
        )}
      </div>
      <details className="layer-details">
        <summary>{t('layer.details', { layer: title })}</summary>
        <p>{pick(def.description, language)}</p>
        <label className="opacity">
          {t('layer.opacity')}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(opacity * 100)}
            aria-label={t('layer.opacityOf', { layer: title })}
            onChange={(e) => setOpacity(def.id, Number(e.target.value) / 100)}
          />
          <output>{Math.round(opacity * 100)} %</output>
        </label>
        <p className="attribution">
          <strong>{t('layer.source')}:</strong>{' '}
          {def.attribution.map((a, i) => (
            <span key={i}>
              {a.url ? (
                <a href={a.url} target="_blank" rel="noreferrer noopener">
                  {a.text}
                </a>
              ) : (
                a.text
              )}{' '}
              ({a.licence}){i < def.attribution.length - 1 ? '; ' : ''}
            </span>
          ))}
        </p>
        <button type="button" className="link-button" onClick={() => setTableLayer(def.id)}>
          {t('layer.openTable')}
        </button>
      </details>
    </div>
  )
}
