import { createAreaSchema, findLayer, mayEditArea, patchAreaSchema, statusChangeSchema } from '@regiopol/geodata'
import { actorOf } from '../../auth/principal.ts'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import { getFeature } from '../../db/queries/features.ts'
import { GEOJSON } from '../../ogc/links.ts'
import { createStep, recordId, writeStep, type WritableCollection } from '../../writes/collection.ts'
import { changeStatus, createArea, patchArea } from './areas.ts'
import { areaEtag } from './etag.ts'
import { areaState, areaVersion } from './queries.ts'

const layer = findLayer('compensation_areas')!

const unknownArea = (raw: string) => `Es gibt keine Poolfläche „${raw}“.`

/** An area id (or booking id) from the URL, else 404. */
export const areaId = (c: Context, name = 'id') => recordId(c.req.param(name), unknownArea)

/** The area as the writer sees it (with restricted fields), with its ETag. */
async function areaResponse(c: Context, sql: Sql, id: number, status: 200 | 201) {
  const [feature, version] = await Promise.all([getFeature(sql, layer, id, true), areaVersion(sql, id)])
  c.header('ETag', areaEtag(id, version!, true))
  c.header('Cache-Control', 'no-store')
  return c.body(feature!, status, { 'Content-Type': GEOJSON })
}

/**
 * Writing compensation areas in the manner of OGC API - Features Part 4 (create with
 * POST on the items, partial update with PATCH and If-Match) plus the status change
 * (POST …/items/{id}/status). The OGC item's ETag is the area's version tag: the one
 * If-Match of a PATCH compares against.
 */
export const poolCollection: WritableCollection = {
  id: 'compensation_areas',
  unknownId: unknownArea,
  create: createStep(createAreaSchema, async (sql, who, body) => (await createArea(sql, who, body)).id),
  patch: writeStep(patchAreaSchema, patchArea),
  actions: { status: writeStep(statusChangeSchema, changeStatus) },
  respond: areaResponse,
  access: {
    kind: 'area',
    entity: 'compensation_area',
    state: async (sql, id) => {
      const row = await areaState(sql, id)
      return row && { version: row.version, mayEdit: (who) => !!who && who.role !== 'viewer' && mayEditArea(actorOf(who), row.municipality_ags) }
    },
  },
  itemTag: async (sql, id, full) => {
    const version = await areaVersion(sql, id)
    return version === undefined ? undefined : areaEtag(id, version, full)
  },
}
