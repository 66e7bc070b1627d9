import { AGS_PATTERN } from '@regiopol/geodata'
import { Hono } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { InvalidParameter, NotFound } from '../../errors.ts'
import { notModified } from '../../middleware/conditional.ts'
import { profileDataVersion } from './etag.ts'
import { municipalityList, municipalityProfile } from './profile.ts'

/** Municipality profiles (Steckbrief): key figures of all 29 and one municipality's profile. */
export function municipalities(sql: Sql) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const cached = notModified(c, `municipality-list-${await profileDataVersion(sql)}`)
      if (cached) return cached
      return c.json(await municipalityList(sql))
    })
    .get('/:ags/profile', async (c) => {
      const ags = c.req.param('ags')
      if (!AGS_PATTERN.test(ags)) throw new InvalidParameter('ags', `„${ags}“ ist kein Gemeindeschlüssel: erwartet werden 8 Ziffern, z. B. 05774012 für Borchen.`)
      // Checked before the ETag is set, so a 404 never carries one that a later request could match.
      const [known] = await sql`select 1 from municipalities where ags = ${ags}`
      if (!known) throw new NotFound(`Die Kommune mit dem Gemeindeschlüssel ${ags} gehört nicht zur regiopolREGION (29 Mitgliedskommunen).`)
      const cached = notModified(c, `municipality-profile-${ags}-${await profileDataVersion(sql)}`)
      if (cached) return cached
      return c.json(await municipalityProfile(sql, ags))
    })
}
