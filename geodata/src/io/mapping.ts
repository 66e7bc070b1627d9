import type { ImportField, ImportTarget } from './import-targets.ts'

/*
 * Field mapping: which column of the file fills which field of the collection. The
 * proposal reads column names (German synonyms, any spelling of umlauts) and, where no
 * name fits, the values (a column whose values are all allowed values of an enumeration).
 * Applying a mapping turns a feature's attributes into the collection's values and lists
 * what is wrong with each: a value not allowed (with the allowed values), a required field
 * empty, a number or date that is none.
 *
 * @example
 * proposeMapping(developmentLandImport, ['Bezeichnung', 'Nutzung', 'Fläche_ha'], rows)
 * // { name: 'Bezeichnung', use: 'Nutzung' }
 */

/** Field key → column name in the file (or absent). */
export type FieldMapping = Record<string, string>

/** Values that apply to every feature where the file has none (e.g. the municipality of a single-municipality file). */
export type FieldDefaults = Record<string, string>

export const normalise = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const compact = (s: string) => normalise(s).replaceAll(' ', '')

/** The code of an enumeration value, from its code, its German label or a synonym; undefined when none fits. */
export function codeOf(field: ImportField, raw: string): string | undefined {
  const v = normalise(raw)
  for (const o of field.options ?? []) {
    if (normalise(o.value) === v || normalise(o.label.de) === v || compact(o.value) === v.replaceAll(' ', '')) return o.value
  }
  for (const [code, synonyms] of Object.entries(field.valueSynonyms ?? {})) if (synonyms.includes(v)) return code
  return undefined
}

export function proposeMapping(target: ImportTarget, columns: readonly string[], rows: readonly Record<string, unknown>[]): FieldMapping {
  const mapping: FieldMapping = {}
  const used = new Set<string>()
  for (const field of target.fields) {
    const column = columns.find((c) => !used.has(c) && (compact(c) === compact(field.key) || field.synonyms.includes(compact(c))))
    if (column) {
      mapping[field.key] = column
      used.add(column)
    }
  }
  // dBase cuts names to 10 characters ("Bezeichnun", "Planungsst"): a cut name that begins a synonym.
  for (const field of target.fields.filter((f) => !mapping[f.key])) {
    const column = columns.find((c) => !used.has(c) && c.length === 10 && field.synonyms.some((s) => s.length > 10 && s.startsWith(compact(c))))
    if (column) {
      mapping[field.key] = column
      used.add(column)
    }
  }
  // Enumerations not found by name: a column whose (non-empty) values all are allowed values.
  for (const field of target.fields.filter((f) => f.options && !mapping[f.key])) {
    const column = columns.find((c) => {
      if (used.has(c)) return false
      const values = rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined && String(v).trim() !== '')
      return values.length > 0 && values.every((v) => codeOf(field, String(v)) !== undefined)
    })
    if (column) {
      mapping[field.key] = column
      used.add(column)
    }
  }
  return mapping
}

export interface FieldProblem {
  code: 'value-not-allowed' | 'required-empty' | 'not-a-number' | 'not-a-date' | 'not-an-integer'
  field: string
  /** German sentence naming the field by its label. */
  message: string
}

const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

function convert(field: ImportField, raw: unknown): { value: unknown } | { problem: FieldProblem } {
  const fail = (code: FieldProblem['code'], message: string) => ({ problem: { code, field: field.key, message } })
  const text = String(raw).trim()
  switch (field.type) {
    case 'enum': {
      const code = codeOf(field, text)
      if (code) return { value: code }
      return fail('value-not-allowed', `${field.label}: „${text}“ ist nicht erlaubt; erlaubt sind ${field.options!.map((o) => `„${o.label.de}“`).join(', ')}.`)
    }
    case 'string[]': {
      const parts = Array.isArray(raw) ? raw.map(String) : text.split(/\s*[;,/|]\s*/).filter(Boolean)
      if (!field.options) return { value: parts }
      const codes = parts.map((p) => ({ p, code: codeOf(field, p) }))
      const bad = codes.filter((c) => !c.code).map((c) => `„${c.p}“`)
      if (bad.length) return fail('value-not-allowed', `${field.label}: ${bad.join(', ')} ${bad.length === 1 ? 'ist' : 'sind'} nicht erlaubt; erlaubt sind ${field.options.map((o) => `„${o.label.de}“`).join(', ')}.`)
      return { value: [...new Set(codes.map((c) => c.code))] }
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : Number(text.replace(/\./g, '').replace(',', '.'))
      if (!Number.isInteger(n) || n < 0) return fail('not-an-integer', `${field.label}: „${text}“ ist keine ganze Zahl ab 0.`)
      return { value: n }
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(text.replace(',', '.'))
      if (!Number.isFinite(n) || n < 0) return fail('not-a-number', `${field.label}: „${text}“ ist keine Zahl ab 0.`)
      return { value: n }
    }
    case 'date': {
      const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
      const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : text.slice(0, 10)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) return fail('not-a-date', `${field.label}: „${text}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).`)
      return { value: iso }
    }
    default:
      return { value: field.key === 'municipality_ags' ? text.padStart(8, '0') : text }
  }
}

/** A feature's values for the collection, and what is wrong with them. */
export function applyMapping(target: ImportTarget, mapping: FieldMapping, defaults: FieldDefaults, properties: Record<string, unknown>) {
  const values: Record<string, unknown> = {}
  const problems: FieldProblem[] = []
  for (const field of target.fields) {
    const column = mapping[field.key]
    const raw = column !== undefined && !empty(properties[column]) ? properties[column] : defaults[field.key]
    if (empty(raw)) {
      if (field.required) problems.push({ code: 'required-empty', field: field.key, message: `${field.label} ist leer, muss aber angegeben werden.` })
      continue
    }
    const converted = convert(field, raw)
    if ('problem' in converted) problems.push(converted.problem)
    else values[field.key] = converted.value
  }
  return { values, problems }
}
