import { createAreaSchema, findLayer, patchAreaSchema, statusChangeSchema } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { getFeature } from '../db/queries/features.ts'
import { areaVersion } from '../db/queries/pool.ts'
import { NotFound } from '../errors.ts'
import { requireWriter } from '../middleware/auth.ts'
import { parseBody } from '../middleware/validate.ts'
import { apiBase, GEOJSON } from '../ogc/links.ts'
import { changeStatus, createArea, patchArea } from '../pool/areas.ts'
import { areaEtag } from '../pool/etag.ts'

const layer = findLayer('compensation_areas')!

export function areaId(c: Context, name = 'id'): number {
  const raw = c.req.param(name) ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw new NotFound(`Es gibt keine Poolfläche „${raw}“.`)
  return Number(raw)
}

/** The area as the writer sees it (with restricted fields), with its ETag. */
export async function areaResponse(c: Context, sql: Sql, id: number, status: 200 | 201 = 200) {
  const [feature, version] = await Promise.all([getFeature(sql, layer, id, true), areaVersion(sql, id)])
  c.header('ETag', areaEtag(id, version!, true))
  c.header('Cache-Control', 'no-store')
  return c.body(feature!, status, { 'Content-Type': GEOJSON })
}

/**
 * Writing compensation areas in the manner of OGC API - Features Part 4
 * (create with POST on the items, partial update with PATCH and If-Match).
 */
export function poolItems(sql: Sql) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, createAreaSchema)
      const { id } = await createArea(sql, principal, body)
      c.header('Location', `${apiBase(c)}/collections/compensation_areas/items/${id}`)
      return areaResponse(c, sql, id, 201)
    })
    .patch('/:id', async (c) => {
      const id = areaId(c)
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, patchAreaSchema)
      await patchArea(sql, c, principal, id, body)
      return areaResponse(c, sql, id)
    })
    .post('/:id/status', async (c) => {
      const id = areaId(c)
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, statusChangeSchema)
      await changeStatus(sql, c, principal, id, body)
      return areaResponse(c, sql, id)
    })
}
