import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { postgis } from '@electric-sql/pglite-postgis'

/*
 * PGlite unpacks an extension's whole bundle into memory on every start and compiles
 * every WebAssembly library in it. The PostGIS bundle also carries postgis_raster,
 * postgis_topology, the tiger geocoder and some 500 upgrade scripts: 91 MB unpacked,
 * which made a warm start take 9–13 s and about 550 MB of the process's memory. We use
 * only postgis itself, so the start uses a copy of the bundle with postgis-3.so, its
 * control file and install script, and the PROJ database: written once per package
 * version into the temporary folder, from the package's own file (nothing downloaded).
 */

const require = createRequire(import.meta.url)
const source = join(require.resolve('@electric-sql/pglite-postgis'), '..', 'postgis.tar.gz')

const keep = (name: string) =>
  name === 'lib/postgresql/postgis-3.so' || name.startsWith('share/proj/') || /^share\/postgresql\/extension\/postgis(\.control|--\d+\.\d+\.\d+\.sql)$/.test(name)

const text = (block: Buffer, start: number, length: number) => block.subarray(start, start + length).toString('latin1').replace(/\0.*$/s, '')

/** The entries of a ustar archive that pass `filter` (directories always), as a new archive. */
export function filterTar(tar: Buffer, filter: (name: string) => boolean): Buffer {
  const out: Buffer[] = []
  let pending: Buffer[] = [] // a pax header belongs to the entry after it
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512)
    if (header.every((b) => b === 0)) break
    const size = parseInt(text(header, 124, 12).trim() || '0', 8)
    const entry = tar.subarray(at, at + 512 + Math.ceil(size / 512) * 512)
    at += entry.length
    const type = String.fromCharCode(header[156]!)
    if (type === 'x') {
      pending.push(entry)
      continue
    }
    const prefix = text(header, 345, 155)
    const name = (prefix ? `${prefix}/` : '') + text(header, 0, 100)
    if (type === '5' || filter(name.replace(/^\.\//, ''))) out.push(...pending, entry)
    pending = []
  }
  out.push(Buffer.alloc(1024))
  return Buffer.concat(out)
}

async function slimBundle(): Promise<URL> {
  const { version } = JSON.parse(await readFile(join(source, '..', '..', 'package.json'), 'utf8')) as { version: string }
  const target = join(tmpdir(), `regiopol-pglite-postgis-${version}.tar.gz`)
  if (!existsSync(target)) {
    const slim = gzipSync(filterTar(gunzipSync(await readFile(source)), keep), { level: 1 })
    const partial = `${target}.${process.pid}`
    await writeFile(partial, slim)
    await rename(partial, target)
  }
  return pathToFileURL(target)
}

/** The PostGIS extension for PGlite, loading only what the atlas uses. */
export async function slimPostgis(): Promise<typeof postgis> {
  const bundlePath = await slimBundle()
  return {
    name: postgis.name,
    setup: async (pg, options) => ({ ...(await postgis.setup(pg, options)), bundlePath }),
  }
}
