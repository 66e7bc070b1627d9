import type { LayerDef, PropertyDef } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Fragment } from '../../db/queries/features.ts'
import { envelope } from '../../db/queries/features.ts'
import type { Crs } from '../crs.ts'
import { dayOf } from '../datetime.ts'
import { parseValue } from '../values.ts'
import { CqlError, isObject, isOp, isProperty, type Expr } from './ast.ts'

/*
 * cql2-json → a postgres.js fragment. Properties are only the catalogue's (restricted
 * ones only for signed-in callers), identifiers go through sql(name), every literal is a
 * parameter typed by its property. Nothing is built as a string.
 */

type Binary = (sql: Sql, a: Fragment, b: Fragment) => Fragment
const COMPARISON: Record<string, Binary> = {
  '=': (sql, a, b) => sql`${a} = ${b}`,
  '<>': (sql, a, b) => sql`${a} <> ${b}`,
  '<': (sql, a, b) => sql`${a} < ${b}`,
  '<=': (sql, a, b) => sql`${a} <= ${b}`,
  '>': (sql, a, b) => sql`${a} > ${b}`,
  '>=': (sql, a, b) => sql`${a} >= ${b}`,
}
const SPATIAL: Record<string, Binary> = {
  s_intersects: (sql, a, b) => sql`ST_Intersects(${a}, ${b})`,
  s_equals: (sql, a, b) => sql`ST_Equals(${a}, ${b})`,
  s_disjoint: (sql, a, b) => sql`ST_Disjoint(${a}, ${b})`,
  s_touches: (sql, a, b) => sql`ST_Touches(${a}, ${b})`,
  s_within: (sql, a, b) => sql`ST_Within(${a}, ${b})`,
  s_overlaps: (sql, a, b) => sql`ST_Overlaps(${a}, ${b})`,
  s_crosses: (sql, a, b) => sql`ST_Crosses(${a}, ${b})`,
  s_contains: (sql, a, b) => sql`ST_Contains(${a}, ${b})`,
}

type Compiled = (sql: Sql) => Fragment

export interface CompileContext {
  layer: LayerDef
  readable: readonly PropertyDef[]
  /** `filter-crs`: the CRS of geometry literals. */
  crs: Crs
}

