import { migrate, seedIfChanged } from '@regiopol/geodata/node'
import type { Sql } from 'postgres'

/** Brings a database to the current schema and seed; cheap when both are current. */
export async function prepareDatabase(sql: Sql): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await migrate(sql)
  const seeded = await seedIfChanged(sql)
  return { migrations, seeded }
}
