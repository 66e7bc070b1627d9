import { ProblemError } from '../errors.ts'

/*
 * Limits on a JSON body beyond its size: how deeply it nests (checked on the text,
 * before JSON.parse builds anything), and characters PostgreSQL cannot store in text
 * (U+0000), named by their path instead of failing deep inside a query.
 */

/** GeoJSON MultiPolygon coordinates nest 4 deep inside a feature's 2: 32 leaves room for honest bodies. */
export const MAX_JSON_DEPTH = 32

/** Scans the text once; strings are skipped, so brackets inside them do not count. */
export function assertDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92) i++ // backslash: skip the escaped character
      else if (ch === 34) inString = false
    } else if (ch === 34) inString = true
    else if (ch === 91 || ch === 123) {
      if (++depth > max) {
        throw new ProblemError(400, 'json-too-deep', 'Zu tief verschachtelt',
          `Der JSON-Inhalt ist tiefer als ${max} Ebenen verschachtelt; so tief ist kein gültiger Inhalt.`)
      }
    } else if (ch === 93 || ch === 125) depth--
  }
}

/** Paths (a.b.0.c) of every string value or key that holds U+0000. */
function nulPaths(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path.join('.') || '(Wurzel)')
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, String(i)], out))
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) out.push([...path, k.replaceAll('\u0000', '\\u0000')].join('.'))
      nulPaths(v, [...path, k], out)
    }
  }
  return out
}

export function assertNoNul(value: unknown): void {
  const paths = nulPaths(value)
  if (paths.length === 0) return
  const message = 'enthält das Nullzeichen (U+0000), das sich nicht speichern lässt.'
  throw new ProblemError(400, 'invalid-characters', 'Ungültige Zeichen', paths.map((p) => `${p}: ${message}`).join(' '),
    { errors: paths.map((path) => ({ path, message })) })
}
