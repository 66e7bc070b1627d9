import { z } from 'zod'
import { MAX_VERTICES } from '../catalogue/compensation-rules.ts'

/*
 * GeoJSON polygons as the API accepts them for compensation areas. The shape is
 * checked here (browser and server alike); validity, region and overlap need
 * PostGIS and are checked by the API.
 */

const position = z.tuple([z.number(), z.number()], {
  error: 'Eine Position ist ein Paar [Länge, Breite] aus zwei Zahlen (WGS84, ohne Höhe).',
})

const ring = z
  .array(position)
  .min(4, 'Ein Ring braucht mindestens vier Positionen (die erste wiederholt am Ende).')
  .refine((r) => r.length < 4 || (r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1]), {
    message: 'Ein Ring muss geschlossen sein: die letzte Position gleicht der ersten.',
  })

const polygonCoordinates = z.array(ring).min(1, 'Ein Polygon braucht mindestens einen Ring.')

export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: polygonCoordinates,
})

export const multiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(polygonCoordinates).min(1, 'Ein MultiPolygon braucht mindestens ein Polygon.'),
})

export type PolygonGeometry = z.infer<typeof polygonSchema> | z.infer<typeof multiPolygonSchema>

/** Every position of a polygon or multipolygon. */
export function positionsOf(g: PolygonGeometry): [number, number][] {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates
  return polygons.flat(2) as [number, number][]
}

export const areaGeometrySchema = z
  .discriminatedUnion('type', [polygonSchema, multiPolygonSchema], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'Die Geometrie muss ein GeoJSON-Polygon oder -MultiPolygon sein.'
        : undefined,
  })
  .superRefine((g, ctx) => {
    const positions = positionsOf(g)
    if (positions.length > MAX_VERTICES) {
      ctx.addIssue({
        code: 'custom',
        message: `Die Geometrie hat ${positions.length} Stützpunkte; erlaubt sind höchstens ${MAX_VERTICES}. Bitte vereinfachen.`,
      })
      return
    }
    if (positions.some(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90)) {
      ctx.addIssue({ code: 'custom', message: 'Koordinaten außerhalb von WGS84: Länge −180…180, Breite −90…90 (GeoJSON: [Länge, Breite]).' })
    }
  })
