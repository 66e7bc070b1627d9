/**
 * Threshold presets with the source the UI shows next to them. Users can always
 * enter their own values; these only pre-fill the inputs.
 *
 * @example
 * const p = THRESHOLD_PRESETS.find((t) => t.id === 'gba-hospital')!
 * p.value // 30 (minutes by car); p.source names the G-BA rule
 */

export interface ThresholdPreset {
  id: string
  kind: 'distance' | 'time'
  /** Metres for kind 'distance', minutes for kind 'time'. */
  value: number
  mode?: 'walk' | 'bike' | 'car'
  label: { de: string; en: string }
  source: string
}

export const THRESHOLD_PRESETS: readonly ThresholdPreset[] = [
  {
    id: 'bbsr-stop',
    kind: 'distance',
    value: 600,
    mode: 'walk',
    label: { de: 'Einzugsbereich Haltestelle 600 m', en: 'Stop catchment 600 m' },
    source: 'BBSR, Deutschlandatlas: Einzugsbereich 600 m um Haltestellen',
  },
  {
    id: 'bbsr-station',
    kind: 'distance',
    value: 1200,
    mode: 'walk',
    label: { de: 'Einzugsbereich Bahnhof 1.200 m', en: 'Station catchment 1,200 m' },
    source: 'BBSR, Deutschlandatlas: Einzugsbereich 1.200 m um Bahnhöfe',
  },
  ...[1000, 2000, 3000].map(
    (m): ThresholdPreset => ({
      id: `bauland-schiene-${m / 1000}km`,
      kind: 'distance',
      value: m,
      mode: 'bike',
      label: { de: `Bauland an der Schiene ${m / 1000} km`, en: `Development land along rail ${m / 1000} km` },
      source: 'Land NRW, Initiative „Bauland an der Schiene“: Flächen im Umkreis von 1–3 km um SPNV-Haltepunkte',
    }),
  ),
  {
    id: 'gba-hospital',
    kind: 'time',
    value: 30,
    mode: 'car',
    label: { de: 'Allgemeinkrankenhaus 30 Pkw-Minuten', en: 'General hospital 30 car-minutes' },
    source:
      'G-BA, Regelungen zu Sicherstellungszuschlägen (§ 136c Abs. 3 SGB V): 30 Pkw-Minuten zum nächsten Krankenhaus der Grundversorgung (Innere Medizin und Chirurgie; hier: Versorgungsart „Allgemeinkrankenhaus“, ohne Psychiatrie und Fachkliniken); bedarfsnotwendig, wenn durch die Schließung mindestens 5.000 Einwohner mehr als 30 Minuten benötigen',
  },
  {
    id: 'gba-obstetrics',
    kind: 'time',
    value: 40,
    mode: 'car',
    label: { de: 'Geburtshilfe/Kinderheilkunde 40 Pkw-Minuten', en: 'Obstetrics/paediatrics 40 car-minutes' },
    source: 'G-BA, Regelungen zu Sicherstellungszuschlägen: 40 Pkw-Minuten für Geburtshilfe und Kinder- und Jugendmedizin',
  },
  {
    id: 'rin-mittelzentrum',
    kind: 'time',
    value: 30,
    mode: 'car',
    label: { de: 'Mittelzentrum 30 Pkw-Minuten', en: 'Middle-order centre 30 car-minutes' },
    source: 'FGSV, Richtlinien für integrierte Netzgestaltung (RIN 2008): Mittelzentrum in 30 Pkw-Minuten',
  },
]

/** G-BA: a hospital site is indispensable if its closure pushes this many people beyond the threshold. */
export const GBA_INDISPENSABLE_POPULATION = 5000
