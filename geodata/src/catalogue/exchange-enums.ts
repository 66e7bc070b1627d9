import type { EnumOption } from './types.ts'

/*
 * Enumerations of the exchange board (Ich suche / Ich biete); the CHECK constraints of
 * migration 0012 hold the same values (the catalogue test compares them).
 * Colours: Paul Tol's bright scheme, so "suche" and "biete" stay apart for colour-blind readers.
 */

export const exchangeTypes = [
  { value: 'suche', label: { de: 'Ich suche', en: 'Looking for' }, color: '#AA3377' },
  { value: 'biete', label: { de: 'Ich biete', en: 'Offering' }, color: '#228833' },
] as const satisfies readonly EnumOption[]

export const exchangeCategories = [
  { value: 'beschaffung', label: { de: 'Gemeinsame Beschaffung', en: 'Joint procurement' }, color: '#4477AA' },
  { value: 'personal', label: { de: 'Personalpool', en: 'Shared staff' }, color: '#EE6677' },
  { value: 'ausstattung', label: { de: 'Geräte und Ausstattung', en: 'Equipment' }, color: '#CCBB44' },
  { value: 'fachwissen', label: { de: 'Fachwissen und Beratung', en: 'Expertise' }, color: '#66CCEE' },
  { value: 'it_schulen', label: { de: 'IT-Unterstützung für Schulen', en: 'IT support for schools' }, color: '#AA3377' },
  { value: 'oekopunkte', label: { de: 'Ökopunkte / Ausgleichsflächen', en: 'Eco points / compensation areas' }, color: '#228833' },
  { value: 'sonstiges', label: { de: 'Sonstiges', en: 'Other' }, color: '#BBBBBB' },
] as const satisfies readonly EnumOption[]
