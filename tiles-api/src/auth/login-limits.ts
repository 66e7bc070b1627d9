import type { Sql } from 'postgres'
import { count, current, hit, reset, undo, type Window } from '../db/queries/rate-limits.ts'
import { TooManyRequests } from '../errors.ts'

/*
 * Login limits (OWASP Authentication Cheat Sheet, "Protect against automated attacks":
 * lock-out by account alone lets anyone lock out anyone, so count per account *and*
 * address, and slow down rather than lock out):
 *
 * - per account+address pair: 5 attempts in 15 min, then 429 for that pair only. The
 *   account's owner at another address is not affected.
 * - per address: 30 attempts in 15 min over all accounts (one address guessing many).
 * - per account over all addresses: after 5 failures in 15 min, an address that has
 *   itself failed on the account waits before its password is checked (1 s, doubling,
 *   at most 8 s). An address that has not failed on it logs in at once.
 *
 * Attempts are counted before the slow hash, atomically in PostgreSQL, so parallel
 * guesses cannot all pass a check that is counted only afterwards; a successful login
 * takes its attempt back. All counters live in PostgreSQL: they hold across instances.
 */

export interface LoginLimits {
  perPair: Window
  perAddress: Window
  /** Failures of the account from all addresses after which failing addresses slow down. */
  perAccount: Window
}

export const defaultLoginLimits: LoginLimits = {
  perPair: { seconds: 15 * 60, max: 5 },
  perAddress: { seconds: 15 * 60, max: 30 },
  perAccount: { seconds: 15 * 60, max: 5 },
}

const MAX_DELAY_MS = 8000

/** The wait before checking the password: none for an address that has not failed on this account. */
export function slowDownMs(pairFailuresBefore: number, accountFailures: number, limit: number): number {
  if (pairFailuresBefore === 0 || accountFailures < limit) return 0
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (accountFailures - limit))
}

const refuse = (retry: number) =>
  new TooManyRequests(retry, `Zu viele Anmeldeversuche. Bitte in ${Math.ceil(retry / 60)} min erneut versuchen.`)

/** Counts the attempt (429 over a limit), waits if it must; returns what to call on success or failure. */
export async function beginAttempt(sql: Sql, limits: LoginLimits, email: string, address: string) {
  const pairKey = `login:pair:${email}|${address}`
  const addressKey = `login:address:${address}`
  const accountKey = `login:account:${email}`
  const pair = await count(sql, pairKey, limits.perPair)
  const addressRetry = await hit(sql, addressKey, limits.perAddress)
  if (pair.hits > limits.perPair.max) throw refuse(pair.retry)
  if (addressRetry) throw refuse(addressRetry)
  const delay = slowDownMs(pair.hits - 1, await current(sql, accountKey, limits.perAccount), limits.perAccount.max)
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
  return {
    async succeeded() {
      await reset(sql, pairKey)
      await undo(sql, addressKey, limits.perAddress)
    },
    async failed() {
      await count(sql, accountKey, limits.perAccount)
    },
  }
}
