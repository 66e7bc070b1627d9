import { unzipSync, zipSync } from 'fflate'
import { FileProblem } from './types.ts'

/* Zip archives (fflate): reading an upload, writing a Shapefile export. */

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)

/** The files of an archive by lower-case path (macOS resource forks left out). */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  if (!isZip(bytes)) throw new FileProblem('not-zip', 'Die Datei ist kein ZIP-Archiv. Ein Shapefile wird als ZIP mit .shp, .shx, .dbf und .prj hochgeladen.')
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes)
  } catch (err) {
    throw new FileProblem('not-zip', `Das ZIP-Archiv ist beschädigt (${err instanceof Error ? err.message : String(err)}).`)
  }
  return new Map(
    Object.entries(entries)
      .filter(([name]) => !name.includes('__MACOSX/') && !name.endsWith('/'))
      .map(([name, data]) => [name.toLowerCase(), data]),
  )
}

/** An archive of the given files (name → bytes or text). */
export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const encoder = new TextEncoder()
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? encoder.encode(data) : data])), { level: 6 })
}
