import type { PropertyDef } from '@regiopol/geodata'
import { InvalidParameter } from '../errors.ts'
import { dayOf } from './datetime.ts'

export type FilterValue = string | number | boolean

/** `in_region (in der Region)`: how a detail names a property, key first (it is what the user typed). */
export const named = (p: PropertyDef) => `„${p.key}“ (${p.label.de})`

/**
 * Types whose values can never contain a comma, so `a,b` is unambiguously "a or b".
 * Free text can (names like „Renaturierung Ems Abschnitt 1, Hövelhof“), so there the
 * whole value is one value; lists of text go through CQL2 `IN`.
 */
export const commaListTypes = new Set<PropertyDef['type']>(['enum', 'integer', 'number', 'boolean', 'date'])

/**
 * One value of a property filter, typed by the catalogue. Booleans take true/false and
 * 1/0 (GDAL sends OGR booleans as integers); dates take a date or a date-time (its UTC day).
 */
export function parseValue(property: PropertyDef, raw: string, parameter = property.key): FilterValue {
  const fail = (why: string) => new InvalidParameter(parameter, `Filter ${named(property)}: ${why}`)
  // PostgreSQL text cannot hold NUL; other control characters are never meaningful here.
  if (/[\u0000-\u001f]/.test(raw)) throw fail('der Wert enthält Steuerzeichen.')
  switch (property.type) {
    case 'integer':
      if (!/^-?\d{1,15}$/.test(raw)) throw fail(`„${raw}“ ist keine ganze Zahl.`)
      return Number(raw)
    case 'number':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw fail(`„${raw}“ ist keine Zahl.`)
      return Number(raw)
    case 'boolean':
      if (raw === 'true' || raw === '1') return true
      if (raw === 'false' || raw === '0') return false
      throw fail(`erlaubt sind true/false oder 1/0, nicht „${raw}“.`)
    case 'date': {
      const day = dayOf(raw)
      if (!day) throw fail(`„${raw}“ ist kein Datum der Form JJJJ-MM-TT.`)
      return day
    }
    default:
      if (property.type === 'enum' && property.options && !property.options.some((o) => o.value === raw)) {
        throw fail(`„${raw}“ ist kein erlaubter Wert (erlaubt: ${property.options.map((o) => o.value).join(', ')}).`)
      }
      return raw
  }
}

/** The values of `key=value`: a comma list only where values cannot hold a comma. */
export function parseValues(property: PropertyDef, raw: string): FilterValue[] {
  const parts = commaListTypes.has(property.type) ? raw.split(',') : [raw]
  return parts.map((v) => parseValue(property, v))
}
