import { REGION } from '../region.ts'
import type { I18nText, LayerId } from './types.ts'

/*
 * Theme maps (Themenkarten) for councils: a fixed view of the atlas that answers one
 * question of the planning workshops, opened in one click from the start page /themen
 * or by link (`/#thema=<id>`). Filters use the viewer's filter model (a set of enum
 * values or a numeric range per property); themes.test.ts checks every layer, property,
 * value and analysis setting against the catalogue, so a renamed property fails there.
 */

/** A condition of the viewer's filter model (viewer/src/filters/filter-model.ts). */
export type ThemeCondition = { kind: 'values'; values: string[] } | { kind: 'range'; min?: number; max?: number }

/** What the analysis panel shows when the theme opens (the URL's `analysis=` state). */
export interface ThemeAnalysis {
  tab: 'sites' | 'health'
  /** Rail catchment radius in metres (sites tab). */
  catchmentM?: number
  /** Travel mode and thresholds in minutes (health tab). */
  health?: { mode: 'car' | 'bike' | 'walk'; cellSize: 250 | 500 | 1000; thresholds: number[] }
}

export interface ThemeDef {
  /** URL slug: /#thema=<id>. */
  id: string
  title: I18nText
  /** Two or three sentences in plain language for council members. */
  explanation: I18nText
  /** Exactly the catalogue layers shown; all others are switched off. */
  layers: LayerId[]
  filters: Partial<Record<LayerId, Record<string, ThemeCondition>>>
  /** lon/lat extent the map fits on opening. */
  bbox: [number, number, number, number]
  analysis?: ThemeAnalysis
  /** Pictogram on the start page (viewer/src/themes/ThemeIcon.tsx). */
  icon: 'rail' | 'health' | 'pool' | 'projects'
}

export const themes: readonly ThemeDef[] = [
  {
    id: 'bauland-an-der-schiene',
    title: { de: 'Bauland an der Schiene', en: 'Building land along the railway' },
    explanation: {
      de: 'Wo liegen Flächen für neue Wohnungen und Betriebe in Fußwegnähe zu einem Bahnhalt? Die Kreise zeigen 1.200 m um jeden Halt; die Tabelle ordnet die Flächen nach Nähe und Größe.',
      en: 'Where are sites for new homes and businesses within walking distance of a rail stop? The circles show 1,200 m around each stop; the table ranks the sites by proximity and size.',
    },
    layers: ['municipalities', 'rail_lines', 'rail_stops', 'development_land'],
    filters: {},
    bbox: REGION.bbox,
    analysis: { tab: 'sites', catchmentM: 1200 },
    icon: 'rail',
  },
  {
    id: 'gesundheitsversorgung',
    title: { de: 'Gesundheitsversorgung', en: 'Health care' },
    explanation: {
      de: 'Wie schnell erreichen die Menschen in jedem Ort ein Allgemeinkrankenhaus (Grundversorgung, ohne Psychiatrie und Fachkliniken)? Die Farben zeigen die Fahrzeit mit dem Auto: hell bis 10 Minuten, dunkel über 30 Minuten.',
      en: 'How quickly do people in each place reach a general hospital (basic care, without psychiatry and specialist clinics)? The colours show the driving time: light up to 10 minutes, dark over 30 minutes.',
    },
    layers: ['municipalities', 'health_facilities'],
    filters: { health_facilities: { type: { kind: 'values', values: ['krankenhaus'] }, care_type: { kind: 'values', values: ['general'] } } },
    bbox: REGION.bbox,
    analysis: { tab: 'health', health: { mode: 'car', cellSize: 500, thresholds: [10, 20, 30] } },
    icon: 'health',
  },
  {
    id: 'ausgleichsflaechenpool',
    title: { de: 'Ausgleichsflächenpool', en: 'Compensation area pool' },
    explanation: {
      de: 'Welche Flächen bieten die Kommunen als Ausgleich für Bauvorhaben an, und wie viele Ökopunkte sind dort noch frei? Gezeigt sind geplante, verfügbare und reservierte Flächen (Beispieldaten).',
      en: 'Which areas do the municipalities offer to offset building projects, and how many eco points are still free there? Shown are planned, available and reserved areas (sample data).',
    },
    layers: ['municipalities', 'compensation_areas'],
    filters: { compensation_areas: { status: { kind: 'values', values: ['geplant', 'verfuegbar', 'reserviert'] } } },
    bbox: REGION.bbox,
    icon: 'pool',
  },
  {
    id: 'projekte-in-der-region',
    title: { de: 'Projekte in der Region', en: 'Projects in the region' },
    explanation: {
      de: 'Was planen und bauen die Kommunen gerade? Jeder Punkt ist ein Projekt; die Farbe zeigt das Handlungsfeld. Ein Klick öffnet Ansprechpartner und Erfahrungen.',
      en: 'What are the municipalities planning and building right now? Each dot is a project; its colour shows the action field. A click opens contacts and lessons learned.',
    },
    layers: ['municipalities', 'projects'],
    filters: { projects: { status: { kind: 'values', values: ['planung', 'umsetzung', 'abgeschlossen'] } } },
    bbox: REGION.bbox,
    icon: 'projects',
  },
]

const themesById = new Map(themes.map((t) => [t.id, t]))

/** The theme with this slug, or undefined: slugs come from URLs and must be checked. */
export function findTheme(id: string): ThemeDef | undefined {
  return themesById.get(id)
}
