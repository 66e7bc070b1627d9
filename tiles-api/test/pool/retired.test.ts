import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, poolApp } from './support.ts'

/* A retired (stillgelegt) area offers nothing (migration 0024), whatever its total. */

const sql = testSql()
const app = poolApp(sql)
const fx = fixtures(sql)

describe('a retired compensation area', () => {
  it('reports 0 available eco points in the collection item, keeping its total', async () => {
    const area = await fx.area({ ags: AGS.borchen, status: 'stillgelegt', points: 97_800 })
    const res = await app.request(`/api/collections/compensation_areas/items/${area.id}`)
    const { properties } = (await res.json()) as { properties: { eco_points_total: number; eco_points_available: number } }
    expect(properties).toMatchObject({ eco_points_total: 97_800, eco_points_available: 0 })
  })

  it('adds nothing to its municipality’s available points in the profile', async () => {
    const profile = async () => ((await (await app.request(`/api/municipalities/${AGS.borchen}/profile`)).json()) as { pool: { points_available: number } }).pool.points_available
    const before = await profile()
    await fx.area({ ags: AGS.borchen, status: 'stillgelegt', points: 50_000 })
    expect(await profile()).toBe(before)
  })
})