export function compileCql2(expr: Expr, ctx: CompileContext): Compiled {
  const propertyOf = (e: Expr): PropertyDef => {
    if (!isProperty(e)) throw new CqlError(`Eine Eigenschaft erwartet, nicht ${JSON.stringify(e)}.`)
    const p = ctx.readable.find((x) => x.key === e.property)
    if (!p) throw new CqlError(`Die Eigenschaft „${e.property}“ gibt es in ${ctx.layer.id} nicht (siehe /collections/${ctx.layer.id}/queryables).`)
    return p
  }
  const isGeometryProperty = (e: Expr) => isProperty(e) && ['geometry', 'geom'].includes(e.property)

  /** A literal typed by the property it is compared with. */
  const literal = (p: PropertyDef, e: Expr): Compiled => {
    let raw: unknown = e
    if (isObject(e) && 'date' in e) raw = e.date
    if (isObject(e) && 'timestamp' in e) raw = e.timestamp
    if (typeof raw === 'boolean' || typeof raw === 'number') raw = String(raw)
    if (typeof raw !== 'string') throw new CqlError(`„${p.key}“ kann nicht mit ${JSON.stringify(e)} verglichen werden.`)
    const element = p.type === 'string[]' ? { ...p, type: 'string' as const } : p
    let value
    try {
      value = parseValue(element, raw, 'filter')
    } catch (err) {
      throw new CqlError((err as Error).message)
    }
    switch (p.type) {
      case 'integer':
      case 'number':
        return (sql) => sql`${value}::numeric`
      case 'boolean':
        return (sql) => sql`${value === true}::boolean`
      case 'date':
        return (sql) => sql`${value}::date`
      default:
        return (sql) => sql`${String(value)}::text`
    }
  }

  const column = (p: PropertyDef): Compiled => (sql) => sql`${sql(p.key)}`

  const geometry = (expr: Expr): Compiled => {
    const e = expr as Record<string, any>
    if (isGeometryProperty(expr)) return (sql) => sql`geom`
    if (isObject(e) && Array.isArray(e.bbox)) {
      const b = e.bbox as number[]
      if (!b.every((n) => typeof n === 'number' && Number.isFinite(n)) || (b.length !== 4 && b.length !== 6)) throw new CqlError('BBOX braucht 4 oder 6 Zahlen.')
      const [x1, y1, x2, y2] = b.length === 6 ? [b[0]!, b[1]!, b[3]!, b[4]!] : (b as [number, number, number, number])
      const box: [number, number, number, number] = ctx.crs.northFirst ? [y1, x1, y2, x2] : [x1, y1, x2, y2]
      return (sql) => envelope(sql, box, ctx.crs.srid)
    }
    if (isObject(e) && typeof e.type === 'string' && Array.isArray(e.coordinates)) {
      const json = JSON.stringify({ type: e.type, coordinates: e.coordinates })
      const { srid, northFirst } = ctx.crs
      return (sql) => {
        const read = sql`ST_SetSRID(ST_GeomFromGeoJSON(${json}), ${srid}::int)`
        const axes = northFirst ? sql`ST_FlipCoordinates(${read})` : read
        return srid === 4326 ? axes : sql`ST_Transform(${axes}, 4326)`
      }
    }
    throw new CqlError(`Eine Geometrie (WKT, BBOX oder die Eigenschaft „geometry“) erwartet, nicht ${JSON.stringify(e)}.`)
  }

  /** The first and last day of a temporal literal. */
  const days = (expr: Expr): [string | undefined, string | undefined] => {
    const e = expr as Record<string, any>
    const day = (x: Expr): string | undefined => {
      if (x === '..') return undefined
      const raw = isObject(x) && 'date' in x ? x.date : isObject(x) && 'timestamp' in x ? x.timestamp : x
      const d = typeof raw === 'string' ? dayOf(raw) : undefined
      if (!d) throw new CqlError(`Kein Datum: ${JSON.stringify(x)}.`)
      return d
    }
    if (isObject(e) && Array.isArray(e.interval)) {
      if (e.interval.length !== 2) throw new CqlError('INTERVAL braucht zwei Enden.')
      return [day(e.interval[0]!), day(e.interval[1]!)]
    }
    const d = day(expr)
    return [d, d]
  }

  const temporal = (op: string, args: Expr[]): Compiled => {
    const [subject, other] = args as [Record<string, any>, Expr]
    const ends: PropertyDef[] = isObject(subject) && Array.isArray(subject.interval) ? (subject.interval as Expr[]).map(propertyOf) : [propertyOf(subject as Expr)]
    for (const p of ends) if (p.type !== 'date') throw new CqlError(`„${p.key}“ ist kein Datum.`)
    const [from, to] = days(other)
    const start = ends[0]!
    const end = ends[1] ?? start
    return (sql) => {
      const s = sql(start.key)
      const e = end === start ? s : sql`coalesce(${sql(end.key)}, 'infinity'::date)`
      const lo = from ? sql`${from}::date` : sql`'-infinity'::date`
      const hi = to ? sql`${to}::date` : sql`'infinity'::date`
      switch (op) {
        case 't_intersects':
          return sql`(${s} <= ${hi} and ${e} >= ${lo})`
        case 't_disjoint':
          return sql`(${s} > ${hi} or ${e} < ${lo})`
        case 't_before':
          return sql`${e} < ${lo}`
        case 't_after':
          return sql`${s} > ${hi}`
        default:
          return sql`(${s} = ${lo} and ${e} = ${hi})`
      }
    }
  }

  const node = (e: Expr): Compiled => {
    if (e === true || e === false) return (sql) => sql`${e}::boolean`
    if (!isOp(e)) throw new CqlError(`Kein Ausdruck mit Wahrheitswert: ${JSON.stringify(e)}.`)
    const op = e.op.toLowerCase()
    const args = e.args
    const arity = (n: number) => {
      if (args.length !== n) throw new CqlError(`„${e.op}“ braucht ${n} Argumente, nicht ${args.length}.`)
    }
    if (op === 'and' || op === 'or') {
      if (args.length < 2) throw new CqlError(`„${op}“ braucht mindestens zwei Argumente.`)
      const parts = args.map(node)
      return (sql) => sql`(${join(sql, parts, op)})`
    }
    if (op === 'not') {
      arity(1)
      const inner = node(args[0]!)
      return (sql) => sql`not (${inner(sql)})`
    }
    if (op === 'isnull') {
      arity(1)
      const p = propertyOf(args[0]!)
      return (sql) => sql`${sql(p.key)} is null`
    }
    if (SPATIAL[op]) {
      arity(2)
      const a = geometry(args[0]!)
      const b = geometry(args[1]!)
      const fn = SPATIAL[op]!
      return (sql) => fn(sql, a(sql), b(sql))
    }
    if (op.startsWith('t_')) {
      arity(2)
      if (!['t_intersects', 't_disjoint', 't_before', 't_after', 't_equals'].includes(op)) throw new CqlError(`Der Zeitoperator „${e.op}“ wird nicht unterstützt.`)
      return temporal(op, args)
    }
    // Scalar predicates: the first argument is a property (a literal first is turned round).
    let [left, ...rest] = args as [Expr, ...Expr[]]
    let cmp = op
    if (COMPARISON[op] && !isProperty(left) && isProperty(rest[0])) {
      ;[left, rest] = [rest[0]!, [left]]
      cmp = ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' } as Record<string, string>)[op] ?? op
    }
    const p = propertyOf(left)
    const col = column(p)
    const value = (x: Expr): Compiled => (isProperty(x) ? column(propertyOf(x)) : literal(p, x))
    if (COMPARISON[cmp]) {
      arity(2)
      const v = value(rest[0]!)
      const compare = COMPARISON[cmp]!
      if (p.type === 'string[]') {
        if (cmp !== '=' && cmp !== '<>') throw new CqlError(`„${p.key}“ ist eine Liste: nur = und <> (enthält / enthält nicht).`)
        return (sql) => (cmp === '=' ? sql`${v(sql)} = any(${col(sql)})` : sql`not coalesce(${v(sql)} = any(${col(sql)}), false)`)
      }
      return (sql) => compare(sql, col(sql), v(sql))
    }
    if (cmp === 'like') {
      arity(2)
      if (typeof rest[0] !== 'string') throw new CqlError('LIKE braucht ein Muster in Anführungszeichen.')
      const pattern = rest[0]
      return (sql) => (p.type === 'string[]' ? sql`exists (select 1 from unnest(${col(sql)}) v where v like ${pattern})` : sql`${col(sql)}::text like ${pattern}`)
    }
    if (cmp === 'between') {
      arity(3)
      const lo = value(rest[0]!)
      const hi = value(rest[1]!)
      return (sql) => sql`${col(sql)} between ${lo(sql)} and ${hi(sql)}`
    }
    if (cmp === 'in') {
      arity(2)
      if (!Array.isArray(rest[0]) || rest[0].length === 0) throw new CqlError('IN braucht eine nicht leere Liste.')
      const values = (rest[0] as Expr[]).map(value)
      return (sql) => {
        const list = join(sql, values, ',')
        return p.type === 'string[]' ? sql`${col(sql)} && array[${list}]` : sql`${col(sql)} in (${list})`
      }
    }
    throw new CqlError(`Der Operator „${e.op}“ wird nicht unterstützt.`)
  }

  return node(expr)
}

function join(sql: Sql, parts: Compiled[], how: string): Fragment {
  const compiled = parts.map((p) => p(sql))
  return compiled.slice(1).reduce((acc, f) => (how === 'and' ? sql`${acc} and (${f})` : how === 'or' ? sql`${acc} or (${f})` : sql`${acc}, ${f}`), how === ',' ? compiled[0]! : sql`(${compiled[0]!})`)
}
