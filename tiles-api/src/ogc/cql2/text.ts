import { CqlError, type Expr, type Geometry } from './ast.ts'

/*
 * A parser for CQL2 text (OGC 21-065): the Basic CQL2, advanced comparison (LIKE, BETWEEN,
 * IN), basic spatial (S_INTERSECTS … with WKT and BBOX) and temporal (T_INTERSECTS …) classes.
 * It turns the whole input into cql2-json or refuses it: a trailing fragment is an error,
 * never silently dropped. (Why not cql2-wasm: see the README.)
 */

type Token = { kind: 'word' | 'string' | 'number' | 'punct' | 'quoted'; value: string; at: number }

const PUNCT = ['<>', '<=', '>=', '=', '<', '>', '(', ')', ',']

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const ch = input[i]!
    if (/\s/.test(ch)) {
      i++
    } else if (ch === "'") {
      let value = ''
      let j = i + 1
      for (;;) {
        if (j >= input.length) throw new CqlError(`Zeichenkette ab Stelle ${i + 1} ist nicht geschlossen (').`)
        if (input[j] === "'") {
          if (input[j + 1] === "'") {
            value += "'"
            j += 2
            continue
          }
          break
        }
        value += input[j++]
      }
      tokens.push({ kind: 'string', value, at: i })
      i = j + 1
    } else if (ch === '"') {
      const end = input.indexOf('"', i + 1)
      if (end < 0) throw new CqlError(`Bezeichner ab Stelle ${i + 1} ist nicht geschlossen (").`)
      tokens.push({ kind: 'quoted', value: input.slice(i + 1, end), at: i })
      i = end + 1
    } else if (/[0-9.]/.test(ch) || ((ch === '-' || ch === '+') && /[0-9.]/.test(input[i + 1] ?? ''))) {
      const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(input.slice(i))
      if (!m) throw new CqlError(`Keine Zahl an Stelle ${i + 1}.`)
      tokens.push({ kind: 'number', value: m[0], at: i })
      i += m[0].length
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.:]*/.exec(input.slice(i))!
      tokens.push({ kind: 'word', value: m[0], at: i })
      i += m[0].length
    } else {
      const p = PUNCT.find((x) => input.startsWith(x, i))
      if (!p) throw new CqlError(`Unerwartetes Zeichen „${ch}“ an Stelle ${i + 1}.`)
      tokens.push({ kind: 'punct', value: p, at: i })
      i += p.length
    }
  }
  return tokens
}

