import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes, base64url: session ids and API tokens. */
export const randomSecret = () => randomBytes(32).toString('base64url')

/** Only this digest is stored; a database leak reveals no usable session or token. */
export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex')

export const TOKEN_PREFIX = 'atlas_'
