/**
 * CQL2 expressions in their JSON encoding (OGC 21-065, cql2-json): the text parser produces
 * this shape, cql2-json requests arrive in it, and one compiler turns it into SQL.
 */
export type Geometry = { type: string; coordinates: unknown }
export type Literal =
  | string
  | number
  | boolean
  | { date: string }
  | { timestamp: string }
  | { interval: Expr[] }
  | { bbox: number[] }
  | Geometry
export type Expr = Literal | { property: string } | { op: string; args: Expr[] } | Expr[]

export class CqlError extends Error {}

export const isObject = (e: unknown): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e)
export const isProperty = (e: unknown): e is { property: string } => isObject(e) && typeof e.property === 'string'
export const isOp = (e: unknown): e is { op: string; args: Expr[] } => isObject(e) && typeof e.op === 'string' && Array.isArray(e.args)
