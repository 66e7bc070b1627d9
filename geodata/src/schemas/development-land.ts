import { z } from 'zod'
import { availabilities, developmentUses, optionValues, planningStatuses, reserveTypes, siteRestrictions } from '../catalogue/enums.ts'
import { areaGeometrySchema } from './geometry.ts'

/*
 * Bodies of the development-land writes (POST/PATCH /api/collections/development_land/items).
 * Strict: unknown and server-owned fields (id, version, area_ha, sample, source_key …)
 * are refused. Geometry, municipality and overlaps are checked by the API.
 */

const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`)
const count = z.number().int('Eine ganze Zahl.').min(0, 'Nicht negativ.')

const editable = {
  name: text(200).min(3, 'Die Bezeichnung fehlt (mindestens 3 Zeichen).'),
  municipality_ags: z.string().regex(/^\d{8}$/, 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern, z. B. 05774012.'),
  use: z.enum(optionValues(developmentUses), { error: `Nutzung: ${optionValues(developmentUses).join(', ')}.` }),
  planning_status: z.enum(optionValues(planningStatuses), { error: `Planungsstand: ${optionValues(planningStatuses).join(', ')}.` }),
  reserve_type: z.enum(optionValues(reserveTypes), { error: `Reservetyp: ${optionValues(reserveTypes).join(', ')}.` }).nullable(),
  availability: z.enum(optionValues(availabilities), { error: `Verfügbarkeit: ${optionValues(availabilities).join(', ')}.` }).nullable(),
  restrictions: z.array(z.enum(optionValues(siteRestrictions), { error: `Restriktionen: ${optionValues(siteRestrictions).join(', ')}.` })).max(5),
  net_area_ha: z.number().min(0, 'Nicht negativ.').nullable(),
  planned_dwellings: count.nullable(),
  planned_jobs: count.nullable(),
  xplan_plan_id: text(200).nullable(),
  xplan_plan_name: text(300).nullable(),
  source: text(200).nullable(),
  reference_date: z.iso.date({ error: 'Ein Datum im Format JJJJ-MM-TT.' }).nullable(),
  description: text(5000).nullable(),
}

const REQUIRED = ['name', 'municipality_ags', 'use', 'planning_status'] as const

export const createSitePropertiesSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, (REQUIRED as readonly string[]).includes(k) ? v : v.optional()])),
} as {
  [P in keyof typeof editable]: P extends (typeof REQUIRED)[number] ? (typeof editable)[P] : z.ZodOptional<(typeof editable)[P]>
})

export const createSiteSchema = z.strictObject({ type: z.literal('Feature'), geometry: areaGeometrySchema, properties: createSitePropertiesSchema })
export type CreateSiteBody = z.infer<typeof createSiteSchema>

export const patchSiteSchema = z
  .strictObject({ type: z.literal('Feature').optional(), geometry: areaGeometrySchema.optional(), properties: z.strictObject(editable).partial().optional() })
  .refine((b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0), { message: 'Nichts zu ändern: geometry oder properties angeben.' })
export type PatchSiteBody = z.infer<typeof patchSiteSchema>
export type SiteValues = z.infer<typeof createSitePropertiesSchema>
