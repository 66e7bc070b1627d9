/** Compensation measure types: typical sizes, shapes, biotope values (NRW scale 0–10) and wording. */
export type Measure =
  | 'extensivierung_gruenland' | 'aufforstung' | 'waldumbau' | 'gewaesserrenaturierung' | 'streuobstwiese'
  | 'hecke_feldgehoelz' | 'entsiegelung' | 'bluehstreifen' | 'sonstiges'

/** "Lippe" → "der Lippe", "Ölbach" → "des Ölbachs". */
const genitive = (river: string): string =>
  /bach$|Bach$|^Jordan$|^Gieseler$/.test(river) ? `des ${river}s` : `der ${river}`

interface MeasureSpec {
  weight: number
  /** Area range in hectares. */
  ha: [number, number]
  /** Length-to-width ratio range. */
  aspect: [number, number]
  /** Biotope value pairs [before, after] in points per m². */
  values: [number, number][]
  names: string[]
  describe: (river: string) => string
}

export const MEASURES: Record<Measure, MeasureSpec> = {
  extensivierung_gruenland: {
    weight: 5, ha: [1, 12], aspect: [1, 2.2], values: [[3, 5], [3, 6], [2, 5]],
    names: ['Extensivgrünland', 'Feuchtwiese', 'Magergrünland'],
    describe: () => 'Umwandlung von intensiv genutztem Grünland in extensiv bewirtschaftetes Grünland mit später Mahd und ohne Düngung.',
  },
  aufforstung: {
    weight: 3, ha: [2, 15], aspect: [1, 2], values: [[2, 5], [2, 6]],
    names: ['Erstaufforstung', 'Laubwaldanlage'],
    describe: () => 'Erstaufforstung einer Ackerfläche mit standortheimischen Laubgehölzen wie Stieleiche, Hainbuche und Vogelkirsche.',
  },
  waldumbau: {
    weight: 3, ha: [3, 15], aspect: [1, 1.8], values: [[4, 6], [4, 7], [3, 6]],
    names: ['Waldumbau', 'Laubmischwald'],
    describe: () => 'Umbau eines durch Dürre und Borkenkäfer geschädigten Fichtenbestands zu einem klimastabilen Laubmischwald.',
  },
  gewaesserrenaturierung: {
    weight: 4, ha: [1, 8], aspect: [4, 7], values: [[3, 7], [4, 8], [3, 8]],
    names: ['Renaturierung'],
    describe: (river) => `Naturnahe Umgestaltung ${genitive(river)} mit Uferabflachung, Totholzeinbau und einem breiten Gewässerrandstreifen.`,
  },
  streuobstwiese: {
    weight: 4, ha: [0.5, 4], aspect: [1, 1.8], values: [[2, 6], [3, 7], [2, 7]],
    names: ['Streuobstwiese'],
    describe: () => 'Anlage einer Streuobstwiese mit regionalen Hochstamm-Obstsorten auf bisherigem Acker, gepflegt von einem örtlichen Verein.',
  },
  hecke_feldgehoelz: {
    weight: 3, ha: [0.5, 3], aspect: [4, 6], values: [[2, 6], [2, 7]],
    names: ['Heckenpflanzung', 'Feldgehölz'],
    describe: () => 'Pflanzung einer mehrreihigen Hecke aus heimischen Sträuchern mit Krautsaum zur Vernetzung der Feldflur.',
  },
  entsiegelung: {
    weight: 1, ha: [0.5, 2], aspect: [1, 1.6], values: [[0, 4], [1, 5]],
    names: ['Entsiegelung'],
    describe: () => 'Rückbau versiegelter Flächen und Entwicklung von Ruderal- und Grünlandvegetation.',
  },
  bluehstreifen: {
    weight: 2, ha: [0.5, 3], aspect: [5, 8], values: [[2, 4], [2, 5]],
    names: ['Blühstreifen', 'Blühfläche'],
    describe: () => 'Mehrjährige Blühstreifen mit regionalem Saatgut als Lebensraum für Insekten und Feldvögel.',
  },
  sonstiges: {
    weight: 1, ha: [0.5, 5], aspect: [1, 2], values: [[3, 5], [3, 6]],
    names: ['Amphibiengewässer', 'Kalkmagerrasen'],
    describe: () => 'Anlage von Kleingewässern und Pflege eines Kalkmagerrasens als Lebensraum für Amphibien und Reptilien.',
  },
}
