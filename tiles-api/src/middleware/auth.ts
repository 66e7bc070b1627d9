import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Sql } from 'postgres'
import { SESSION_COOKIE, type AppEnv, type Principal } from '../auth/principal.ts'
import { principalForSession, principalForToken } from '../db/queries/accounts.ts'
import { Forbidden, Unauthorized } from '../errors.ts'

/**
 * Resolves the caller from `Authorization: Bearer <token>` or the session cookie.
 * A Bearer token that is unknown, expired or revoked is refused at once (401), so a
 * GIS client learns that its token is gone; a stale cookie just means anonymous.
 */
export function authenticate(sql: Sql): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let principal: Principal | null = null
    const authorization = c.req.header('Authorization')
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      if (!match) throw new Unauthorized('Der Authorization-Header muss „Bearer <Token>“ lauten.')
      principal = (await principalForToken(sql, match[1]!)) ?? null
      if (!principal) throw new Unauthorized('Das API-Token ist unbekannt, abgelaufen oder widerrufen.')
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
