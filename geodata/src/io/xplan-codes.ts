/*
 * XPlanung code lists (XPlanGML 5.x and 6.0 share these values) mapped to the
 * development-land register: the type of building use to `use`, a B-Plan's legal
 * status to `planning_status`. Codes without a counterpart stay unmapped, and the
 * validation report names them as values not allowed.
 */

/** XP_AllgArtDerBaulNutzung. */
const GENERAL_USE: Record<string, string> = { '1000': 'wohnen', '2000': 'gemischt', '3000': 'gewerbe', '4000': 'sondergebiet' }

/** XP_BesondereArtDerBaulNutzung (more specific; wins over the general one). */
const SPECIFIC_USE: Record<string, string> = {
  '1000': 'wohnen', // Kleinsiedlungsgebiet
  '1100': 'wohnen', // reines Wohngebiet
  '1200': 'wohnen', // allgemeines Wohngebiet
  '1300': 'wohnen', // besonderes Wohngebiet
  '1400': 'gemischt', // Dorfgebiet
  '1450': 'wohnen', // dörfliches Wohngebiet
  '1500': 'gemischt', // Mischgebiet
  '1550': 'gemischt', // urbanes Gebiet
  '1600': 'gemischt', // Kerngebiet
  '1700': 'gewerbe', // Gewerbegebiet
  '1800': 'gewerbe', // Industriegebiet
  '2000': 'sondergebiet', // Sondergebiet Erholung
  '2100': 'sondergebiet', // sonstiges Sondergebiet
  '3000': 'sondergebiet', // Wochenendhausgebiet
  '4000': 'sondergebiet', // Sondergebiet
}

export const SPECIFIC_USE_LABELS: Record<string, string> = {
  '1000': 'Kleinsiedlungsgebiet', '1100': 'Reines Wohngebiet', '1200': 'Allgemeines Wohngebiet', '1300': 'Besonderes Wohngebiet',
  '1400': 'Dorfgebiet', '1450': 'Dörfliches Wohngebiet', '1500': 'Mischgebiet', '1550': 'Urbanes Gebiet', '1600': 'Kerngebiet',
  '1700': 'Gewerbegebiet', '1800': 'Industriegebiet', '2000': 'Sondergebiet Erholung', '2100': 'Sonstiges Sondergebiet',
  '3000': 'Wochenendhausgebiet', '4000': 'Sondergebiet',
}

export const GENERAL_USE_LABELS: Record<string, string> = { '1000': 'Wohnbaufläche', '2000': 'Gemischte Baufläche', '3000': 'Gewerbliche Baufläche', '4000': 'Sonderbaufläche', '9999': 'Sonstige Baufläche' }

/** The register's use of a building area; the code's label and code when there is none (reported as not allowed). */
export function useOf(general: string | undefined, specific: string | undefined): string | null {
  if (specific && SPECIFIC_USE[specific]) return SPECIFIC_USE[specific]!
  if (general && GENERAL_USE[general]) return GENERAL_USE[general]!
  if (specific) return `${SPECIFIC_USE_LABELS[specific] ?? 'Besondere Art der baulichen Nutzung'} (${specific})`
  if (general) return `${GENERAL_USE_LABELS[general] ?? 'Allgemeine Art der baulichen Nutzung'} (${general})`
  return null
}

/**
 * BP_Rechtsstand: up to the statute (Satzung, 3000) a plan is being drawn up; in force
 * (4000) or partly lapsed (4500) it is legally binding. Lapsed and repealed plans have no
 * counterpart: the raw code goes to the report.
 */
export function bplanStatusOf(legalStatus: string | undefined): string | null {
  if (!legalStatus) return 'bplan_aufstellung'
  const code = Number(legalStatus)
  if (code < 4000) return 'bplan_aufstellung'
  if (code === 4000 || code === 4500) return 'bplan_rechtskraeftig'
  return `rechtsstand ${legalStatus}`
}