const SPATIAL = ['S_INTERSECTS', 'S_EQUALS', 'S_DISJOINT', 'S_TOUCHES', 'S_WITHIN', 'S_OVERLAPS', 'S_CROSSES', 'S_CONTAINS']
const TEMPORAL = ['T_INTERSECTS', 'T_BEFORE', 'T_AFTER', 'T_DISJOINT', 'T_EQUALS']
const WKT = ['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON']
const RESERVED = new Set(['AND', 'OR', 'NOT', 'LIKE', 'BETWEEN', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE'])

class Parser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset]
  }
  private isWord(value: string, offset = 0): boolean {
    const t = this.peek(offset)
    return t?.kind === 'word' && t.value.toUpperCase() === value
  }
  private isPunct(value: string): boolean {
    const t = this.peek()
    return t?.kind === 'punct' && t.value === value
  }
  private where(): string {
    const t = this.peek()
    return t ? `bei „${t.value}“ (Stelle ${t.at + 1})` : 'am Ende'
  }
  private expectPunct(value: string): void {
    if (!this.isPunct(value)) throw new CqlError(`„${value}“ erwartet ${this.where()}.`)
    this.i++
  }
  private expectWord(value: string): void {
    if (!this.isWord(value)) throw new CqlError(`„${value}“ erwartet ${this.where()}.`)
    this.i++
  }

  parseAll(): Expr {
    if (this.tokens.length === 0) throw new CqlError('Der Filter ist leer.')
    const e = this.or()
    if (this.peek()) throw new CqlError(`Unerwartet ${this.where()}: der Ausdruck war schon zu Ende.`)
    return e
  }

  private or(): Expr {
    const args = [this.and()]
    while (this.isWord('OR')) {
      this.i++
      args.push(this.and())
    }
    return args.length === 1 ? args[0]! : { op: 'or', args }
  }
  private and(): Expr {
    const args = [this.not()]
    while (this.isWord('AND')) {
      this.i++
      args.push(this.not())
    }
    return args.length === 1 ? args[0]! : { op: 'and', args }
  }
  private not(): Expr {
    if (this.isWord('NOT')) {
      this.i++
      return { op: 'not', args: [this.not()] }
    }
    return this.predicate()
  }

  private predicate(): Expr {
    if (this.isPunct('(')) {
      // A parenthesised boolean expression (scalars never start with "(").
      this.i++
      const e = this.or()
      this.expectPunct(')')
      return e
    }
    const t = this.peek()
    const upper = t?.kind === 'word' ? t.value.toUpperCase() : ''
    if ((SPATIAL.includes(upper) || TEMPORAL.includes(upper)) && this.peek(1)?.value === '(') {
      this.i += 2
      const a = this.scalar()
      this.expectPunct(',')
      const b = this.scalar()
      this.expectPunct(')')
      return { op: upper.toLowerCase(), args: [a, b] }
    }
    if (upper === 'TRUE' || upper === 'FALSE') {
      const next = this.peek(1)
      if (!next || next.kind === 'word' || next.value === ')') {
        this.i++
        return upper === 'TRUE'
      }
    }
    const left = this.scalar()
    const negated = this.isWord('NOT') && (this.isWord('LIKE', 1) || this.isWord('BETWEEN', 1) || this.isWord('IN', 1))
    if (negated) this.i++
    const wrap = (e: Expr): Expr => (negated ? { op: 'not', args: [e] } : e)
    const op = this.peek()
    if (op?.kind === 'punct' && ['=', '<>', '<', '<=', '>', '>='].includes(op.value)) {
      this.i++
      return { op: op.value, args: [left, this.scalar()] }
    }
    if (this.isWord('LIKE')) {
      this.i++
      return wrap({ op: 'like', args: [left, this.scalar()] })
    }
    if (this.isWord('BETWEEN')) {
      this.i++
      const low = this.scalar()
      this.expectWord('AND')
      return wrap({ op: 'between', args: [left, low, this.scalar()] })
    }
    if (this.isWord('IN')) {
      this.i++
      this.expectPunct('(')
      const list = [this.scalar()]
      while (this.isPunct(',')) {
        this.i++
        list.push(this.scalar())
      }
      this.expectPunct(')')
      return wrap({ op: 'in', args: [left, list] })
    }
    if (this.isWord('IS')) {
      this.i++
      const not = this.isWord('NOT')
      if (not) this.i++
      this.expectWord('NULL')
      const e: Expr = { op: 'isNull', args: [left] }
      return not ? { op: 'not', args: [e] } : e
    }
    throw new CqlError(`Vergleich (=, <>, <, >, LIKE, BETWEEN, IN, IS NULL) erwartet ${this.where()}.`)
  }

  private scalar(): Expr {
    const t = this.peek()
    if (!t) throw new CqlError('Wert oder Eigenschaft erwartet am Ende.')
    if (t.kind === 'string') {
      this.i++
      return t.value
    }
    if (t.kind === 'number') {
      this.i++
      return Number(t.value)
    }
    if (t.kind === 'quoted') {
      this.i++
      return { property: t.value }
    }
    if (t.kind !== 'word') throw new CqlError(`Wert oder Eigenschaft erwartet ${this.where()}.`)
    const upper = t.value.toUpperCase()
    const call = this.peek(1)?.value === '('
    if (upper === 'TRUE' || upper === 'FALSE') {
      this.i++
      return upper === 'TRUE'
    }
    if (call && (upper === 'DATE' || upper === 'TIMESTAMP')) {
      this.i += 2
      const s = this.peek()
      if (s?.kind !== 'string') throw new CqlError(`${upper}('…') braucht eine Zeichenkette ${this.where()}.`)
      this.i++
      this.expectPunct(')')
      return upper === 'DATE' ? { date: s.value } : { timestamp: s.value }
    }
    if (call && upper === 'INTERVAL') {
      this.i += 2
      const a = this.scalar()
      this.expectPunct(',')
      const b = this.scalar()
      this.expectPunct(')')
      return { interval: [a, b] }
    }
    if (call && upper === 'BBOX') {
      this.i += 2
      const nums = [this.number()]
      while (this.isPunct(',')) {
        this.i++
        nums.push(this.number())
      }
      this.expectPunct(')')
      if (nums.length !== 4 && nums.length !== 6) throw new CqlError('BBOX braucht 4 oder 6 Zahlen.')
      return { bbox: nums }
    }
    if (call && WKT.includes(upper)) {
      this.i++
      return this.wkt(upper)
    }
    if (RESERVED.has(upper)) throw new CqlError(`Wert oder Eigenschaft erwartet ${this.where()}.`)
    if (call) throw new CqlError(`Die Funktion „${t.value}“ gibt es hier nicht.`)
    this.i++
    return { property: t.value }
  }

  private number(): number {
    const t = this.peek()
    if (t?.kind !== 'number') throw new CqlError(`Zahl erwartet ${this.where()}.`)
    this.i++
    return Number(t.value)
  }
  private position(): number[] {
    const p = [this.number(), this.number()]
    if (this.peek()?.kind === 'number') p.push(this.number())
    return p
  }
  /** `(` item {`,` item} `)` */
  private list<T>(item: () => T): T[] {
    this.expectPunct('(')
    const out = [item()]
    while (this.isPunct(',')) {
      this.i++
      out.push(item())
    }
    this.expectPunct(')')
    return out
  }
  private wkt(type: string): Geometry {
    const ring = () => this.list(() => this.position())
    const polygon = () => this.list(ring)
    switch (type) {
      case 'POINT':
        return { type: 'Point', coordinates: this.list(() => this.position())[0] }
      case 'LINESTRING':
        return { type: 'LineString', coordinates: ring() }
      case 'POLYGON':
        return { type: 'Polygon', coordinates: polygon() }
      case 'MULTIPOINT':
        return { type: 'MultiPoint', coordinates: this.list(() => (this.isPunct('(') ? this.list(() => this.position())[0]! : this.position())) }
      case 'MULTILINESTRING':
        return { type: 'MultiLineString', coordinates: this.list(ring) }
      default:
        return { type: 'MultiPolygon', coordinates: this.list(polygon) }
    }
  }
}

/** Parses CQL2 text into cql2-json; throws CqlError with a German reason. */
export function parseCql2Text(input: string): Expr {
  return new Parser(tokenize(input)).parseAll()
}
