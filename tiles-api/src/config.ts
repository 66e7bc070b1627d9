import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

const schema = z.object({
  // PostgreSQL server with PostGIS; unset or empty: the embedded database.
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL').optional(),
  ),
  // A streaming replica of DATABASE_URL for reads of collections and tiles (see README).
  DATABASE_READ_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL must be a postgres:// URL').optional(),
  ),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  PGLITE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  VIEWER_DIST: z.string().default(`${repoRoot}viewer/dist`),
  LOG_FORMAT: z.enum(['json', 'off']).default('json'),
  // Behind a reverse proxy: trust X-Forwarded-For/-Host for login limits and the Origin check.
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // Further origins whose pages may write with a session cookie (comma-separated), e.g. a dev server.
  ALLOWED_ORIGINS: z.string().default('').transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  // The documented demo accounts (README) on an empty accounts table; false in a real installation.
  DEMO_ACCOUNTS: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
})

export type Config = z.infer<typeof schema>

/** Reads the environment once at start; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  if (parsed.data.DATABASE_READ_URL && !parsed.data.DATABASE_URL) {
    throw new Error('Invalid configuration:\n  DATABASE_READ_URL: needs DATABASE_URL (the primary); the embedded database has no replicas')
  }
  return parsed.data
}
