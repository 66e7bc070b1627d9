/** Shape of the hand-written project seeds and the municipality groups they refer to. */
import type { Pos } from './geo.ts'

export type ActionField = 'mittelstand' | 'mobilitaet' | 'kommunen_ohne_grenzen' | 'stadt_land_quartier'
export type ProjectStatus = 'idee' | 'planung' | 'umsetzung' | 'abgeschlossen' | 'gestoppt'

export interface ProjectSeed {
  title: string
  summary: string
  description: string
  field: ActionField
  status: ProjectStatus
  /** Member municipality names (resolved to AGS by the generator). */
  munis: string[]
  start: string | null
  end: string | null
  /** Name, role, e-mail local part (@example.org). */
  contact: [string, string, string]
  consent: boolean
  problems: string
  lessons: string
  funding: string
  /** Slug for the placeholder link https://example.org/projekte/<slug>. */
  slug: string
  tags: string[]
  /** none: no location; point: near the town centre (or at the given position); polygon: small area of that many hectares. */
  geo: { kind: 'none' } | { kind: 'point'; at?: Pos } | { kind: 'polygon'; ha: number; at?: Pos }
}

export const KREIS_PADERBORN = ['Paderborn', 'Altenbeken', 'Bad Lippspringe', 'Bad Wünnenberg', 'Borchen', 'Büren', 'Delbrück', 'Hövelhof', 'Lichtenau', 'Salzkotten']
export const KREIS_HOEXTER = ['Bad Driburg', 'Beverungen', 'Borgentreich', 'Brakel', 'Höxter', 'Marienmünster', 'Nieheim', 'Steinheim', 'Warburg', 'Willebadessen']
export const KREIS_LIPPE = ['Barntrup', 'Detmold', 'Schlangen']
export const KREIS_SOEST = ['Erwitte', 'Geseke', 'Lippstadt', 'Warstein']
/** Members in Ostwestfalen-Lippe (Regierungsbezirk Detmold). */
export const OWL = [...KREIS_PADERBORN, ...KREIS_HOEXTER, ...KREIS_LIPPE, 'Verl']
