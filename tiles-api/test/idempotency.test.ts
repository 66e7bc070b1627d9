import { describe, expect, it } from 'vitest'
import { BORCHEN_POINT, validProperties } from './projects/support.ts'
import { json, poolApp, sessions } from './pool/support.ts'
import { testSql } from './support/app.ts'

/* A client that lost its answer retries with the same Idempotency-Key and gets no duplicate. */

const sql = testSql()
const app = poolApp(sql)
const ITEMS = '/api/collections/projects/items'
const project = (title: string) => ({ type: 'Feature', geometry: BORCHEN_POINT, properties: { ...validProperties(), title } })
const countTitled = async (title: string) => (await sql<{ n: number }[]>`select count(*)::int as n from projects where title = ${title}`)[0]!.n

describe('Idempotency-Key', () => {
  it('creates one project for two identical POSTs with the same key and replays the first answer', async () => {
    const { borchen } = await sessions(sql)
    const title = `Wiederholungsprobe ${Date.now()}`
    const headers = { ...borchen, 'Idempotency-Key': `k-${Date.now()}` }
    const first = await app.request(ITEMS, json('POST', project(title), headers))
    expect(first.status).toBe(201)
    const again = await app.request(ITEMS, json('POST', project(title), headers))
    expect(again.status).toBe(201)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(await again.json()).toEqual(await first.json())
    expect(await countTitled(title)).toBe(1)
    await sql`delete from projects where title = ${title}`
  })

  it('finds the stored answer from a second instance of the API', async () => {
    const { borchen } = await sessions(sql)
    const title = `Zweite Instanz ${Date.now()}`
    const headers = { ...borchen, 'Idempotency-Key': `i-${Date.now()}` }
    expect((await app.request(ITEMS, json('POST', project(title), headers))).status).toBe(201)
    const other = poolApp(sql)
    expect((await other.request(ITEMS, json('POST', project(title), headers))).headers.get('Idempotent-Replayed')).toBe('true')
    expect(await countTitled(title)).toBe(1)
    await sql`delete from projects where title = ${title}`
  })

  it('refuses the same key with another body with 422', async () => {
    const { borchen } = await sessions(sql)
    const title = `Schlüsselprobe ${Date.now()}`
    const headers = { ...borchen, 'Idempotency-Key': `r-${Date.now()}` }
    expect((await app.request(ITEMS, json('POST', project(title), headers))).status).toBe(201)
    const reused = await app.request(ITEMS, json('POST', project(`${title} anders`), headers))
    expect(reused.status).toBe(422)
    expect(((await reused.json()) as any).type).toBe('/problems/idempotency-key-reused')
    expect(await countTitled(`${title} anders`)).toBe(0)
    await sql`delete from projects where title like ${title + '%'}`
  })

  it('runs a retry of a refused request again (nothing was stored)', async () => {
    const { borchen } = await sessions(sql)
    const headers = { ...borchen, 'Idempotency-Key': `f-${Date.now()}` }
    const bad = project('x')
    bad.properties.status = 'fertig'
    expect((await app.request(ITEMS, json('POST', bad, headers))).status).toBe(422)
    const title = `Nach Fehler ${Date.now()}`
    expect((await app.request(ITEMS, json('POST', project(title), headers))).status).toBe(201)
    await sql`delete from projects where title = ${title}`
  })

  it('refuses a key with control characters with 400', async () => {
    const { borchen } = await sessions(sql)
    const res = await app.request(ITEMS, json('POST', project('y'), { ...borchen, 'Idempotency-Key': 'a b' }))
    expect(res.status).toBe(400)
  })
})
