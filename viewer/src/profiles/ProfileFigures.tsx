import type { MunicipalityProfile } from '@regiopol/geodata'
import type { ReactNode } from 'react'
import { SampleBadge } from '../components/SampleBadge.tsx'
import { useLanguage, useT } from '../store/hooks.ts'
import { formatFigure, type FigureKind } from './format.ts'

/** One labelled figure; `data-figure` names the API field, so the e2e test can compare them. */
function Figure({ label, figure, value, kind, children }: { label: string; figure: string; value?: number | null; kind?: FigureKind; children?: ReactNode }) {
  const language = useLanguage()
  return (
    <div className="figure-row">
      <dt>{label}</dt>
      <dd data-figure={figure}>{children ?? formatFigure(value ?? null, kind ?? 'count', language)}</dd>
    </div>
  )
}

function Method({ text }: { text: string }) {
  const t = useT()
  return <p className="method small"><span className="method-label">{t('profiles.method')}:</span> {text}</p>
}

/** The figures of the profile, section by section, in readable German with units and sources. */
export function ProfileFigures({ profile: p }: { profile: MunicipalityProfile }) {
  const t = useT()
  const language = useLanguage()
  const f = (v: number | null, kind: FigureKind) => formatFigure(v, kind, language)
  return (
    <div className="profile-figures">
      <section aria-labelledby="sec-basics">
        <h2 id="sec-basics">{t('profiles.basics')}</h2>
        <dl>
          <Figure label={t('profiles.population')} figure="population.value" value={p.population.value} />
          <Figure label={t('profiles.area')} figure="area.km2" value={p.area.km2} kind="km2" />
          <Figure label={t('profiles.density')} figure="density_per_km2" value={p.density_per_km2} kind="density" />
        </dl>
        <p className="source small">{t('profiles.source')}: {p.population.attribution}</p>
      </section>

      <section aria-labelledby="sec-rail">
        <h2 id="sec-rail">{t('profiles.rail')}</h2>
        <h3>{t('profiles.stops')}</h3>
        {p.rail.stops.length === 0 ? <p>{t('profiles.noStops')}</p> : (
          <ul className="stop-list">
            {p.rail.stops.map((s) => (
              <li key={s.id} data-stop={s.name}>
                <strong>{s.name}</strong> – <span data-figure={`rail.stops.${s.id}.catchment_population`}>{t('profiles.stopCatchment', { population: f(s.catchment_population, 'count'), radius: f(p.rail.radius_m, 'count') })}</span>
              </li>
            ))}
          </ul>
        )}
        <dl>
          <Figure label={t('profiles.gridPopulation')} figure="rail.grid_population" value={p.rail.grid_population} />
          <Figure label={t('profiles.catchmentPopulation', { radius: f(p.rail.radius_m, 'count') })} figure="rail.catchment_population" value={p.rail.catchment_population} />
          <Figure label={t('profiles.catchmentShare')} figure="rail.catchment_share" value={p.rail.catchment_share} kind="share" />
        </dl>
        <Method text={p.rail.method} />
        <p className="source small">{t('profiles.source')}: {p.rail.attribution.join(' · ')}</p>
      </section>

      <section aria-labelledby="sec-land">
        <h2 id="sec-land">{t('profiles.land')} <SampleBadge /></h2>
        <dl>
          <Figure label={t('profiles.landSites')} figure="development_land.sites">{(p.development_land.sites === 1 ? t('profiles.landSitesOne') : t('profiles.landSitesValue', { count: f(p.development_land.sites, 'count') }))}, {f(p.development_land.area_ha, 'ha')}</Figure>
          <Figure label={t('profiles.landInside')} figure="development_land.inside_ha">{(p.development_land.sites_inside === 1 ? t('profiles.landSitesOne') : t('profiles.landSitesValue', { count: f(p.development_land.sites_inside, 'count') }))}, {f(p.development_land.inside_ha, 'ha')}</Figure>
          <Figure label={t('profiles.landOutside')} figure="development_land.outside_ha">{(p.development_land.sites_outside === 1 ? t('profiles.landSitesOne') : t('profiles.landSitesValue', { count: f(p.development_land.sites_outside, 'count') }))}, {f(p.development_land.outside_ha, 'ha')}</Figure>
          <Figure label={t('profiles.landShare')} figure="development_land.inside_share" value={p.development_land.inside_share} kind="share" />
        </dl>
        <Method text={p.development_land.method} />
      </section>

      <section aria-labelledby="sec-pool">
        <h2 id="sec-pool">{t('profiles.pool')} <SampleBadge /></h2>
        <dl>
          <Figure label={t('profiles.poolAreas')} figure="pool.areas">{(p.pool.areas === 1 ? t('profiles.poolAreasOne', { ha: f(p.pool.area_ha, 'ha') }) : t('profiles.poolAreasValue', { count: f(p.pool.areas, 'count'), ha: f(p.pool.area_ha, 'ha') }))}</Figure>
          <Figure label={t('profiles.pointsTotal')} figure="pool.points_total" value={p.pool.points_total} kind="points" />
          <Figure label={t('profiles.pointsPlanned')} figure="pool.points_planned" value={p.pool.points_planned} kind="points" />
          <Figure label={t('profiles.pointsReserved')} figure="pool.points_reserved" value={p.pool.points_reserved} kind="points" />
          <Figure label={t('profiles.pointsBooked')} figure="pool.points_booked" value={p.pool.points_booked} kind="points" />
          <Figure label={t('profiles.pointsAvailable')} figure="pool.points_available" value={p.pool.points_available} kind="points" />
        </dl>
        <Method text={p.pool.method} />
      </section>

      <section aria-labelledby="sec-health">
        <h2 id="sec-health">{t('profiles.health')}</h2>
        <dl>
          <Figure label={t('profiles.hospitalMean')} figure="health.mean_distance_km" value={p.health.mean_distance_km} kind="km" />
          <Figure label={t('profiles.hospitalShare', { km: p.health.threshold_km })} figure="health.share_within_threshold" value={p.health.share_within_threshold} kind="share" />
          <Figure label={t('profiles.hospitalCar')} figure="health.mean_car_minutes" value={p.health.mean_car_minutes} kind="minutes" />
          <Figure label={t('profiles.hospitalCar30')} figure="health.share_within_30_car_minutes" value={p.health.share_within_30_car_minutes} kind="share" />
        </dl>
        <Method text={p.health.method} />
        <p className="source small">{t('profiles.source')}: {p.health.attribution}</p>
      </section>
    </div>
  )
}
