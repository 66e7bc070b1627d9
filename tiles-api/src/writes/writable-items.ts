import { layers } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { requireWriter } from '../middleware/auth.ts'
import { parseBody } from '../middleware/validate.ts'
import { apiBase } from '../ogc/links.ts'
import { recordId, type WritableCollection } from './collection.ts'

/**
 * The write routes of every writable catalogue layer, from one factory: the catalogue
 * says which layers are writable, each feature's collection definition says how. A
 * layer marked writable without a definition (or the other way round) stops the start.
 */
export function writableItems(sql: Sql, definitions: readonly WritableCollection[]) {
  const byId = new Map(definitions.map((d) => [d.id, d]))
  for (const layer of layers) {
    if (layer.writable && !byId.has(layer.id)) throw new Error(`Layer ${layer.id} is writable in the catalogue but no feature defines its writes.`)
    if (!layer.writable && byId.has(layer.id)) throw new Error(`Layer ${layer.id} has writes but is not writable in the catalogue.`)
  }
  const app = new Hono<AppEnv>()
  // Concrete paths per collection (not /:collection/…), so the app's route list names every write route.
  for (const def of definitions) {
    const items = `/${def.id}/items`
    const id = (c: Context) => recordId(c.req.param('id'), def.unknownId)
    app.post(items, async (c) => {
      const principal = requireWriter(c.get('principal'))
      const created = await def.create.run(sql, principal, (await parseBody(c, def.create.schema)) as never)
      c.header('Location', `${apiBase(c)}/collections/${def.id}/items/${created}`)
      return def.respond(c, sql, created, 201)
    })
    app.patch(`${items}/:id`, async (c) => {
      const record = id(c)
      const principal = requireWriter(c.get('principal'))
      await def.patch.run(sql, principal, record, c.req.header('If-Match'), (await parseBody(c, def.patch.schema)) as never)
      return def.respond(c, sql, record, 200)
    })
    const remove = def.remove
    if (remove) {
      app.delete(`${items}/:id`, async (c) => {
        const record = id(c)
        await remove(sql, requireWriter(c.get('principal')), record, c.req.header('If-Match'))
        return c.body(null, 204)
      })
    }
    for (const [name, action] of Object.entries(def.actions ?? {})) {
      app.post(`${items}/:id/${name}`, async (c) => {
        const record = id(c)
        const principal = requireWriter(c.get('principal'))
        await action.run(sql, principal, record, c.req.header('If-Match'), (await parseBody(c, action.schema)) as never)
        return def.respond(c, sql, record, 200)
      })
    }
  }
  return app
}
