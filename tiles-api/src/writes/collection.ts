import type { LayerId, RecordKind } from '@regiopol/geodata'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import type { z } from 'zod'
import type { AppEnv, Principal } from '../auth/principal.ts'
import { NotFound } from '../errors.ts'

/*
 * What a feature declares to make its catalogue layer writable under
 * /api/collections/{id}/items (OGC API - Features Part 4 style: POST creates, PATCH
 * changes with If-Match, DELETE removes, POST …/{action} runs a named action). The routes
 * themselves come from one factory (writable-items.ts); a feature only supplies its
 * schemas, its write functions (free of HTTP) and how it answers with the written record.
 */

/** A write on an existing record: who, which record, the If-Match value, the checked body. */
export type RecordWrite<B> = (sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: B) => Promise<unknown>

export interface WriteStep<B> {
  schema: z.ZodType<B>
  run: RecordWrite<B>
}

export interface WritableCollection {
  /** The catalogue layer (it says `writable: true`). */
  id: LayerId
  /** German `detail` of the 404 for an id that cannot be one of this collection's. */
  unknownId: (raw: string) => string
  create: { schema: z.ZodType; run: (sql: Sql, who: Principal | null, body: never) => Promise<number> }
  patch: WriteStep<never>
  /** DELETE (a removal, or a close where records are kept). */
  remove?: (sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined) => Promise<void>
  /** Further writes as POST …/items/{id}/{name} (the pool's status change). */
  actions?: Record<string, WriteStep<never>>
  /** Answers with the record as this writer sees it, with the ETag its next If-Match names. */
  respond: (c: Context<AppEnv>, sql: Sql, id: number, status: 200 | 201) => Promise<Response>
  /**
   * Where the OGC item itself carries the record's version tag (the pool: its item is the
   * edit form's source): that tag, or undefined when there is no such record.
   */
  itemTag?: (sql: Sql, id: number, full: boolean) => Promise<string | undefined>
  /**
   * The record's version and who may change it (the OPTIONS answer, and writes without
   * If-Match); undefined when there is no such record. `entity` names it in audit_log.
   */
  access: { kind: RecordKind; entity: string; state: (sql: Sql, id: number) => Promise<RecordState | undefined> }
}

export interface RecordState {
  version: number
  mayEdit: (who: Principal | null) => boolean
}

/** A numeric record id from the URL (at most 9 digits, so it fits an integer column), else 404. */
export function recordId(raw: string | undefined, unknown: (raw: string) => string): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) throw new NotFound(unknown(raw ?? ''))
  return Number(raw)
}

/** A write step with its body type checked against its schema (the factory hands the parsed body on). */
export const writeStep = <B>(schema: z.ZodType<B>, run: RecordWrite<B>) => ({ schema, run }) as unknown as WriteStep<never>

/** The create step, likewise checked: answers the new record's id. */
export const createStep = <B>(schema: z.ZodType<B>, run: (sql: Sql, who: Principal | null, body: B) => Promise<number>) =>
  ({ schema, run }) as unknown as WritableCollection['create']

/**
 * A record as this caller may see it, with its version tag: private (what it shows
 * depends on the caller), revalidated on every use.
 */
export function privateRecord(c: Context, etag: string, body: unknown, status: 200 | 201) {
  c.header('ETag', etag)
  c.header('Cache-Control', 'private, no-cache')
  c.header('Vary', 'Cookie, Authorization', { append: true })
  return c.json(body, status)
}
