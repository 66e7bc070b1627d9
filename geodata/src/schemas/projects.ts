import { z } from 'zod'
import { actionFields, optionValues, projectStatuses } from '../catalogue/enums.ts'
import { polygonSchema } from './geometry.ts'

/*
 * Bodies of the project-database endpoints (issue 6). Shared by the API (which alone
 * decides) and the viewer (which can check a form before sending it). Strict objects:
 * unknown fields are refused; `id`, `version`, `sample`, `municipalities`, … are server-owned.
 */

export type ActionField = (typeof actionFields)[number]['value']
export type ProjectStatus = (typeof projectStatuses)[number]['value']

/** The contact fields: served only with consent (or to those who may edit the project). */
export const CONTACT_FIELDS = ['contact_name', 'contact_role', 'contact_email', 'contact_phone'] as const

export const MAX_PROJECT_MUNICIPALITIES = 40
export const MAX_SEARCH_TERMS = 8

const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`)
const isoDate = z.iso.date({ error: 'Ein Datum im Format JJJJ-MM-TT.' })
const ags = z.string().regex(/^\d{8}$/, 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern, z. B. 05774012.')
const link = z.url({ protocol: /^https?$/, error: 'Ein Link ist eine http(s)-Adresse.' }).max(2000)
const tag = text(60).min(1, 'Ein Schlagwort ist nicht leer.').toLowerCase()
const unique = (values: readonly string[]) => new Set(values).size === values.length

const pointSchema = z.strictObject({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: 'Ein Punkt ist [Länge, Breite] (WGS84, ohne Höhe).',
  }),
})

/** Where a project is: a point or a polygon (drawn or picked), or nothing. */
export const projectGeometrySchema = z
  .discriminatedUnion('type', [pointSchema, polygonSchema], {
    error: (issue) => (issue.code === 'invalid_union' ? 'Der Ort eines Projekts ist ein GeoJSON-Point oder -Polygon.' : undefined),
  })
  .superRefine((g, ctx) => {
    if (g.type !== 'Polygon') return
    const positions = g.coordinates.flat()
    if (positions.length > 5000) ctx.addIssue({ code: 'custom', message: 'Höchstens 5000 Stützpunkte; bitte vereinfachen.' })
    if (positions.some(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90)) {
      ctx.addIssue({ code: 'custom', message: 'Koordinaten außerhalb von WGS84: Länge −180…180, Breite −90…90 (GeoJSON: [Länge, Breite]).' })
    }
  })
export type ProjectGeometry = z.infer<typeof projectGeometrySchema>

const editable = {
  title: text(200).min(3, 'Der Titel fehlt (mindestens 3 Zeichen).'),
  summary: text(500).nullable(),
  description: text(10_000).nullable(),
  action_field: z.enum(optionValues(actionFields), { error: 'Handlungsfeld: mittelstand, mobilitaet, kommunen_ohne_grenzen oder stadt_land_quartier.' }),
  status: z.enum(optionValues(projectStatuses), { error: 'Status: idee, planung, umsetzung, abgeschlossen oder gestoppt.' }),
  municipality_ags: z
    .array(ags)
    .min(1, 'Mindestens eine Kommune angeben.')
    .max(MAX_PROJECT_MUNICIPALITIES)
    .refine(unique, 'Jede Kommune nur einmal angeben.'),
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  contact_name: text(200).nullable(),
  contact_role: text(200).nullable(),
  contact_email: z.email({ error: 'Die E-Mail-Adresse ist ungültig.' }).max(254).nullable(),
  contact_phone: text(50).regex(/^[+0-9 ()/-]{3,50}$/, 'Eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / -.').nullable(),
  contact_consent: z.boolean(),
  problems: text(10_000).nullable(),
  lessons_learned: text(10_000).nullable(),
  funding_programme: text(300).nullable(),
  links: z.array(link).max(20),
  tags: z.array(tag).max(30).refine(unique, 'Jedes Schlagwort nur einmal angeben.'),
}

function datesInOrder(p: { start_date?: string | null; end_date?: string | null }, ctx: z.RefinementCtx) {
  if (p.start_date && p.end_date && p.end_date < p.start_date) {
    ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'Das Ende liegt vor dem Beginn.' })
  }
}

const optionalExcept = <K extends keyof typeof editable>(...required: K[]) =>
  Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, required.includes(k as K) ? v : v.optional()])) as {
    [P in keyof typeof editable]: P extends K ? (typeof editable)[P] : z.ZodOptional<(typeof editable)[P]>
  }

export const createProjectPropertiesSchema = z
  .strictObject(optionalExcept('title', 'action_field', 'status', 'municipality_ags'))
  .superRefine(datesInOrder)

/** POST /api/collections/projects/items: a GeoJSON Feature (geometry may be null). */
export const createProjectSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: projectGeometrySchema.nullable(),
  properties: createProjectPropertiesSchema,
})
export type CreateProjectBody = z.infer<typeof createProjectSchema>

export const patchProjectPropertiesSchema = z.strictObject(editable).partial().superRefine(datesInOrder)

/** PATCH /api/collections/projects/items/{id}: the fields to change (JSON merge); `geometry: null` removes the location. */
export const patchProjectSchema = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: projectGeometrySchema.nullable().optional(),
    properties: patchProjectPropertiesSchema.optional(),
  })
  .refine((b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0), {
    message: 'Nichts zu ändern: geometry oder properties angeben.',
  })
export type PatchProjectBody = z.infer<typeof patchProjectSchema>

const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional())

/** GET /api/projects/search: every filter optional, all given ones combine (AND). */
export const projectSearchQuerySchema = z.strictObject({
  q: optionalParam(z.string().max(200, 'Der Suchtext ist zu lang (höchstens 200 Zeichen).')),
  action_field: optionalParam(z.enum(optionValues(actionFields))),
  municipality: optionalParam(ags),
  status: optionalParam(z.enum(optionValues(projectStatuses))),
  tag: optionalParam(z.string().trim().toLowerCase().min(1).max(60)),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
})
export type ProjectSearchQuery = z.infer<typeof projectSearchQuerySchema>

/**
 * A search text as lexeme candidates: runs of letters and digits, lower-cased, at most
 * MAX_SEARCH_TERMS. Nothing else survives, so no tsquery operator (& | ! : * ( ) ' <->)
 * can reach the database: each term becomes one `term:*` prefix query.
 */
export function searchTerms(q: string): string[] {
  const terms = q.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(terms.map((t) => t.slice(0, 50)))].slice(0, MAX_SEARCH_TERMS)
}
