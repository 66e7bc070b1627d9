import { migrate, seedIfChanged } from '@regiopol/geodata/node'
import type { Sql } from 'postgres'
import { seedDemoAccounts } from '../auth/demo-accounts.ts'

/**
 * Brings a database to the current schema and seed; cheap when both are current.
 * The demo accounts (README) are added to an empty accounts table unless switched off.
 */
export async function prepareDatabase(sql: Sql, options: { demoAccounts?: boolean } = {}): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await migrate(sql)
  const seeded = await seedIfChanged(sql)
  if (options.demoAccounts !== false) await seedDemoAccounts(sql)
  return { migrations, seeded }
}
