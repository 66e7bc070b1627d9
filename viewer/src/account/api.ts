import type { AccountInfo, TokenInfo } from '@regiopol/geodata'
import { ApiError, sendJson } from '../api/http.ts'

/*
 * Signing in and out and the personal API tokens, over the one HTTP client (api/http.ts).
 * The session is an HttpOnly cookie the server sets on login; same-origin requests send it.
 */

export async function login(email: string, password: string): Promise<AccountInfo> {
  return (await sendJson<{ account: AccountInfo }>('POST', '/auth/login', { body: { email, password } })).account
}

export async function logout(): Promise<void> {
  await sendJson<unknown>('POST', '/auth/logout', { body: {} }).catch((err: unknown) => {
    if (!(err instanceof ApiError && err.status === 401)) throw err
  })
}

/** The signed-in account, or null when nobody is (401). */
export async function me(): Promise<AccountInfo | null> {
  try {
    return (await sendJson<{ account: AccountInfo }>('GET', '/auth/me')).account
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null
    throw err
  }
}

export type { TokenInfo } from '@regiopol/geodata'

export async function listTokens(): Promise<TokenInfo[]> {
  return (await sendJson<{ tokens: TokenInfo[] }>('GET', '/auth/tokens')).tokens
}

/** A new personal API token; the answer is the only time the secret is visible. */
export async function createToken(name: string, expiresInDays?: number): Promise<TokenInfo & { token: string }> {
  return sendJson('POST', '/auth/tokens', { body: expiresInDays ? { name, expires_in_days: expiresInDays } : { name } })
}

export async function revokeToken(id: number): Promise<void> {
  await sendJson<unknown>('DELETE', `/auth/tokens/${id}`)
}
