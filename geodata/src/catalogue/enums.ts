import type { EnumOption } from './types.ts'

/*
 * Enumerations shared by the database (CHECK constraints in the migrations use the
 * same values), the API (validation, filters) and the viewer (labels, colours).
 * Colours come from Paul Tol's colour-blind-safe schemes (personal.sron.nl/~pault).
 */

export const developmentUses = [
  { value: 'wohnen', label: { de: 'Wohnen', en: 'Residential' }, color: '#EE7733' },
  { value: 'gewerbe', label: { de: 'Gewerbe', en: 'Commercial' }, color: '#0077BB' },
  { value: 'gemischt', label: { de: 'Gemischt', en: 'Mixed use' }, color: '#EE3377' },
] as const satisfies readonly EnumOption[]

export const planningStatuses = [
  { value: 'potenzial', label: { de: 'Potenzialfläche', en: 'Potential site' } },
  { value: 'fnp', label: { de: 'im Flächennutzungsplan', en: 'In the land-use plan' } },
  { value: 'bplan_aufstellung', label: { de: 'Bebauungsplan in Aufstellung', en: 'Zoning plan in preparation' } },
  { value: 'bplan_rechtskraeftig', label: { de: 'Bebauungsplan rechtskräftig', en: 'Zoning plan in force' } },
  { value: 'in_erschliessung', label: { de: 'in Erschließung', en: 'Being serviced' } },
] as const satisfies readonly EnumOption[]

export const measureTypes = [
  { value: 'extensivierung_gruenland', label: { de: 'Extensivierung Grünland', en: 'Grassland extensification' } },
  { value: 'aufforstung', label: { de: 'Aufforstung', en: 'Afforestation' } },
  { value: 'waldumbau', label: { de: 'Waldumbau', en: 'Forest conversion' } },
  { value: 'gewaesserrenaturierung', label: { de: 'Gewässerrenaturierung', en: 'River restoration' } },
  { value: 'streuobstwiese', label: { de: 'Streuobstwiese', en: 'Traditional orchard' } },
  { value: 'hecke_feldgehoelz', label: { de: 'Hecke/Feldgehölz', en: 'Hedge/copse' } },
  { value: 'entsiegelung', label: { de: 'Entsiegelung', en: 'Unsealing' } },
  { value: 'bluehstreifen', label: { de: 'Blühstreifen', en: 'Flower strip' } },
  { value: 'sonstiges', label: { de: 'Sonstiges', en: 'Other' } },
] as const satisfies readonly EnumOption[]

export const compensationStatuses = [
  { value: 'geplant', label: { de: 'geplant', en: 'planned' }, color: '#BBBBBB' },
  { value: 'verfuegbar', label: { de: 'verfügbar', en: 'available' }, color: '#228833' },
  { value: 'reserviert', label: { de: 'reserviert', en: 'reserved' }, color: '#CCBB44' },
  { value: 'zugeordnet', label: { de: 'zugeordnet', en: 'fully booked' }, color: '#4477AA' },
  { value: 'stillgelegt', label: { de: 'stillgelegt', en: 'retired' }, color: '#AA3377' },
] as const satisfies readonly EnumOption[]

export const landOwnerTypes = [
  { value: 'kommunal', label: { de: 'kommunal', en: 'municipal' } },
  { value: 'privat', label: { de: 'privat', en: 'private' } },
  { value: 'stiftung', label: { de: 'Stiftung', en: 'foundation' } },
  { value: 'land', label: { de: 'Land NRW', en: 'State of NRW' } },
] as const satisfies readonly EnumOption[]

export const bookingKinds = [
  { value: 'reservierung', label: { de: 'Reservierung', en: 'Reservation' } },
  { value: 'abbuchung', label: { de: 'Abbuchung', en: 'Booking' } },
] as const satisfies readonly EnumOption[]

export const bookingStatuses = [
  { value: 'aktiv', label: { de: 'aktiv', en: 'active' } },
  { value: 'freigegeben', label: { de: 'freigegeben', en: 'released' } },
  { value: 'storniert', label: { de: 'storniert', en: 'cancelled' } },
] as const satisfies readonly EnumOption[]

export const facilityTypes = [
  { value: 'krankenhaus', label: { de: 'Krankenhaus', en: 'Hospital' }, color: '#CC3311' },
  { value: 'tagesklinik', label: { de: 'Tagesklinik', en: 'Day clinic' }, color: '#EE7733' },
  { value: 'mvz', label: { de: 'MVZ', en: 'Medical care centre' }, color: '#009988' },
  { value: 'hausarzt', label: { de: 'Hausarztpraxis', en: 'GP practice' }, color: '#0077BB' },
  { value: 'apotheke', label: { de: 'Apotheke', en: 'Pharmacy' }, color: '#33BBEE' },
  { value: 'reha', label: { de: 'Reha-Klinik', en: 'Rehabilitation clinic' }, color: '#EE3377' },
] as const satisfies readonly EnumOption[]

/**
 * What care a hospital site gives (derived from the site name, see SOURCES.md 3.4). Only
 * `general` sites count for the G-BA rule on basic inpatient care.
 */
export const careTypes = [
  { value: 'general', label: { de: 'Allgemeinkrankenhaus (Grundversorgung)', en: 'General hospital (basic care)' }, color: '#CC3311' },
  { value: 'psychiatry', label: { de: 'Psychiatrie/Psychosomatik', en: 'Psychiatry/psychosomatics' }, color: '#AA3377' },
  { value: 'specialist', label: { de: 'Fachklinik', en: 'Specialist clinic' }, color: '#0077BB' },
] as const satisfies readonly EnumOption[]

export const actionFields = [
  { value: 'mittelstand', label: { de: 'Der neue Mittelstand', en: 'The new Mittelstand' }, color: '#4477AA' },
  { value: 'mobilitaet', label: { de: 'Die neue Mobilität', en: 'The new mobility' }, color: '#EE6677' },
  { value: 'kommunen_ohne_grenzen', label: { de: 'Die neuen Kommunen ohne Grenzen', en: 'The new municipalities without borders' }, color: '#228833' },
  { value: 'stadt_land_quartier', label: { de: 'Das neue Stadt Land Quartier', en: 'The new town-country quarter' }, color: '#CCBB44' },
] as const satisfies readonly EnumOption[]

export const projectStatuses = [
  { value: 'idee', label: { de: 'Idee', en: 'Idea' } },
  { value: 'planung', label: { de: 'in Planung', en: 'Being planned' } },
  { value: 'umsetzung', label: { de: 'in Umsetzung', en: 'Being implemented' } },
  { value: 'abgeschlossen', label: { de: 'abgeschlossen', en: 'Completed' } },
  { value: 'gestoppt', label: { de: 'gestoppt', en: 'Stopped' } },
] as const satisfies readonly EnumOption[]

/** The values of an option list, e.g. for a zod enum or an SQL CHECK constraint. */
export function optionValues<T extends readonly EnumOption[]>(options: T): T[number]['value'][] {
  return options.map((o) => o.value)
}
