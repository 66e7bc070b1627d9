import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadMigrations } from './migrate.ts'

function folder(files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  for (const f of files) writeFileSync(join(dir, f), 'select 1;')
  return dir
}

describe('loading migrations', () => {
  it('reads the project migrations in numeric order', async () => {
    const ids = (await loadMigrations()).map((m) => m.id)
    expect(ids).toEqual(ids.map((_, i) => i + 1))
    expect(ids.length).toBeGreaterThanOrEqual(8)
  })

  it('refuses a gap in the numbering', async () => {
    await expect(loadMigrations(folder(['0001_a.sql', '0003_c.sql']))).rejects.toThrow('out of sequence')
  })

  it('refuses a file name without a four-digit number', async () => {
    await expect(loadMigrations(folder(['0001_a.sql', '2_b.sql']))).rejects.toThrow('does not match')
  })
})
