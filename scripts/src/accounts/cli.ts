import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Role } from '@regiopol/geodata'
import { addAccount, disableAccount, listAccounts, setPassword } from '@regiopol/tiles-api/accounts'
import { openDatabase } from '@regiopol/tiles-api/db'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'

/*
 * Accounts of the Regiopol Atlas, from the command line:
 *
 *   npm run accounts -w @regiopol/scripts -- create --email a@b.de --role editor --municipality 05774012 [--name "…"] [--password …]
 *   npm run accounts -w @regiopol/scripts -- create-admin --email office@b.de [--name "…"] [--password …]
 *   npm run accounts -w @regiopol/scripts -- list
 *   npm run accounts -w @regiopol/scripts -- disable --email a@b.de
 *   npm run accounts -w @regiopol/scripts -- set-password --email a@b.de [--password …]
 *
 * The database: DATABASE_URL when set, else the embedded one in PGLITE_DATA_DIR
 * (default .data/pglite; stop the server first: it holds that folder's lock, and this
 * refuses with a sentence while it runs). Without
 * --password (or ATLAS_PASSWORD) a random password is made and printed once.
 */

const usage = `usage: accounts <create|create-admin|list|disable|set-password> [--email E] [--role viewer|editor|admin] [--municipality AGS] [--name NAME] [--password P]`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    municipality: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
})

const command = positionals[0]
const need = (v: string | undefined, flag: string) => {
  if (!v) throw new Error(`missing --${flag}\n${usage}`)
  return v
}
const password = () => {
  const given = values.password ?? process.env.ATLAS_PASSWORD
  return { password: given ?? randomBytes(18).toString('base64url'), generated: !given }
}

const dataDir = process.env.PGLITE_DATA_DIR || fileURLToPath(new URL('../../../.data/pglite', import.meta.url))
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDataDir: dataDir }).catch((e: Error) => {
  console.error(`accounts: ${e.message}`)
  process.exit(1)
})
let exitCode = 0
try {
  // A database prepared here is a real installation: no demo accounts.
  await prepareDatabase(db.sql, { demoAccounts: false })
  switch (command) {
    case 'create':
    case 'create-admin': {
      const role = (command === 'create-admin' ? 'admin' : need(values.role, 'role')) as Role
      const email = need(values.email, 'email')
      const pw = password()
      const id = await addAccount(db.sql, {
        email, role, password: pw.password,
        displayName: values.name ?? email,
        municipalityAgs: values.municipality ?? null,
      })
      console.log(`created account ${id}: ${email.toLowerCase()} (${role}${values.municipality ? `, ${values.municipality}` : ''})`)
      if (pw.generated) console.log(`password (shown once): ${pw.password}`)
      break
    }
    case 'list':
      console.table(await listAccounts(db.sql))
      break
    case 'disable':
      if (!(await disableAccount(db.sql, need(values.email, 'email')))) throw new Error(`no account ${values.email}`)
      console.log(`disabled ${values.email}; its sessions ended and its tokens were revoked`)
      break
    case 'set-password': {
      const pw = password()
      if (!(await setPassword(db.sql, need(values.email, 'email'), pw.password))) throw new Error(`no account ${values.email}`)
      console.log(`new password set for ${values.email}; its sessions ended`)
      if (pw.generated) console.log(`password (shown once): ${pw.password}`)
      break
    }
    default:
      throw new Error(usage)
  }
} catch (e) {
  console.error(`accounts: ${(e as Error).message}`)
  exitCode = 1
} finally {
  await db.close()
}
process.exit(exitCode)
