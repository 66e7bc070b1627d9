import type { MunicipalityProfile, ProfileExchangePost } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/** The municipality's current exchange posts (not expired, not closed), newest expiry last. */
export async function exchangePostsOf(sql: Sql, ags: string): Promise<MunicipalityProfile['exchange_posts']> {
  const items = await sql<ProfileExchangePost[]>`
    select id, type, category, title, expires_on::text as expires_on, sample
    from exchange_posts_current where municipality_ags = ${ags}
    order by expires_on, id`
  return { sample: items.some((p) => p.sample), items: [...items] }
}
