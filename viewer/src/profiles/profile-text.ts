import type { MunicipalityProfile } from '@regiopol/geodata'
import { formatDate, pick, type Language, type Translate } from '../i18n/index.ts'
import { formatFigure, INDICATOR_KIND } from './format.ts'

/**
 * The profile's figures as plain paragraphs for the PDF's text page (the print module
 * lays them out). Narrow no-break spaces become normal ones: the PDF's standard font
 * is Latin-1.
 *
 * @example
 * profileParagraphs(profile, t, 'de')[0] // "Einwohner: 74.835 · Fläche: 129,39 km² · …"
 * comparisonLines(profile, t, 'de')[1].line // "Einwohner im Einzugsbereich der Schiene: 24,5 % (Median 10,4 %) – Stärke"
 */
export function profileParagraphs(p: MunicipalityProfile, t: Translate, language: Language): string[] {
  const f = (v: number | null, kind: Parameters<typeof formatFigure>[1]) => formatFigure(v, kind, language).replace(/\u202f/g, ' ')
  const radius = f(p.rail.radius_m, 'count')
  const stops = p.rail.stops.map((s) => `${s.name} (${t('profiles.stopCatchment', { population: f(s.catchment_population, 'count'), radius })})`)
  const d = p.development_land
  const sample = ` (${t('sample.badge')})`
  return [
    `${t('profiles.population')}: ${f(p.population.value, 'count')} · ${t('profiles.area')}: ${f(p.area.km2, 'km2')} · ${t('profiles.density')}: ${f(p.density_per_km2, 'density')}`,
    `${t('profiles.rail')}: ${stops.length ? stops.join('; ') : t('profiles.noStops')} ${t('profiles.catchmentPopulation', { radius })}: ${f(p.rail.catchment_population, 'count')} / ${f(p.rail.grid_population, 'count')} (${f(p.rail.catchment_share, 'share')}).`,
    `${t('profiles.land')}${sample}: ${(d.sites === 1 ? t('profiles.landSitesOne') : t('profiles.landSitesValue', { count: f(d.sites, 'count') }))}, ${f(d.area_ha, 'ha')}; ${t('profiles.landInside')} ${f(d.inside_ha, 'ha')}, ${t('profiles.landOutside')} ${f(d.outside_ha, 'ha')} (${f(d.inside_share, 'share')}).`,
    `${t('profiles.pool')}${sample}: ${(p.pool.areas === 1 ? t('profiles.poolAreasOne', { ha: f(p.pool.area_ha, 'ha') }) : t('profiles.poolAreasValue', { count: f(p.pool.areas, 'count'), ha: f(p.pool.area_ha, 'ha') }))}; ${t('profiles.pointsTotal')} ${f(p.pool.points_total, 'points')}, ${t('profiles.pointsReserved')} ${f(p.pool.points_reserved, 'points')}, ${t('profiles.pointsBooked')} ${f(p.pool.points_booked, 'points')}, ${t('profiles.pointsAvailable')} ${f(p.pool.points_available, 'points')}.`,
    `${t('profiles.health')}: ${t('profiles.hospitalMean')} ${f(p.health.mean_distance_km, 'km')}; ${t('profiles.hospitalShare', { km: p.health.threshold_km })}: ${f(p.health.share_within_threshold, 'share')}; ${t('profiles.hospitalCar')} ${f(p.health.mean_car_minutes, 'minutes')}.`,
    `${t('profiles.projects')}${sample}: ${p.projects.items.map((x) => x.title).join('; ') || t('profiles.noProjects')}`,
    `${t('profiles.exchange')}${sample}: ${p.exchange_posts.items.map((x) => `${t(`profiles.exchange.${x.type}`)}: ${x.title} (${t('profiles.until', { date: formatDate(x.expires_on, language) })})`).join('; ') || t('profiles.noExchange')}`,
    `${t('profiles.contact')}${p.contact?.sample ? sample : ''}: ${p.contact ? [p.contact.name, p.contact.organisation, p.contact.email, p.contact.phone].filter(Boolean).join(', ') : t('profiles.noContact')}`,
  ]
}

/** One line per comparison indicator: value, median and verdict. */
export function comparisonLines(p: MunicipalityProfile, t: Translate, language: Language): { line: string; verdict: string }[] {
  const f = (v: number | null, id: keyof typeof INDICATOR_KIND) => formatFigure(v, INDICATOR_KIND[id], language).replace(/\u202f/g, ' ')
  return p.comparison.indicators.map((c) => ({
    verdict: c.verdict,
    line: `${pick(c.label, language)}: ${f(c.value, c.id)} (${t('profiles.medianShort')} ${f(c.median, c.id)}) – ${t(`profiles.verdict.${c.verdict}`)}`,
  }))
}
