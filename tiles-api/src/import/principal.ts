import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'

/** The account a command-line import acts as (an enabled account, by e-mail). */
export async function principalForEmail(sql: Sql, email: string): Promise<Principal | undefined> {
  const [row] = await sql<{ id: number; email: string; display_name: string; role: Principal['role']; municipality_ags: string | null }[]>`
    select id, email, display_name, role, municipality_ags from accounts where email = ${email.toLowerCase()} and disabled_at is null`
  return row && { accountId: row.id, email: row.email, displayName: row.display_name, role: row.role, municipalityAgs: row.municipality_ags, via: 'token' }
}
