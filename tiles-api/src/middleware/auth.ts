import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Sql } from 'postgres'
import { SESSION_COOKIE, type AppEnv, type Principal } from '../auth/principal.ts'
import { principalForSession, principalForToken } from '../db/queries/accounts.ts'
import { Forbidden, Unauthorized } from '../errors.ts'

/** What a 401 offers the client: QGIS 3.22 answers a Basic challenge with its stored credentials. */
export const WWW_AUTHENTICATE = 'Basic realm="Regiopol Atlas", charset="UTF-8", Bearer realm="Regiopol Atlas"'

/**
 * `Authorization: Basic` with the account's e-mail address and one of its API tokens as the
 * password (QGIS 3.22 offers Basic authentication only). Never the account password: that
 * one is for the login form, and scrypt per request would cost a second each.
 */
async function principalForBasic(sql: Sql, encoded: string): Promise<Principal> {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const email = decoded.slice(0, colon).trim().toLowerCase()
  const token = decoded.slice(colon + 1)
  if (colon < 0 || !token.startsWith('atlas_')) {
    throw new Unauthorized('Basic-Anmeldung: Benutzername ist die E-Mail-Adresse, Passwort ein API-Token (atlas_…, unter „Meine API-Tokens“), nicht das Kontopasswort.')
  }
  const principal = await principalForToken(sql, token)
  if (!principal || principal.email.toLowerCase() !== email) throw new Unauthorized('Basic-Anmeldung: E-Mail-Adresse und API-Token passen nicht zusammen, oder das Token ist abgelaufen oder widerrufen.')
  return principal
}

/**
 * Resolves the caller from `Authorization: Bearer <token>`, `Basic <e-mail:token>` or the session cookie.
 * A Bearer token that is unknown, expired or revoked is refused at once (401), so a
 * GIS client learns that its token is gone; a stale cookie just means anonymous.
 */
export function authenticate(sql: Sql): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let principal: Principal | null = null
    const authorization = c.req.header('Authorization')
    if (authorization) {
      const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization)
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      if (basic) {
        principal = await principalForBasic(sql, basic[1]!)
      } else {
        if (!match) throw new Unauthorized('Der Authorization-Header muss „Bearer <Token>“ oder „Basic <E-Mail:Token>“ lauten.')
        principal = (await principalForToken(sql, match[1]!)) ?? null
        if (!principal) throw new Unauthorized('Das API-Token ist unbekannt, abgelaufen oder widerrufen.')
      }
    } else {
      const session = getCookie(c, SESSION_COOKIE)
      if (session) principal = (await principalForSession(sql, session)) ?? null
    }
    c.set('principal', principal)
    await next()
  }
}

/** The signed-in caller, or 401. */
export function requirePrincipal(p: Principal | null | undefined): Principal {
  if (!p) throw new Unauthorized()
  return p
}

/** A caller who may write at all (editor or admin): 401 for anonymous, 403 for viewers. */
export function requireWriter(p: Principal | null | undefined): Principal {
  const principal = requirePrincipal(p)
  if (principal.role === 'viewer') throw new Forbidden('Konten mit der Rolle „Betrachter“ dürfen nur lesen.')
  return principal
}

export function requireAdmin(p: Principal | null | undefined): Principal {
  const principal = requirePrincipal(p)
  if (principal.role !== 'admin') throw new Forbidden('Nur das Regionsbüro (Rolle „Admin“) darf das.')
  return principal
}
