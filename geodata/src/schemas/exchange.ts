import { z } from 'zod'
import { optionValues } from '../catalogue/enums.ts'
import { exchangeCategories, exchangeTypes } from '../catalogue/exchange-enums.ts'

/*
 * Bodies of the exchange-board endpoints (Ich suche / Ich biete). Strict objects: unknown
 * fields are refused, and so are server-owned ones (id, version, sample, municipality,
 * posted_on, closed_on, expired, …). Whether the expiry lies in the future and the point
 * inside the region is decided by the API, which knows today's date and the boundaries.
 */

export type ExchangeType = (typeof exchangeTypes)[number]['value']
export type ExchangeCategory = (typeof exchangeCategories)[number]['value']

/** A post is shown at most this long; longer offers are posted again. */
export const MAX_EXCHANGE_DAYS = 365

const text = (max: number) => z.string().trim().max(max, `Höchstens ${max} Zeichen.`)
const isoDate = z.iso.date({ error: 'Ein Datum im Format JJJJ-MM-TT.' })
const ags = z.string().regex(/^\d{8}$/, 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern, z. B. 05774012.')

/** Where the offered or wanted thing is: a point (e.g. the building yard), or nothing. */
export const exchangePointSchema = z.strictObject({
  type: z.literal('Point', { error: 'Der Ort eines Beitrags ist ein GeoJSON-Point.' }),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: 'Ein Punkt ist [Länge, Breite] (WGS84, ohne Höhe).',
  }),
})
export type ExchangePoint = z.infer<typeof exchangePointSchema>

const editable = {
  type: z.enum(optionValues(exchangeTypes), { error: 'Art: suche oder biete.' }),
  category: z.enum(optionValues(exchangeCategories), {
    error: `Kategorie: ${optionValues(exchangeCategories).join(', ')}.`,
  }),
  municipality_ags: ags,
  title: text(200).min(3, 'Der Titel fehlt (mindestens 3 Zeichen).'),
  description: text(5000).nullable(),
  contact_name: text(200).nullable(),
  contact_role: text(200).nullable(),
  contact_email: z.email({ error: 'Die E-Mail-Adresse ist ungültig.' }).max(254).nullable(),
  contact_phone: text(50).regex(/^[+0-9 ()/-]{3,50}$/, 'Eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / -.').nullable(),
  contact_consent: z.boolean(),
  expires_on: isoDate,
}

const REQUIRED = ['type', 'category', 'municipality_ags', 'title', 'expires_on'] as const

export const createExchangePropertiesSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, (REQUIRED as readonly string[]).includes(k) ? v : v.optional()])),
} as {
  [P in keyof typeof editable]: P extends (typeof REQUIRED)[number] ? (typeof editable)[P] : z.ZodOptional<(typeof editable)[P]>
})

/** POST /api/collections/exchange_posts/items: a GeoJSON Feature (geometry may be null). */
export const createExchangeSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: exchangePointSchema.nullable(),
  properties: createExchangePropertiesSchema,
})
export type CreateExchangeBody = z.infer<typeof createExchangeSchema>

/** PATCH …/items/{id}: the fields to change; `geometry: null` removes the location. The municipality stays. */
export const patchExchangeSchema = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: exchangePointSchema.nullable().optional(),
    properties: z.strictObject(editable).omit({ municipality_ags: true }).partial().optional(),
  })
  .refine((b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0), {
    message: 'Nichts zu ändern: geometry oder properties angeben.',
  })
export type PatchExchangeBody = z.infer<typeof patchExchangeSchema>

/** A post as the API's item endpoint returns it (contact fields only where allowed). */
export interface ExchangePostProperties {
  id: number
  type: ExchangeType
  category: ExchangeCategory
  title: string
  description: string | null
  municipality_ags: string
  municipality: string
  contact_name?: string | null
  contact_role?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  contact_consent: boolean
  posted_on: string
  expires_on: string
  closed_on: string | null
  expired: boolean
  sample: boolean
  version: number
}
