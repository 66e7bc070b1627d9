import type { Role } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/*
 * Demo accounts for the sample data, with the passwords written in the README.
 * FOR THE DEMO ONLY: a real installation sets DEMO_ACCOUNTS=false and creates its
 * accounts with `npm run accounts -w @regiopol/scripts`. The hashes were made with
 * hashPassword() (scrypt), so starting needs no slow hashing.
 */
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; municipalityAgs: string | null; password: string; hash: string }[] = [
  {
    email: 'admin@regiopol.example', displayName: 'Regionsbüro (Demo)', role: 'admin', municipalityAgs: null,
    password: 'Regionsbuero-Demo-2026',
    hash: 'scrypt$131072$8$1$noe-xtQevyxqGj07s1lpSw$-39W1xVdV41q3QvqELPb6ryyjK4XD4ND0mjMCIr3WHuPY3jze5hNSRj3d1jNqwvGgBsAJoBBpiYcbaIw2A1HdA',
  },
  {
    email: 'paderborn@regiopol.example', displayName: 'Stadt Paderborn, Umweltamt (Demo)', role: 'editor', municipalityAgs: '05774032',
    password: 'Paderborn-Demo-2026',
    hash: 'scrypt$131072$8$1$geopj7vKkiwSiTUb_pEmyg$ksQMQD5CfwiIjdJ-wn4rNe4FV8wWXUCr5IRE0oET6j6uThjaJAzPI8X3PuK5j-e6Fk8Nlv5qqpCS6nTMM0qaSQ',
  },
  {
    email: 'borchen@regiopol.example', displayName: 'Gemeinde Borchen, Bauamt (Demo)', role: 'editor', municipalityAgs: '05774012',
    password: 'Borchen-Demo-2026',
    hash: 'scrypt$131072$8$1$acSZ_2jv8T5vWY9NNH3nBw$omO25I-wxs9nZKfyoEejIc5vlRbRtBobRAoikpCJupR2WDVVh5J3Wip0rszuHR_K82y_5DZl_PIrX6x3lzcAAw',
  },
  {
    email: 'viewer@regiopol.example', displayName: 'Ratsmitglied Delbrück (Demo)', role: 'viewer', municipalityAgs: '05774020',
    password: 'Betrachter-Demo-2026',
    hash: 'scrypt$131072$8$1$p03aLAGyF2ZWsJ3Rfj8-4g$-piL4PUd5d87SLGG8Utb9o3eLGLNK8zywjEyRszR5GMSvVrMS8qTECjt3Pm5RlsT2a6eCg9jrW7NGrzEOiaQ8w',
  },
]

/**
 * Adds the demo accounts to a database that has no accounts at all, so deleting them
 * in a real installation (once it has its own) is final. Returns how many it added.
 */
export async function seedDemoAccounts(sql: Sql): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`lock table accounts in share row exclusive mode`
    const [row] = await tx<{ n: number }[]>`select count(*)::int as n from accounts`
    if (row!.n > 0) return 0
    for (const a of DEMO_ACCOUNTS) {
      await tx`insert into accounts (email, display_name, role, municipality_ags, password_hash, demo)
        values (${a.email}, ${a.displayName}, ${a.role}, ${a.municipalityAgs}, ${a.hash}, true)`
    }
    return DEMO_ACCOUNTS.length
  })
}
