import type { Actor, Role } from '@regiopol/geodata'

/** Who is calling: resolved once per request from the session cookie or a Bearer token. */
export interface Principal {
  accountId: number
  email: string
  displayName: string
  role: Role
  municipalityAgs: string | null
  via: 'session' | 'token'
  /** SHA-256 of the session id (for logout) or the token id. */
  sessionHash?: string
  tokenId?: number
}

/** The caller as the shared permission rules (`@regiopol/geodata` contract) see it. */
export const actorOf = (p: Principal | null): Actor | null => (p ? { role: p.role, municipality: p.municipalityAgs } : null)

export type AppEnv = {
  Variables: {
    principal: Principal | null
    /** Behind a trusted reverse proxy: X-Forwarded-* headers may be believed. */
    trustProxy: boolean
  }
}

export const SESSION_COOKIE = 'atlas_session'
/** A session ends after this much inactivity … */
export const SESSION_IDLE_HOURS = 8
/** … and at the latest this long after login. */
export const SESSION_MAX_DAYS = 7
