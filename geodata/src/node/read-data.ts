import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface Feature<P = Record<string, unknown>> {
  type: 'Feature'
  id?: string | number
  properties: P
  geometry: { type: string; coordinates: unknown } | null
}

export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection'
  features: Feature<P>[]
}

export async function readGeoJson<P = Record<string, unknown>>(dir: string, file: string): Promise<FeatureCollection<P>> {
  return JSON.parse(await readFile(join(dir, file), 'utf8')) as FeatureCollection<P>
}

/** Parses a CSV with a header row; fields may be double-quoted (RFC 4180). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field), rows.push(row), (row = []), (field = '')
    } else field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0])
  if (!header) return []
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])))
}
