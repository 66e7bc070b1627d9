import { findLayer, getLayer, layers, type LayerDef, type PropertyDef } from '@regiopol/geodata'
import { useEffect } from 'react'
import { Link } from 'wouter'
import { findFeature, getLayerData, loadLayer, useLayerData, type AtlasFeature } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { formatValue, isEmpty } from '../info/format-value.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { infoSectionsOf } from './info-sections.ts'
import { SampleBadge } from './SampleBadge.tsx'

/** Properties the panel does not list as rows (the id copy; the sample flag becomes a badge). */
const HIDDEN = new Set(['__id', 'sample'])

/** The clicked feature with German labels and units from the catalogue and links to related records. */
export function FeatureInfo() {
  const t = useT()
  const language = useLanguage()
  const selected = useAtlas((s) => s.selected)
  const select = useAtlas((s) => s.select)
  const def = selected ? findLayer(selected.layer) : undefined
  const data = useLayerData(selected?.layer ?? 'municipalities')
  useEffect(() => {
    if (selected) void loadLayer(selected.layer)
  }, [selected])

  if (!selected || !def) return <p className="muted">{t('info.empty')}</p>
  const feature = data.features.find((f) => String(f.id) === selected.id)
  if (!feature) return <p className="muted">{useAtlas.getState().layerStatus[selected.layer]?.state === 'ready' ? t('info.notFound') : t('layer.loading')}</p>

  const name = feature.properties[def.nameProperty]
  return (
    <article className="feature-info" aria-labelledby="feature-info-heading" data-layer={def.id} data-id={selected.id}>
      <p className="feature-layer">{pick(def.title, language)}</p>
      <h2 id="feature-info-heading">{typeof name === 'string' || typeof name === 'number' ? String(name) : selected.id}</h2>
      {feature.properties.sample === true && <SampleBadge />}
      {!feature.geometry && <p className="muted">{t('info.noGeometry')}</p>}
      <dl>
        {def.properties
          .filter((p) => !HIDDEN.has(p.key) && p.key !== def.nameProperty && !isEmpty(feature.properties[p.key]))
          .map((p) => (
            <div key={p.key} className="info-row">
              <dt>{pick(p.label, language)}</dt>
              <dd>
                <PropertyValue property={p} feature={feature} />
              </dd>
            </div>
          ))}
      </dl>
      {infoSectionsOf(def.id).map(({ id, Section }) => <Section key={id} feature={feature} />)}
      {def.id === 'exchange_posts' && (
        <p>
          <Link href={`/boerse/${selected.id}`}>{t('exchange.openOnBoard')}</Link>
        </p>
      )}
      {def.id === 'municipalities' && (
        <p>
          <Link href={`/kommunen/${selected.id}`} className="profile-link">{t('profiles.openProfile')}</Link>
        </p>
      )}
      <RelatedRecords def={def} id={selected.id} />
      {feature.geometry && (
        <button type="button" onClick={() => select(selected, { fly: true })}>
          {t('info.zoomTo')}
        </button>
      )}
    </article>
  )
}

function PropertyValue({ property, feature }: { property: PropertyDef; feature: AtlasFeature }) {
  const language = useLanguage()
  const select = useAtlas((s) => s.select)
  const value = feature.properties[property.key]
  const target = property.references
  if (target) {
    // Links to related records: a stop's municipality, a project's municipalities …
    const targetDef = getLayer(target)
    const ids = (Array.isArray(value) ? value : [value]).map(String)
    return (
      <ul className="links">
        {ids.map((id) => {
          const related = findFeature(target, id)
          const label = related?.properties[targetDef.nameProperty]
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => select({ layer: target, id }, { fly: true })}>
                {typeof label === 'string' ? `${label} (${id})` : id}
              </button>
            </li>
          )
        })}
      </ul>
    )
  }
  const urls = (Array.isArray(value) ? value : [value]).map(String)
  if (property.type !== 'enum' && urls.every((v) => /^https?:\/\//.test(v))) {
    return (
      <ul className="links">
        {urls.map((href) => (
          <li key={href}>
            <a href={href} target="_blank" rel="noreferrer noopener">
              {href}
            </a>
          </li>
        ))}
      </ul>
    )
  }
  return <>{formatValue(property, value, language)}</>
}

/** Records of other layers that point at this one (the stops, clinics and projects of a municipality …). */
function RelatedRecords({ def, id }: { def: LayerDef; id: string }) {
  const t = useT()
  const language = useLanguage()
  const select = useAtlas((s) => s.select)
  const groups = layers
    .map((other) => {
      const keys = other.properties.filter((p) => p.references === def.id).map((p) => p.key)
      if (keys.length === 0) return null
      const hits = getLayerData(other.id).features.filter((f) => keys.some((k) => {
        const v = f.properties[k]
        return Array.isArray(v) ? v.map(String).includes(id) : String(v) === id
      }))
      return hits.length ? { other, hits } : null
    })
    .filter((g) => g !== null)
  if (groups.length === 0) return null
  return (
    <section className="related">
      <h3>{t('info.related')}</h3>
      {groups.map(({ other, hits }) => (
        <details key={other.id}>
          <summary>
            {pick(other.title, language)} ({hits.length})
          </summary>
          <ul className="links">
            {hits.slice(0, 50).map((f) => (
              <li key={String(f.id)}>
                <button type="button" className="link-button" onClick={() => select({ layer: other.id, id: String(f.id) }, { fly: true })}>
                  {String(f.properties[other.nameProperty] ?? f.id)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  )
}
