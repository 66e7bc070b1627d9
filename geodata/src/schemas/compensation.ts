import { z } from 'zod'
import { bookingKinds, compensationStatuses, landOwnerTypes, measureTypes, optionValues } from '../catalogue/enums.ts'
import { MAX_BIOTOPE_VALUE, MAX_ECO_POINTS } from '../catalogue/compensation-rules.ts'
import { areaGeometrySchema } from './geometry.ts'

/*
 * Bodies of the compensation-pool write endpoints. Shared by the API (which alone
 * decides) and the viewer (which can check a form before sending it). Every object is
 * strict: unknown fields are refused, and fields the server owns are named as such.
 */

const isoDate = z.iso.date({ error: 'Ein Datum im Format JJJJ-MM-TT.' })
const ags = z.string().regex(/^\d{8}$/, 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern, z. B. 05774012.')
const points = z
  .number({ error: 'Ökopunkte sind eine Zahl.' })
  .int('Ökopunkte sind ganze Zahlen.')
  .positive('Ökopunkte müssen größer als 0 sein.')
  .max(MAX_ECO_POINTS, `Höchstens ${MAX_ECO_POINTS} Ökopunkte.`)
const biotopeValue = z.number({ error: 'Ein Biotopwert ist eine Zahl.' }).min(0).max(MAX_BIOTOPE_VALUE)
const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`)
const link = z.url({ protocol: /^https?$/, error: 'Ein Link ist eine http(s)-Adresse.' }).max(2000)

const editableProperties = {
  name: text(200).min(1, 'Der Name fehlt.'),
  municipality_ags: ags,
  measure_type: z.enum(optionValues(measureTypes)),
  eco_points_total: points,
  biotope_value_before: biotopeValue,
  biotope_value_after: biotopeValue,
  planned_date: isoDate.nullable(),
  implemented_date: isoDate.nullable(),
  land_owner_type: z.enum(optionValues(landOwnerTypes)).nullable(),
  authority_file_number: text(100).nullable(),
  description: text(5000).nullable(),
  document_links: z.array(link).max(20),
}

function ecoPointsSource(p: { eco_points_total?: unknown; biotope_value_before?: unknown; biotope_value_after?: unknown }, ctx: z.RefinementCtx) {
  const values = [p.biotope_value_before, p.biotope_value_after].filter((v) => v !== undefined && v !== null).length
  if (values === 1) ctx.addIssue({ code: 'custom', message: 'Biotopwerte bitte beide angeben (vorher und nachher) oder keinen.' })
  if (values === 2 && p.eco_points_total !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['eco_points_total'], message: 'Mit Biotopwerten berechnet der Server die Ökopunkte (Wertgewinn × m²); bitte nicht zusätzlich angeben.' })
  }
  if (values === 2 && Number(p.biotope_value_after) <= Number(p.biotope_value_before)) {
    ctx.addIssue({ code: 'custom', path: ['biotope_value_after'], message: 'Der Biotopwert nachher muss größer sein als vorher, sonst entstehen keine Ökopunkte.' })
  }
}

export const createAreaPropertiesSchema = z
  .strictObject({
    ...editableProperties,
    eco_points_total: points.optional(),
    biotope_value_before: biotopeValue.optional(),
    biotope_value_after: biotopeValue.optional(),
    planned_date: editableProperties.planned_date.optional(),
    implemented_date: editableProperties.implemented_date.optional(),
    land_owner_type: editableProperties.land_owner_type.optional(),
    authority_file_number: editableProperties.authority_file_number.optional(),
    description: editableProperties.description.optional(),
    document_links: editableProperties.document_links.optional(),
    /** New areas start as planned or available; later changes go through the status endpoint. */
    status: z.enum(['geplant', 'verfuegbar']).optional(),
  })
  .superRefine((p, ctx) => {
    ecoPointsSource(p, ctx)
    if (p.eco_points_total === undefined && p.biotope_value_before === undefined) {
      ctx.addIssue({ code: 'custom', path: ['eco_points_total'], message: 'Ökopunkte angeben: direkt (eco_points_total) oder über die Biotopwerte vorher/nachher.' })
    }
  })

/** POST /api/collections/compensation_areas/items: a GeoJSON Feature. */
export const createAreaSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: areaGeometrySchema,
  properties: createAreaPropertiesSchema,
})
export type CreateAreaBody = z.infer<typeof createAreaSchema>

export const patchAreaPropertiesSchema = z
  .strictObject({
    ...editableProperties,
    biotope_value_before: biotopeValue.nullable(),
    biotope_value_after: biotopeValue.nullable(),
  })
  .partial()
  .superRefine(ecoPointsSource)

/** PATCH /api/collections/compensation_areas/items/{id}: the fields to change (JSON merge). */
export const patchAreaSchema = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: areaGeometrySchema.optional(),
    properties: patchAreaPropertiesSchema.optional(),
  })
  .refine((b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0), {
    message: 'Nichts zu ändern: geometry oder properties angeben.',
  })
export type PatchAreaBody = z.infer<typeof patchAreaSchema>

/** POST …/items/{id}/status */
export const statusChangeSchema = z.strictObject({
  to: z.enum(optionValues(compensationStatuses)),
  reason: text(1000).optional(),
})
export type StatusChangeBody = z.infer<typeof statusChangeSchema>

/** POST /api/compensation-areas/{id}/bookings: a reservation (default) or a direct booking. */
export const createBookingSchema = z.strictObject({
  kind: z.enum(optionValues(bookingKinds)).default('reservierung'),
  intervention_name: text(200).min(1, 'Der Name des Eingriffs fehlt.'),
  reference: text(200).optional(),
  /** The municipality of the intervention (Eingriff), not of the area. */
  municipality_ags: ags,
  points,
  valid_until: isoDate.optional(),
})
export type CreateBookingBody = z.infer<typeof createBookingSchema>

/** POST …/bookings/{bookingId}/book: a reservation becomes a booking, fully or partly. */
export const bookReservationSchema = z.strictObject({ points: points.optional() })

/** POST …/bookings/{bookingId}/release and …/cancel */
export const closeBookingSchema = z.strictObject({
  reason: text(1000).min(3, 'Bitte einen Grund angeben (mindestens 3 Zeichen).'),
})

/** GET /api/compensation-areas/offers */
export const offersQuerySchema = z.strictObject({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  points: z.coerce.number().int().positive().max(MAX_ECO_POINTS),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
