import { seedSampleData } from '@regiopol/geodata/node'
import { describe, expect, it } from 'vitest'
import { testSql } from './support/app.ts'

const sql = testSql()

describe('the sample seed on a database in use', () => {
  it('never hands out an id again that a deleted record had (its audit rows would follow the new one)', async () => {
    const insert = async (name: string) => {
      const [row] = await sql<{ id: number }[]>`insert into development_land (name, municipality_ags, use, planning_status, sample, geom)
        values (${name}, '05774012', 'wohnen', 'fnp', false,
                ST_Multi(ST_GeomFromText('POLYGON((8.70 51.66, 8.701 51.66, 8.701 51.661, 8.70 51.661, 8.70 51.66))', 4326)))
        returning id`
      return row!.id
    }
    const first = await insert('Testfläche Sequenz A')
    const second = await insert('Testfläche Sequenz B')
    await sql`delete from development_land where id in (${first}, ${second})`
    // A changed seed runs again on start; before, it set the sequence back to max(id).
    await seedSampleData(sql)
    const third = await insert('Testfläche Sequenz C')
    await sql`delete from development_land where id = ${third}`
    expect(third).toBeGreaterThan(second)
  })
})
