import type { CreateExchangeBody, ExchangePoint, PatchExchangeBody } from '@regiopol/geodata'
import type { PostFeature } from './api.ts'

/*
 * The post form's values as the inputs hold them (text), and the request bodies made from
 * them. Pure, so that the mapping is tested without a browser.
 */

export interface PostFormValues {
  type: string
  category: string
  municipality_ags: string
  title: string
  description: string
  contact_name: string
  contact_role: string
  contact_email: string
  contact_phone: string
  contact_consent: boolean
  expires_on: string
}

const TEXT = ['description', 'contact_name', 'contact_role', 'contact_email', 'contact_phone'] as const

/** An ISO date `days` after `today` (both yyyy-mm-dd). */
export function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** A new post: a request of the own municipality, shown for 60 days. */
export function emptyPostValues(ownAgs: string | null, today: string): PostFormValues {
  return {
    type: 'suche', category: 'ausstattung', municipality_ags: ownAgs ?? '', title: '', description: '', contact_name: '',
    contact_role: '', contact_email: '', contact_phone: '', contact_consent: false, expires_on: addDays(today, 60),
  }
}

export function postValuesOf(post: PostFeature): PostFormValues {
  const p = post.properties
  return {
    type: p.type, category: p.category, municipality_ags: p.municipality_ags, title: p.title, description: p.description ?? '',
    contact_name: p.contact_name ?? '', contact_role: p.contact_role ?? '', contact_email: p.contact_email ?? '',
    contact_phone: p.contact_phone ?? '', contact_consent: p.contact_consent, expires_on: p.expires_on,
  }
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim())

function editable(v: PostFormValues) {
  return {
    type: v.type as CreateExchangeBody['properties']['type'],
    category: v.category as CreateExchangeBody['properties']['category'],
    title: v.title.trim(),
    ...Object.fromEntries(TEXT.map((k) => [k, orNull(v[k])])),
    contact_consent: v.contact_consent,
    expires_on: v.expires_on,
  }
}

export function createPostBody(v: PostFormValues, geometry: ExchangePoint | null): CreateExchangeBody {
  return { type: 'Feature', geometry, properties: { ...editable(v), municipality_ags: v.municipality_ags } as CreateExchangeBody['properties'] }
}

/** A PATCH with every editable field (the municipality stays); `geometry` only when it was touched. */
export function patchPostBody(v: PostFormValues, geometry: ExchangePoint | null | undefined): PatchExchangeBody {
  return { ...(geometry !== undefined && { geometry }), properties: editable(v) as PatchExchangeBody['properties'] }
}
