/* Answers of the API that both the server (which builds them) and the viewer (which reads them) type. */

/** One compensation area offered for an intervention (`GET /api/compensation-areas/offers`). */
export interface Offer {
  id: number
  name: string
  municipality_ags: string
  municipality: string
  district: string
  measure_type: string
  status: string
  eco_points_total: number
  eco_points_available: number
  area_ha: number
  distance_m: number
  same_municipality: boolean
  same_district: boolean
}

/** Where the intervention lies (none outside the region). */
export interface InterventionPlace {
  municipality_ags: string | null
  municipality: string | null
  district_key: string | null
  district: string | null
}

export interface OffersAnswer {
  intervention: { lon: number; lat: number; points: number } & InterventionPlace
  offers: Offer[]
}

/** A personal API token as listed (`GET /api/auth/tokens`); the secret itself is shown only once. */
export interface TokenInfo {
  id: number
  name: string
  /** The first characters, to recognise a token. */
  prefix: string
  created_at: string
  last_used_at: string | null
  expires_at: string | null
}
