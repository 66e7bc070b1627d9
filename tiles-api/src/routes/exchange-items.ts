import { createExchangeSchema, patchExchangeSchema } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { NotFound, ProblemError } from '../errors.ts'
import { postEtag, postFeature, showsPostContact } from '../exchange/access.ts'
import { getPost } from '../exchange/queries.ts'
import { closeExchangePost, createPost, patchPost } from '../exchange/write.ts'
import { requireWriter } from '../middleware/auth.ts'
import { parseBody } from '../middleware/validate.ts'
import { apiBase } from '../ogc/links.ts'

export function postId(c: Context): number {
  const raw = c.req.param('id') ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw new NotFound(`Es gibt keinen Beitrag „${raw}“.`)
  return Number(raw)
}

/**
 * One post as this caller may see it, with its ETag (the version If-Match compares
 * against). Expired and closed posts are kept but shown to signed-in accounts only:
 * anonymous callers get 410 Gone, so a shared link says why it stopped working.
 */
export async function postResponse(c: Context<AppEnv>, sql: Sql, id: number, status: 200 | 201 = 200) {
  const row = await getPost(sql, id)
  if (!row) throw new NotFound(`Es gibt keinen Beitrag Nr. ${id}.`)
  const principal = c.get('principal')
  if (row.expired && !principal) {
    throw new ProblemError(410, 'post-expired', 'Beitrag nicht mehr aktuell', row.closed_on
      ? `Der Beitrag Nr. ${id} wurde am ${row.closed_on} geschlossen.`
      : `Der Beitrag Nr. ${id} ist am ${row.expires_on} abgelaufen.`)
  }
  const full = !row.contact_consent && showsPostContact(principal, row)
  c.header('ETag', postEtag(id, row.version, full))
  c.header('Cache-Control', 'private, no-cache')
  c.header('Vary', 'Cookie, Authorization', { append: true })
  return c.json(postFeature(row, principal), status)
}

/** Writing exchange posts like projects: POST on the items, PATCH and DELETE (= close) with If-Match. */
export function exchangeItems(sql: Sql) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, createExchangeSchema)
      const id = await createPost(sql, principal, body)
      c.header('Location', `${apiBase(c)}/collections/exchange_posts/items/${id}`)
      return postResponse(c, sql, id, 201)
    })
    .patch('/:id', async (c) => {
      const id = postId(c)
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, patchExchangeSchema)
      await patchPost(sql, c, principal, id, body)
      return postResponse(c, sql, id)
    })
    .delete('/:id', async (c) => {
      const id = postId(c)
      await closeExchangePost(sql, c, requireWriter(c.get('principal')), id)
      return c.body(null, 204)
    })
}

/** Reading one post with its contact (by consent) and ETag: what the board's detail view and edit form use. */
export function exchangePosts(sql: Sql) {
  return new Hono<AppEnv>().get('/:id', async (c) => postResponse(c, sql, postId(c)))
}
