import { findLayer, layers } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { NotFound } from '../errors.ts'
import { requireWriter } from '../middleware/auth.ts'
import { checkBody, readJson } from '../middleware/validate.ts'
import { apiBase } from '../ogc/links.ts'
import { recordId, type WritableCollection } from './collection.ts'
import { allowed, dropEchoedFields, replacement, requireCrs84, schemaPropertyKeys, storedProperties } from './part4.ts'
import { impliedIfMatch } from './without-if-match.ts'

/**
 * The write routes of every writable catalogue layer, from one factory: the catalogue
 * says which layers are writable, each feature's collection definition says how. A
 * layer marked writable without a definition (or the other way round) stops the start.
 * OGC API - Features Part 4 as QGIS uses it: OPTIONS answers the methods this caller may
 * use, POST/PUT take a GeoJSON Feature, PATCH a JSON Merge Patch, DELETE removes; fields
 * the server owns may come back null or unchanged (part4.ts), and a write without If-Match
 * follows the rule of without-if-match.ts.
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
    const layer = findLayer(def.id)!
    const items = `/${def.id}/items`
    const createKeys = schemaPropertyKeys(def.create.schema)
    const patchKeys = schemaPropertyKeys(def.patch.schema)
    const id = (c: Context) => recordId(c.req.param('id'), def.unknownId)
    /** If-Match as sent, or the one a write without it stands for (or its 412/428). */
    const ifMatch = async (c: Context<AppEnv>, record: number) =>
      c.req.header('If-Match') ?? (await impliedIfMatch(sql, requireWriter(c.get('principal')), def, record))
    /** The body with echoed server-owned fields dropped (PUT: as a full replacement). */
    const body = async (c: Context, record: number | undefined, replace = false) => {
      requireCrs84(c.req.header('Content-Crs'))
      const current = record === undefined ? undefined : await storedProperties(sql, layer, record)
      if (record !== undefined && !current) throw new NotFound(def.unknownId(String(record)))
      const keys = record === undefined ? createKeys : patchKeys
      const cleaned = dropEchoedFields(await readJson(c), keys, current)
      return replace ? replacement(cleaned, keys, layer) : cleaned
    }

    app.on('OPTIONS', items, (c) => c.body(null, 204, { Allow: allowed(c.get('principal'), true, ['POST']) }))
    app.on('OPTIONS', `${items}/:id`, async (c) => {
      const state = await def.access.state(sql, id(c))
      if (!state) throw new NotFound(def.unknownId(c.req.param('id') ?? ''))
      const methods = ['PUT', 'PATCH', ...(def.remove ? ['DELETE'] : [])]
      return c.body(null, 204, { Allow: allowed(c.get('principal'), state.mayEdit(c.get('principal')), methods) })
    })
    app.post(items, async (c) => {
      const principal = requireWriter(c.get('principal'))
      const created = await def.create.run(sql, principal, checkBody(def.create.schema, await body(c, undefined)) as never)
      c.header('Location', `${apiBase(c)}/collections/${def.id}/items/${created}`)
      return def.respond(c, sql, created, 201)
    })
    for (const method of ['patch', 'put'] as const) {
      app[method](`${items}/:id`, async (c) => {
        const record = id(c)
        const principal = requireWriter(c.get('principal'))
        const parsed = checkBody(def.patch.schema, await body(c, record, method === 'put'))
        await def.patch.run(sql, principal, record, await ifMatch(c, record), parsed as never)
        return def.respond(c, sql, record, 200)
      })
    }
    const remove = def.remove
    if (remove) {
      app.delete(`${items}/:id`, async (c) => {
        const record = id(c)
        await remove(sql, requireWriter(c.get('principal')), record, await ifMatch(c, record))
        return c.body(null, 204)
      })
    }
    for (const [name, action] of Object.entries(def.actions ?? {})) {
      app.post(`${items}/:id/${name}`, async (c) => {
        const record = id(c)
        const principal = requireWriter(c.get('principal'))
        await action.run(sql, principal, record, c.req.header('If-Match'), checkBody(action.schema, await readJson(c)) as never)
        return def.respond(c, sql, record, 200)
      })
    }
  }
  return app
}
