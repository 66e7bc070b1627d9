import { createProjectSchema, patchProjectSchema } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { NotFound } from '../errors.ts'
import { requireWriter } from '../middleware/auth.ts'
import { parseBody } from '../middleware/validate.ts'
import { apiBase } from '../ogc/links.ts'
import { projectEtag, projectFeature, showsContact } from '../projects/access.ts'
import { getProject } from '../projects/queries.ts'
import { createProject, patchProject, removeProject } from '../projects/write.ts'

export function projectId(c: Context, name = 'id'): number {
  const raw = c.req.param(name) ?? ''
  if (!/^\d{1,9}$/.test(raw)) throw new NotFound(`Es gibt kein Projekt „${raw}“.`)
  return Number(raw)
}

/** The project as this caller may see it, with its ETag; private, as contact visibility depends on the caller. */
export async function projectResponse(c: Context<AppEnv>, sql: Sql, id: number, status: 200 | 201 = 200) {
  const row = await getProject(sql, id)
  if (!row) throw new NotFound(`Es gibt kein Projekt Nr. ${id}.`)
  const principal = c.get('principal')
  const full = !row.contact_consent && showsContact(principal, row)
  c.header('ETag', projectEtag(id, row.version, full))
  c.header('Cache-Control', 'private, no-cache')
  c.header('Vary', 'Cookie, Authorization', { append: true })
  return c.json(projectFeature(row, principal), status)
}

/** Writing projects like pool areas: POST on the items, PATCH and DELETE with If-Match. */
export function projectItems(sql: Sql) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, createProjectSchema)
      const id = await createProject(sql, principal, body)
      c.header('Location', `${apiBase(c)}/collections/projects/items/${id}`)
      return projectResponse(c, sql, id, 201)
    })
    .patch('/:id', async (c) => {
      const id = projectId(c)
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, patchProjectSchema)
      await patchProject(sql, c, principal, id, body)
      return projectResponse(c, sql, id)
    })
    .delete('/:id', async (c) => {
      const id = projectId(c)
      await removeProject(sql, c, requireWriter(c.get('principal')), id)
      return c.body(null, 204)
    })
}
