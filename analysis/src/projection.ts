/**
 * Map projections used by the analysis, on the GRS80 ellipsoid (ETRS89), with no
 * dependency on proj4:
 *
 * - EPSG:25832 (ETRS89 / UTM 32N) is the measurement frame: every distance in the
 *   analysis is a planar distance here, so it equals PostGIS
 *   `ST_Distance(ST_Transform(a, 25832), ST_Transform(b, 25832))`.
 *   Krüger series to n^6 (Karney 2011), sub-millimetre inside the zone.
 * - EPSG:3035 (ETRS89 / LAEA Europe) is the grid frame: the Zensus 1 km grid and
 *   our 250 m / 500 m / 1 km analysis grids are aligned to it (INSPIRE grid), so
 *   finer cells nest exactly in the Zensus cells. Formulae: EPSG Guidance Note 7-2.
 *
 * @example
 * const [x, y] = toUtm32(8.943319, 51.766433) // Altenbeken: [496088.60, 5735062.26]
 * const [lon, lat] = fromUtm32(x, y)           // back to 8.943319, 51.766433
 */

const A_AXIS = 6378137
const F = 1 / 298.257222101
const E2 = F * (2 - F)
const E = Math.sqrt(E2)

// --- Transverse Mercator (UTM zone 32, central meridian 9° E) ---------------
const K0 = 0.9996
const LON0_UTM = (9 * Math.PI) / 180
const FALSE_EASTING = 500000
const N = F / (2 - F)
const N2 = N * N, N3 = N2 * N, N4 = N3 * N, N5 = N4 * N, N6 = N5 * N
const A_RECT = (A_AXIS / (1 + N)) * (1 + N2 / 4 + N4 / 64 + N6 / 256)
const ALPHA = [
  N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180 - (127 * N5) / 288 + (7891 * N6) / 37800,
  (13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440 + (281 * N5) / 630 - (1983433 * N6) / 1935360,
  (61 * N3) / 240 - (103 * N4) / 140 + (15061 * N5) / 26880 + (167603 * N6) / 181440,
  (49561 * N4) / 161280 - (179 * N5) / 168 + (6601661 * N6) / 7257600,
  (34729 * N5) / 80640 - (3418889 * N6) / 1995840,
  (212378941 * N6) / 319334400,
]
const BETA = [
  N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360 - (81 * N5) / 512 + (96199 * N6) / 604800,
  N2 / 48 + N3 / 15 - (437 * N4) / 1440 + (46 * N5) / 105 - (1118711 * N6) / 3870720,
  (17 * N3) / 480 - (37 * N4) / 840 - (209 * N5) / 4480 + (5569 * N6) / 90720,
  (4397 * N4) / 161280 - (11 * N5) / 504 - (830251 * N6) / 7257600,
  (4583 * N5) / 161280 - (108847 * N6) / 3991680,
  (20648693 * N6) / 638668800,
]

/** WGS84/ETRS89 longitude, latitude (degrees) -> EPSG:25832 easting, northing (m). */
export function toUtm32(lon: number, lat: number): [number, number] {
  const phi = (lat * Math.PI) / 180
  const lam = (lon * Math.PI) / 180 - LON0_UTM
  const sinPhi = Math.sin(phi)
  const t = Math.sinh(Math.atanh(sinPhi) - E * Math.atanh(E * sinPhi))
  const xiP = Math.atan2(t, Math.cos(lam))
  const etaP = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t))
  let xi = xiP
  let eta = etaP
  for (let j = 1; j <= 6; j++) {
    const a = ALPHA[j - 1]!
    xi += a * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP)
    eta += a * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP)
  }
  return [FALSE_EASTING + K0 * A_RECT * eta, K0 * A_RECT * xi]
}

