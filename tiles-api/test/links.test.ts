import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { testSql } from './support/app.ts'

const sql = testSql()
const forwarded = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }

describe('absolute links', () => {
  it('ignore X-Forwarded headers unless the proxy is trusted', async () => {
    const res = await createApp({ sql, log: false }).request('http://localhost:8080/api', { headers: forwarded })
    const body: any = await res.json()
    expect(body.links[0].href).toBe('http://localhost:8080/api')
  })

  it('follow X-Forwarded headers behind a trusted proxy', async () => {
    const res = await createApp({ sql, log: false, trustProxy: true }).request('http://localhost:8080/api', { headers: forwarded })
    const body: any = await res.json()
    expect(body.links[0].href).toBe('https://evil.example/api')
  })
})
