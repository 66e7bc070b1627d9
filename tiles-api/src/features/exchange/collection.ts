import { createExchangeSchema, patchExchangeSchema } from '@regiopol/geodata'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { NotFound, ProblemError } from '../../errors.ts'
import { createStep, privateRecord, recordId, writeStep, type WritableCollection } from '../../writes/collection.ts'
import { mayEditPost, postEtag, postFeature, showsPostContact } from './access.ts'
import { getPost } from './queries.ts'
import { closeExchangePost, createPost, patchPost } from './write.ts'

const unknownPost = (raw: string) => `Es gibt keinen Beitrag „${raw}“.`

export const postId = (c: Context) => recordId(c.req.param('id'), unknownPost)

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
  return privateRecord(c, postEtag(id, row.version, full), postFeature(row, principal), status)
}

/** Writing exchange posts like projects: POST on the items, PATCH and DELETE (= close) with If-Match. */
export const exchangeCollection: WritableCollection = {
  id: 'exchange_posts',
  unknownId: unknownPost,
  create: createStep(createExchangeSchema, createPost),
  patch: writeStep(patchExchangeSchema, patchPost),
  remove: closeExchangePost,
  respond: postResponse,
  access: {
    kind: 'exchange',
    entity: 'exchange_post',
    state: async (sql, id) => {
      const row = await getPost(sql, id)
      return row && { version: row.version, mayEdit: (who) => !!who && who.role !== 'viewer' && mayEditPost(who, row.municipality_ags) }
    },
  },
}