/** EPSG:25832 easting, northing (m) -> longitude, latitude (degrees). */
export function fromUtm32(x: number, y: number): [number, number] {
  const xi = y / (K0 * A_RECT)
  const eta = (x - FALSE_EASTING) / (K0 * A_RECT)
  let xiP = xi
  let etaP = eta
  for (let j = 1; j <= 6; j++) {
    const b = BETA[j - 1]!
    xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta)
    etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta)
  }
  const tauP = Math.sin(xiP) / Math.sqrt(Math.sinh(etaP) ** 2 + Math.cos(xiP) ** 2)
  const lam = Math.atan2(Math.sinh(etaP), Math.cos(xiP))
  let tau = tauP
  for (let i = 0; i < 5; i++) {
    const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.sqrt(1 + tau * tau)))
    const tauI = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau)
    const d =
      ((tauP - tauI) / Math.sqrt(1 + tauI * tauI)) *
      ((1 + (1 - E2) * tau * tau) / ((1 - E2) * Math.sqrt(1 + tau * tau)))
    tau += d
    if (Math.abs(d) < 1e-14) break
  }
  return [((lam + LON0_UTM) * 180) / Math.PI, (Math.atan(tau) * 180) / Math.PI]
}

// --- Lambert Azimuthal Equal Area (EPSG:3035, centre 52° N 10° E) ----------
const LAT0_LAEA = (52 * Math.PI) / 180
const LON0_LAEA = (10 * Math.PI) / 180
const FE_LAEA = 4321000
const FN_LAEA = 3210000

function q(sinPhi: number): number {
  return (
    (1 - E2) *
    (sinPhi / (1 - E2 * sinPhi * sinPhi) - (1 / (2 * E)) * Math.log((1 - E * sinPhi) / (1 + E * sinPhi)))
  )
}
const QP = q(1)
const BETA0 = Math.asin(q(Math.sin(LAT0_LAEA)) / QP)
const RQ = A_AXIS * Math.sqrt(QP / 2)
const D_LAEA =
  (A_AXIS * (Math.cos(LAT0_LAEA) / Math.sqrt(1 - E2 * Math.sin(LAT0_LAEA) ** 2))) / (RQ * Math.cos(BETA0))
const E4 = E2 * E2
const E6 = E4 * E2
const LAT_C1 = E2 / 3 + (31 * E4) / 180 + (517 * E6) / 5040
const LAT_C2 = (23 * E4) / 360 + (251 * E6) / 3780
const LAT_C3 = (761 * E6) / 45360

/** Longitude, latitude (degrees) -> EPSG:3035 easting, northing (m). */
export function toLaea(lon: number, lat: number): [number, number] {
  const beta = Math.asin(q(Math.sin((lat * Math.PI) / 180)) / QP)
  const dLam = (lon * Math.PI) / 180 - LON0_LAEA
  const cosB = Math.cos(beta)
  const b =
    RQ * Math.sqrt(2 / (1 + Math.sin(BETA0) * Math.sin(beta) + Math.cos(BETA0) * cosB * Math.cos(dLam)))
  return [
    FE_LAEA + b * D_LAEA * cosB * Math.sin(dLam),
    FN_LAEA + (b / D_LAEA) * (Math.cos(BETA0) * Math.sin(beta) - Math.sin(BETA0) * cosB * Math.cos(dLam)),
  ]
}

/** EPSG:3035 easting, northing (m) -> longitude, latitude (degrees). */
export function fromLaea(x: number, y: number): [number, number] {
  const dx = x - FE_LAEA
  const dy = y - FN_LAEA
  const rho = Math.sqrt((dx / D_LAEA) ** 2 + (D_LAEA * dy) ** 2)
  if (rho === 0) return [(LON0_LAEA * 180) / Math.PI, (LAT0_LAEA * 180) / Math.PI]
  const c = 2 * Math.asin(rho / (2 * RQ))
  const betaP = Math.asin(Math.cos(c) * Math.sin(BETA0) + (D_LAEA * dy * Math.sin(c) * Math.cos(BETA0)) / rho)
  const lam =
    LON0_LAEA +
    Math.atan2(
      dx * Math.sin(c),
      D_LAEA * rho * Math.cos(BETA0) * Math.cos(c) - D_LAEA * D_LAEA * dy * Math.sin(BETA0) * Math.sin(c),
    )
  const phi =
    betaP + LAT_C1 * Math.sin(2 * betaP) + LAT_C2 * Math.sin(4 * betaP) + LAT_C3 * Math.sin(6 * betaP)
  return [(lam * 180) / Math.PI, (phi * 180) / Math.PI]
}

/** EPSG:3035 -> EPSG:25832 through geographic coordinates. */
export function laeaToUtm32(x: number, y: number): [number, number] {
  const [lon, lat] = fromLaea(x, y)
  return toUtm32(lon, lat)
}
