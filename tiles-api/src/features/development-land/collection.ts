import { actsFor, createSiteSchema, patchSiteSchema, versionTag } from '@regiopol/geodata'
import { actorOf } from '../../auth/principal.ts'
import { NotFound } from '../../errors.ts'
import { createStep, privateRecord, writeStep, type WritableCollection } from '../../writes/collection.ts'
import { lockSite, siteFeature } from './queries.ts'
import { createSite, patchSite, removeSite } from './write.ts'

/** The development-land register: POST, PATCH and DELETE with If-Match (ETag "site-{id}-v{n}"). */
export const developmentLandCollection: WritableCollection = {
  id: 'development_land',
  unknownId: (raw) => `Es gibt keine Baufläche „${raw}“.`,
  create: createStep(createSiteSchema, createSite),
  patch: writeStep(patchSiteSchema, patchSite),
  remove: removeSite,
  respond: async (c, sql, id, status) => {
    const feature = await siteFeature(sql, id)
    if (!feature) throw new NotFound(`Es gibt keine Baufläche Nr. ${id}.`)
    return privateRecord(c, versionTag('site', id, feature.properties.version), feature, status)
  },
  access: {
    kind: 'site',
    entity: 'development_land',
    state: async (sql, id) => {
      const row = await lockSite(sql, id)
      return row && { version: row.version, mayEdit: (who) => !!who && who.role !== 'viewer' && actsFor(actorOf(who), row.municipality_ags) }
    },
  },
}
