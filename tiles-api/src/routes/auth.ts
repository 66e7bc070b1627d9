import { createTokenSchema, loginSchema } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { Sql } from 'postgres'
import { beginAttempt, type LoginLimits } from '../auth/login-limits.ts'
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts'
import { SESSION_COOKIE, SESSION_MAX_DAYS, type AppEnv } from '../auth/principal.ts'
import {
  accountInfo, createSession, createToken, deleteSession, findAccountForLogin, listTokens, revokeToken,
} from '../db/queries/accounts.ts'
import { NotFound, Unauthorized } from '../errors.ts'
import { requirePrincipal } from '../middleware/auth.ts'
import { parseBody } from '../middleware/validate.ts'

/** The caller's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

const isHttps = (c: Context) => c.req.header('X-Forwarded-Proto') === 'https' || new URL(c.req.url).protocol === 'https:'

/** Login, logout, the current account, personal API tokens. */
export function auth(sql: Sql, limits: LoginLimits, trustProxy: boolean) {
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const { email, password } = await parseBody(c, loginSchema)
      const attempt = await beginAttempt(sql, limits, email, clientAddress(c, trustProxy))
      const account = await findAccountForLogin(sql, email)
      // Unknown accounts cost as much time as known ones: no enumeration by timing.
      const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH)
      if (!account || !ok) {
        await attempt.failed()
        throw new Unauthorized('E-Mail-Adresse oder Passwort ist falsch.')
      }
      await attempt.succeeded()
      const session = await createSession(sql, account.id)
      setCookie(c, SESSION_COOKIE, session, {
        httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: SESSION_MAX_DAYS * 24 * 3600,
      })
      c.header('Cache-Control', 'no-store')
      return c.json({ account: accountInfo({ ...account, accountId: account.id, displayName: account.display_name, municipalityAgs: account.municipality_ags, via: 'session' }) })
    })
    .post('/logout', async (c) => {
      const principal = c.get('principal')
      if (principal?.sessionHash) await deleteSession(sql, principal.sessionHash)
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Strict' })
      return c.body(null, 204)
    })
    // Who is signed in, 200 either way: the viewer asks on every page load, and an anonymous
    // visitor is no error (/me answers 401 for scripts that require a session).
    .get('/session', (c) => {
      c.header('Cache-Control', 'no-store')
      const principal = c.get('principal')
      return c.json({ account: principal ? accountInfo(principal) : null })
    })
    .get('/me', (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ account: accountInfo(requirePrincipal(c.get('principal'))) })
    })
    .get('/tokens', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      c.header('Cache-Control', 'no-store')
      return c.json({ tokens: await listTokens(sql, principal.accountId) })
    })
    .post('/tokens', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const body = await parseBody(c, createTokenSchema)
      const { token, info } = await createToken(sql, principal.accountId, body.name, body.expires_in_days)
      c.header('Cache-Control', 'no-store')
      return c.json({ ...info, token }, 201)
    })
    .delete('/tokens/:tokenId', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const raw = c.req.param('tokenId')
      const missing = new NotFound(`Sie haben kein aktives Token Nr. ${raw}.`)
      if (!/^\d{1,9}$/.test(raw)) throw missing
      if (!(await revokeToken(sql, principal.accountId, Number(raw)))) throw missing
      return c.body(null, 204)
    })
}
