import type { LayerDef } from '@regiopol/geodata'
import { InvalidParameter } from '../../errors.ts'
import { crsOf } from '../crs.ts'
import { readableProperties } from '../schema.ts'
import { CqlError, type Expr } from './ast.ts'
import { compileCql2 } from './compile.ts'
import { parseCql2Text } from './text.ts'

/** `filter` + `filter-lang` + `filter-crs` of an items request, compiled; every mistake is a 400 naming `filter`. */
export function compileFilter(layer: LayerDef, filter: { text: string; lang: string | undefined; crs: string | undefined }, restricted: boolean) {
  const lang = filter.lang ?? 'cql2-text'
  if (lang !== 'cql2-text' && lang !== 'cql2-json') {
    throw new InvalidParameter('filter-lang', `„filter-lang“ ist cql2-text oder cql2-json, nicht „${lang}“.`)
  }
  const crs = crsOf('filter-crs', filter.crs)
  try {
    let expr: Expr
    if (lang === 'cql2-json') {
      try {
        expr = JSON.parse(filter.text) as Expr
      } catch {
        throw new CqlError('der Filter ist kein gültiges JSON (cql2-json).')
      }
    } else {
      expr = parseCql2Text(filter.text)
    }
    return compileCql2(expr, { layer, readable: readableProperties(layer, restricted), crs })
  } catch (err) {
    if (err instanceof CqlError) throw new InvalidParameter('filter', `„filter“ (${lang}): ${err.message}`)
    throw err
  }
}
