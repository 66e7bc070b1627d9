import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { filterTar } from '../src/db/postgis-bundle.ts'

const require = createRequire(import.meta.url)
const bundle = join(require.resolve('@electric-sql/pglite-postgis'), '..', 'postgis.tar.gz')

describe('the slimmed PostGIS bundle for the embedded database', () => {
  it('keeps postgis itself and the PROJ database and leaves out raster, topology and the upgrade scripts, as tar lists them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regiopol-bundle-'))
    try {
      const slim = filterTar(gunzipSync(await readFile(bundle)), (n) => n === 'lib/postgresql/postgis-3.so' || n.startsWith('share/proj/') || n === 'share/postgresql/extension/postgis.control')
      await writeFile(join(dir, 'slim.tar'), slim)
      const names = execFileSync('tar', ['tf', join(dir, 'slim.tar')]).toString().split('\n').filter((n) => n && !n.endsWith('/'))
      expect(names).toContain('lib/postgresql/postgis-3.so')
      expect(names).toContain('share/proj/proj.db')
      expect(names).toContain('share/postgresql/extension/postgis.control')
      expect(names.some((n) => n.includes('raster') || n.includes('topology') || n.includes('--ANY'))).toBe(false)
      execFileSync('tar', ['xf', join(dir, 'slim.tar'), '-C', dir, 'lib/postgresql/postgis-3.so'])
      const original = execFileSync('tar', ['xzOf', bundle, 'lib/postgresql/postgis-3.so'], { maxBuffer: 64e6 })
      expect(Buffer.compare(await readFile(join(dir, 'lib/postgresql/postgis-3.so')), original)).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
