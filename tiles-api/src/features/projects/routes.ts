import { projectSearchQuerySchema } from '@regiopol/geodata'
import { Hono } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { fieldErrors } from '../../middleware/validate.ts'
import { InvalidParameter, NotFound } from '../../errors.ts'
import { requirePrincipal } from '../../middleware/auth.ts'
import { projectHistoryFor } from './history.ts'
import { getProject } from './queries.ts'
import { searchProjects, similarProjects } from './search.ts'
import { projectId, projectResponse } from './collection.ts'

/** Reading the project database: search with filters, one project (contact by consent), similar projects, history. */
export function projects(sql: Sql) {
  return new Hono<AppEnv>()
    .get('/search', async (c) => {
      const params = Object.fromEntries(new URL(c.req.url).searchParams)
      const parsed = projectSearchQuerySchema.safeParse(params)
      if (!parsed.success) {
        const [first] = fieldErrors(parsed.error)
        throw new InvalidParameter(first!.path, `${first!.path}: ${first!.message}`)
      }
      if (/[\u0000-\u001f]/.test(parsed.data.q ?? '')) throw new InvalidParameter('q', 'q: Steuerzeichen sind im Suchtext nicht erlaubt.')
      c.header('Cache-Control', 'public, max-age=0, must-revalidate')
      return c.json(await searchProjects(sql, parsed.data))
    })
    .get('/:id', async (c) => projectResponse(c, sql, projectId(c)))
    .get('/:id/similar', async (c) => {
      const id = projectId(c)
      const limit = Math.min(Number(c.req.query('limit') ?? 5) || 5, 20)
      const items = await similarProjects(sql, id, Math.max(1, limit))
      if (!items) throw new NotFound(`Es gibt kein Projekt Nr. ${id}.`)
      return c.json({ id, items })
    })
    .get('/:id/history', async (c) => {
      const id = projectId(c)
      const principal = requirePrincipal(c.get('principal'))
      const row = await getProject(sql, id)
      if (!row) throw new NotFound(`Es gibt kein Projekt Nr. ${id}.`)
      c.header('Cache-Control', 'private, no-cache')
      c.header('Vary', 'Cookie, Authorization', { append: true })
      return c.json({ id, history: await projectHistoryFor(sql, row, principal) })
    })
}
