import type { MunicipalityProfile } from '@regiopol/geodata'
import type { Point } from 'geojson'
import { useT } from '../store/hooks.ts'
import { fetchProfileMap } from './api.ts'
import { pathOf, pointOf, scaleBarM, viewOf } from './map-geometry.ts'
import { useApi } from './useApi.ts'

/** Paul Tol's colour-blind-safe colours, as on the main map; the legend names each in words. */
export const PROFILE_MAP_COLOURS = { boundary: '#4477AA', catchment: '#33BBEE', stop: '#1a1a1a', land: '#CCBB44', rail: '#555555' }

/**
 * The municipality with its rail stops, their catchments and its development land, drawn
 * as SVG in EPSG:25832 (map-geometry.ts): sharp in print, no WebGL, works offline.
 * Stops just outside the municipality are drawn too, since their catchments reach in.
 */
export function ProfileMap({ profile }: { profile: MunicipalityProfile }) {
  const t = useT()
  const loaded = useApi(`map-${profile.ags}`, (signal) => fetchProfileMap(profile.ags, signal))
  const radius = profile.rail.radius_m
  if (!loaded || 'error' in loaded) return <div className="profile-map placeholder" aria-hidden="true" />
  const { municipality, stops, land, lines } = loaded.data
  const view = viewOf(municipality.geometry, radius / 2)
  const bar = scaleBarM(view)
  const stopPoints = stops.features.map((f) => ({ name: String(f.properties.name), xy: pointOf((f.geometry as Point).coordinates), own: f.properties.municipality_ags === profile.ags }))
  const label = t('profiles.mapLabel', { name: profile.name, radius })
  const fontSize = view.width / 45
  return (
    <figure className="profile-map">
      <svg viewBox={`${view.minX} ${view.minY} ${view.width} ${view.height}`} role="img" aria-label={label} data-testid="profile-map" preserveAspectRatio="xMidYMid meet">
        <title>{label}</title>
        <defs>
          <clipPath id={`clip-${profile.ags}`}>
            <rect x={view.minX} y={view.minY} width={view.width} height={view.height} />
          </clipPath>
        </defs>
        <g clipPath={`url(#clip-${profile.ags})`}>
          <path d={pathOf(municipality.geometry)} fill="#f5f4f0" stroke="none" />
          {stopPoints.map((s) => (
            <circle key={`c-${s.name}`} cx={s.xy[0]} cy={s.xy[1]} r={radius} fill={PROFILE_MAP_COLOURS.catchment} fillOpacity={0.15} stroke={PROFILE_MAP_COLOURS.catchment} strokeWidth={view.width / 400} strokeDasharray={`${view.width / 100} ${view.width / 200}`} />
          ))}
          {lines.features.map((f, i) => (
            <path key={`l-${i}`} d={pathOf(f.geometry)} fill="none" stroke={PROFILE_MAP_COLOURS.rail} strokeWidth={view.width / 300} />
          ))}
          {land.features.map((f) => (
            <path key={`d-${String(f.id)}`} d={pathOf(f.geometry)} fill={PROFILE_MAP_COLOURS.land} fillOpacity={0.85} stroke="#6b5e00" strokeWidth={view.width / 600} />
          ))}
          <path d={pathOf(municipality.geometry)} fill="none" stroke={PROFILE_MAP_COLOURS.boundary} strokeWidth={view.width / 250} />
          {stopPoints.map((s) => (
            <g key={`s-${s.name}`}>
              <circle cx={s.xy[0]} cy={s.xy[1]} r={view.width / 130} fill="#fff" stroke={PROFILE_MAP_COLOURS.stop} strokeWidth={view.width / 400} />
              {s.own && (
                <text x={s.xy[0] + view.width / 90} y={s.xy[1] - view.width / 120} fontSize={fontSize} paintOrder="stroke" stroke="#fff" strokeWidth={fontSize / 5}>
                  {s.name}
                </text>
              )}
            </g>
          ))}
        </g>
        <g className="svg-furniture" transform={`translate(${view.minX + view.width * 0.04} ${view.minY + view.height * 0.95})`}>
          <rect x={0} y={-fontSize * 0.5} width={bar} height={fontSize * 0.35} fill="#1a1a1a" />
          <text x={bar + fontSize * 0.4} y={0} fontSize={fontSize}>{bar >= 1000 ? `${bar / 1000} km` : `${bar} m`}</text>
        </g>
        <g className="svg-furniture" transform={`translate(${view.minX + view.width * 0.95} ${view.minY + view.height * 0.08})`} aria-hidden="true">
          <path d={`M0 ${-fontSize * 1.6}L${fontSize * 0.6} 0L0 ${-fontSize * 0.5}L${-fontSize * 0.6} 0Z`} fill="#1a1a1a" />
          <text x={0} y={fontSize * 1.1} fontSize={fontSize} textAnchor="middle">N</text>
        </g>
      </svg>
      <figcaption>
        <ul className="profile-map-legend">
          <li><span className="swatch-line" style={{ borderColor: PROFILE_MAP_COLOURS.boundary }} />{t('profiles.legend.boundary')}</li>
          <li><span className="swatch-circle" style={{ borderColor: PROFILE_MAP_COLOURS.catchment, background: 'rgba(51,187,238,0.15)' }} />{t('profiles.legend.catchment', { radius })}</li>
          <li><span className="swatch-dot" />{t('profiles.legend.stop')}</li>
          <li><span className="swatch-box" style={{ background: PROFILE_MAP_COLOURS.land }} />{t('profiles.legend.land')}</li>
          <li><span className="swatch-line" style={{ borderColor: PROFILE_MAP_COLOURS.rail }} />{t('profiles.legend.rail')}</li>
        </ul>
      </figcaption>
    </figure>
  )
}
