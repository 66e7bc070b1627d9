import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testSql } from './support/app.ts'

const sql = testSql()

/*
 * Errors inside pipelined extended-protocol batches must not shift later results
 * (electric-sql/pglite#958; worked around in src/db/extended-protocol-fix.ts).
 */
describe('the database connection after a failed statement', () => {
  beforeAll(async () => {
    await sql`create table protocol_probe (id int)`
    await sql`create function protocol_probe_refuse() returns trigger language plpgsql as $$
      begin raise exception 'protocol_probe refuses %', TG_OP; end $$`
    await sql`create trigger protocol_probe_refuse before update or delete on protocol_probe
      for each statement execute function protocol_probe_refuse()`
  })
  afterAll(async () => {
    await sql`drop table protocol_probe`
    await sql`drop function protocol_probe_refuse()`
  })

  it('rejects a statement whose trigger raises, and answers the next query with its own result', async () => {
    for (let i = 0; i < 20; i++) {
      await expect(sql`delete from protocol_probe`).rejects.toThrow(/refuses DELETE/)
      const [row] = await sql<{ i: number }[]>`select ${i}::int as i`
      expect(row?.i).toBe(i)
    }
  })

  it('answers correctly after a parse error and after a bind error', async () => {
    await expect(sql`select from nowhere_table_xyz`).rejects.toThrow(/nowhere_table_xyz/)
    expect((await sql`select 41 + 1 as n`)[0]?.n).toBe(42)
    await expect(sql`select ${'not a number'}::int as n`).rejects.toThrow(/invalid input syntax/)
    expect((await sql`select 'ok' as s`)[0]?.s).toBe('ok')
  })

  it('keeps transactions intact when a statement inside fails', async () => {
    await expect(
      sql.begin(async (tx) => {
        await tx`insert into protocol_probe values (1)`
        await tx`delete from protocol_probe`
      }),
    ).rejects.toThrow(/refuses DELETE/)
    expect((await sql`select count(*)::int as n from protocol_probe`)[0]?.n).toBe(0)
    await sql`insert into protocol_probe values (2)`
    expect((await sql`select count(*)::int as n from protocol_probe`)[0]?.n).toBe(1)
  })
})
