import type { Sql } from 'postgres'
import type { MunicipalityProfile } from '@regiopol/geodata'

/**
 * EXTENSION POINT: the active exchange posts (Ich suche / Ich biete) of a municipality.
 * The exchange board is built separately; until its table `exchange_posts` is on main,
 * the profile says the board is not connected. Once it exists, select the municipality's
 * active (not expired) posts here and add 'exchange_posts' to PROFILE_LAYERS (etag.ts).
 */
export async function exchangePostsOf(_sql: Sql, _ags: string): Promise<MunicipalityProfile['exchange_posts']> {
  return { available: false, items: [], note: 'Die Börse „Ich suche / Ich biete“ ist noch nicht angeschlossen.' }
}
