import { createProjectSchema, patchProjectSchema } from '@regiopol/geodata'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { NotFound } from '../../errors.ts'
import { createStep, privateRecord, recordId, writeStep, type WritableCollection } from '../../writes/collection.ts'
import { mayEdit, projectEtag, projectFeature, showsContact } from './access.ts'
import { getProject } from './queries.ts'
import { createProject, patchProject, removeProject } from './write.ts'

const unknownProject = (raw: string) => `Es gibt kein Projekt „${raw}“.`

export const projectId = (c: Context) => recordId(c.req.param('id'), unknownProject)

/** The project as this caller may see it, with its ETag; private, as contact visibility depends on the caller. */
export async function projectResponse(c: Context<AppEnv>, sql: Sql, id: number, status: 200 | 201 = 200) {
  const row = await getProject(sql, id)
  if (!row) throw new NotFound(`Es gibt kein Projekt Nr. ${id}.`)
  const principal = c.get('principal')
  const full = !row.contact_consent && showsContact(principal, row)
  return privateRecord(c, projectEtag(id, row.version, full), projectFeature(row, principal), status)
}

/** Writing projects like pool areas: POST on the items, PATCH and DELETE with If-Match. */
export const projectCollection: WritableCollection = {
  id: 'projects',
  unknownId: unknownProject,
  create: createStep(createProjectSchema, createProject),
  patch: writeStep(patchProjectSchema, patchProject),
  remove: removeProject,
  respond: projectResponse,
  access: {
    kind: 'project',
    entity: 'project',
    state: async (sql, id) => {
      const row = await getProject(sql, id)
      return row && { version: row.version, mayEdit: (who) => !!who && who.role !== 'viewer' && mayEdit(who, row.municipality_ags) }
    },
  },
}
