import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { BoundedQueue } from './hash-queue.ts'

/*
 * Password hashing with scrypt as OWASP recommends it (N=2^17, r=8, p=1; 16-byte salt,
 * 64-byte key). Stored as `scrypt$N$r$p$salt$key` (base64url), so the parameters can be
 * raised later and old hashes still verify. node:crypto only: no native packages.
 */

const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const
const KEY_LENGTH = 64
// scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB.
const maxmem = (N: number, r: number) => 128 * N * r + 16 * 1024 * 1024

/** One hash at a time leaves three of libuv's four threads to gzip and file reads; 16 may wait. */
export const hashing = new BoundedQueue(1, 16)

function derive(password: string, salt: Buffer, N: number, r: number, p: number, length: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: maxmem(N, r) }
  return hashing.run(() => new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key))),
  ))
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS.N, PARAMS.r, PARAMS.p, KEY_LENGTH)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Constant-time comparison; a malformed hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p), expected.length)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * A hash of a random password nobody knows (it was thrown away), verified against when the
 * account does not exist, so that the answer takes as long as for a real account (no
 * account enumeration by timing). A constant: nothing to compute, nothing to cache.
 */
export const DUMMY_HASH = 'scrypt$131072$8$1$8JS3FCkHhK0h-iRKKkwMtA$_RU99uh4VgxzPw3AnDRlyzjTNWcKwFOeiycMlomLdTKUkR4HSf-1AgbUmDxWMFi6liSyDuIx00ZgY4cLgeYwnA'
