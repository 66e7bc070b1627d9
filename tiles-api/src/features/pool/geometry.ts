import type { Db } from '../../db/queries/db.ts'
import { BOUNDARY_TOLERANCE_M, OVERLAP_TOLERANCE_M2, positionsOf, REGION, type PolygonGeometry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import { checkPlacement, checkValidity, largestOverlap } from './queries.ts'
import { Conflict, ValidationFailed } from '../../errors.ts'

/*
 * The geometry rules of the pool, in the order a user can fix them: lon/lat order,
 * inside the region, valid (OGC simple features), inside the stated municipality
 * (with a tolerance for generalised boundaries), no overlap with an active area.
 */

const fmt = (n: number) => n.toFixed(5)
const [minLon, minLat, maxLon, maxLat] = REGION.bbox
/** About 1 km around the region's bounding box. */
const MARGIN = 0.015

function bboxOf(positions: [number, number][]) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of positions) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y)
  }
  return [x0, y0, x1, y1] as const
}

const touchesRegionBox = ([x0, y0, x1, y1]: readonly number[]) =>
  x1! >= minLon - MARGIN && x0! <= maxLon + MARGIN && y1! >= minLat - MARGIN && y0! <= maxLat + MARGIN

const reasonsDe: [RegExp, string][] = [
  [/^Ring Self-intersection/i, 'Ein Ring schneidet sich selbst'],
  [/^Self-intersection/i, 'Die Umrisslinie schneidet sich selbst (z. B. eine Schleife oder „Fliege“)'],
  [/^Too few points/i, 'Zu wenige verschiedene Punkte'],
  [/^Hole lies outside shell/i, 'Ein Loch liegt außerhalb der Außengrenze'],
  [/^Nested holes/i, 'Löcher liegen ineinander'],
  [/^Interior is disconnected/i, 'Die Fläche zerfällt in getrennte Teile'],
  [/^Nested shells/i, 'Teilflächen liegen ineinander'],
  [/^Duplicate Rings/i, 'Ein Ring kommt doppelt vor'],
  [/^Invalid Coordinate/i, 'Ungültige Koordinate'],
]

const germanReason = (reason: string) => reasonsDe.find(([re]) => re.test(reason))?.[1] ?? 'Die Geometrie ist ungültig'

/** Checks the geometry for an area of municipality `ags`; returns its area in m² (EPSG:25832). */
export async function checkAreaGeometry(tx: Db, geometry: PolygonGeometry, ags: string, excludeId: number | null): Promise<number> {
  const box = bboxOf(positionsOf(geometry))
  if (!touchesRegionBox(box)) {
    const swapped = [box[1], box[0], box[3], box[2]]
    if (touchesRegionBox(swapped)) {
      throw new ValidationFailed(
        `Länge und Breite sind vertauscht: GeoJSON erwartet [Länge, Breite], z. B. [8.75, 51.72] für Paderborn. Die Koordinaten (${fmt(box[1])}, ${fmt(box[0])}) liegen vertauscht in der Region.`,
        'swapped-coordinates',
      )
    }
    throw new ValidationFailed(
      `Die Fläche liegt außerhalb der regiopolREGION (Länge ${minLon}–${maxLon}, Breite ${minLat}–${maxLat}); gefunden: Länge ${fmt(box[0])}–${fmt(box[2])}, Breite ${fmt(box[1])}–${fmt(box[3])}.`,
      'outside-region',
    )
  }
  const geojson = JSON.stringify(geometry)
  const validity = await checkValidity(tx, geojson)
  if (!validity.valid) {
    const where = validity.location ? ` bei Länge ${fmt(validity.location[0])}, Breite ${fmt(validity.location[1])}` : ''
    throw new ValidationFailed(`${germanReason(validity.reason)}${where} (PostGIS: ${validity.reason}).`, 'invalid-geometry', {
      reason: validity.reason,
      location: validity.location,
    })
  }
  const placed = await checkPlacement(tx, geojson, ags)
  if (!placed.municipality_exists) throw new ValidationFailed(`Die Kommune ${ags} gehört nicht zur Region.`, 'unknown-municipality')
  if (!(placed.area_m2 > 0)) throw new ValidationFailed('Die Fläche hat keinen Flächeninhalt.', 'invalid-geometry')
  if (!placed.in_municipality) {
    const tolerance = `Toleranz ${BOUNDARY_TOLERANCE_M} m, weil die Grenzen generalisiert sind`
    if (!placed.touches_region) {
      throw new ValidationFailed(`Die Fläche liegt außerhalb der regiopolREGION.`, 'outside-region')
    }
    if (placed.main_ags && placed.main_ags !== ags) {
      throw new ValidationFailed(
        `Die Fläche liegt überwiegend in ${placed.main_name} (${placed.main_ags}), nicht in ${placed.stated_name} (${ags}) (${tolerance}).`,
        'wrong-municipality',
      )
    }
    throw new ValidationFailed(
      `Die Fläche ragt mehr als ${BOUNDARY_TOLERANCE_M} m über die Grenze von ${placed.stated_name} (${ags}) hinaus (${tolerance}).`,
      'outside-municipality',
    )
  }
  const overlap = await largestOverlap(tx, geojson, excludeId)
  if (overlap) {
    throw new Conflict(
      'overlap',
      `Die Fläche überschneidet sich um ${Math.round(overlap.overlap_m2)} m² mit der aktiven Poolfläche „${overlap.name}“ (Nr. ${overlap.id}, ${overlap.municipality}); geduldet werden bis ${OVERLAP_TOLERANCE_M2} m².`,
      { overlapsWith: overlap.id, overlapM2: Math.round(overlap.overlap_m2) },
    )
  }
  return placed.area_m2
}
