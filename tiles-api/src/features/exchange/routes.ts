import { Hono } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { postId, postResponse } from './collection.ts'

/** Reading one post with its contact (by consent) and ETag: what the board's detail view and edit form use. */
export function exchangePosts(sql: Sql) {
  return new Hono<AppEnv>().get('/:id', async (c) => postResponse(c, sql, postId(c)))
}
