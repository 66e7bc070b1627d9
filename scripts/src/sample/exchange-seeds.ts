/** Invented posts of the exchange board (Ich suche / Ich biete); only the municipalities are real. */


export interface ExchangeSeed {
  type: 'suche' | 'biete'
  category: 'beschaffung' | 'personal' | 'ausstattung' | 'fachwissen' | 'it_schulen' | 'oekopunkte' | 'sonstiges'
  muni: string
  title: string
  description: string
  /** Role of the contact person (names, e-mails and phones are placeholders). */
  role: string
  consent: boolean
  /** Days before the seed ran that the post was made. */
  postedDaysAgo: number
  /** Days after the seed ran that the post expires; negative: already expired. */
  expiresInDays: number
  /** Whether the post has a location (near the town centre). */
  located: boolean
}

export const exchangeSeeds: ExchangeSeed[] = [
  { type: 'suche', category: 'beschaffung', muni: 'Borchen', title: 'Partner für gemeinsame Beschaffung eines Löschgruppenfahrzeugs LF 10',
    description: 'Die Freiwillige Feuerwehr Borchen ersetzt 2027 ein LF 10. Wir suchen eine oder zwei Kommunen, die sich der Ausschreibung anschließen (gleiche Normbeladung, Sammelbestellung).',
    role: 'Fachbereich Ordnung', consent: true, postedDaysAgo: 20, expiresInDays: 120, located: true },
  { type: 'biete', category: 'ausstattung', muni: 'Paderborn', title: 'Kehrmaschine des Bauhofs tageweise abzugeben',
    description: 'Unsere Kompakt-Kehrmaschine steht dienstags und donnerstags meist still. Verleih an Nachbarkommunen mit Fahrer oder nach Einweisung, Abrechnung nach Betriebsstunden.',
    role: 'Leitung Bauhof', consent: true, postedDaysAgo: 12, expiresInDays: 80, located: true },
  { type: 'biete', category: 'ausstattung', muni: 'Delbrück', title: 'Mobile Bühne für Veranstaltungen zu verleihen',
    description: 'Bühne 8 × 6 m mit Überdachung, Transport per Anhänger. Ideal für Dorffeste und Stadtfeste; Aufbau mit zwei Personen in drei Stunden.',
    role: 'Kulturbüro', consent: false, postedDaysAgo: 30, expiresInDays: 60, located: true },
  { type: 'biete', category: 'ausstattung', muni: 'Salzkotten', title: 'Streusalzsilo (Restkapazität) für den Winterdienst',
    description: 'Unser neues Silo hat rund 40 t freie Kapazität. Nachbarkommunen können Salz einlagern und bei Bedarf abholen.',
    role: 'Bauhof', consent: true, postedDaysAgo: 200, expiresInDays: -40, located: true },
  { type: 'suche', category: 'personal', muni: 'Lichtenau', title: 'Vertretung Standesamt während Elternzeit',
    description: 'Für sechs Monate ab Frühjahr suchen wir eine Standesbeamtin oder einen Standesbeamten aus einer Nachbarkommune für zwei Trautage im Monat (Abordnung oder Amtshilfe).',
    role: 'Hauptamt', consent: true, postedDaysAgo: 8, expiresInDays: 45, located: false },
  { type: 'biete', category: 'personal', muni: 'Bad Lippspringe', title: 'Gemeinsamer Pool für Vertretungen im Bauamt',
    description: 'Wir bieten an, mit zwei bis drei Kommunen einen Vertretungspool für Bauantragsprüfung aufzubauen: feste Ansprechpartner, Abrechnung nach Stunden.',
    role: 'Fachbereich Bauen', consent: true, postedDaysAgo: 15, expiresInDays: 150, located: false },
  { type: 'suche', category: 'it_schulen', muni: 'Büren', title: 'IT-Betreuung für zwei Grundschulen gesucht',
    description: 'Die Betreuung der Tablets und des WLANs an zwei Grundschulen ist zum Schuljahresende offen. Wer betreut schon Schulen und hätte Kapazität für einen Verbund?',
    role: 'Schulverwaltung', consent: true, postedDaysAgo: 5, expiresInDays: 90, located: true },
  { type: 'biete', category: 'it_schulen', muni: 'Hövelhof', title: 'Mobiles Device-Management für Schultablets mitnutzen',
    description: 'Unsere MDM-Lizenz deckt 1.500 Geräte, wir nutzen 700. Andere Schulträger können Geräte einbinden; wir teilen Einrichtung und Profile.',
    role: 'IT der Gemeinde', consent: false, postedDaysAgo: 25, expiresInDays: 100, located: false },
  { type: 'suche', category: 'oekopunkte', muni: 'Geseke', title: 'Ökopunkte für Gewerbegebiet Ost gesucht',
    description: 'Für den Bebauungsplan Gewerbegebiet Ost suchen wir rund 85.000 Ökopunkte, möglichst im Naturraum Hellwegbörde.',
    role: 'Stadtplanung', consent: true, postedDaysAgo: 40, expiresInDays: 200, located: true },
  { type: 'biete', category: 'oekopunkte', muni: 'Marsberg', title: 'Ökopunkte aus Waldumbau verfügbar',
    description: 'Aus einem Waldumbau am Diemelhang sind rund 120.000 Ökopunkte verfügbar; Reservierung über den regionalen Pool möglich.',
    role: 'Forst und Umwelt', consent: true, postedDaysAgo: 60, expiresInDays: 240, located: true },
  { type: 'suche', category: 'fachwissen', muni: 'Nieheim', title: 'Erfahrungen mit Dorfladen-Genossenschaften',
    description: 'Ein Ortsteil möchte einen Dorfladen gründen. Wer hat Erfahrungen mit Genossenschaftsmodellen, Förderung und Ladentechnik?',
    role: 'Wirtschaftsförderung', consent: true, postedDaysAgo: 18, expiresInDays: 70, located: false },
  { type: 'biete', category: 'fachwissen', muni: 'Lippstadt', title: 'Beratung zur kommunalen Wärmeplanung',
    description: 'Wir haben die kommunale Wärmeplanung abgeschlossen und teilen Ausschreibungsunterlagen, Datenanfragen an Netzbetreiber und Erfahrungen mit dem Beteiligungsprozess.',
    role: 'Klimaschutzmanagement', consent: true, postedDaysAgo: 10, expiresInDays: 180, located: false },
  { type: 'suche', category: 'beschaffung', muni: 'Warburg', title: 'Sammelbestellung Streugut und Splitt',
    description: 'Für den kommenden Winter bündeln wir die Bestellung von Streusalz und Splitt. Interessierte Kommunen melden ihre Mengen bis Ende des Monats.',
    role: 'Bauhof', consent: false, postedDaysAgo: 150, expiresInDays: -20, located: true },
  { type: 'biete', category: 'beschaffung', muni: 'Höxter', title: 'Rahmenvertrag Straßenbeleuchtung (LED) zum Mitnutzen',
    description: 'Unser Rahmenvertrag für LED-Leuchten enthält eine Öffnungsklausel für Kommunen im Kreis. Konditionen und Leistungsverzeichnis auf Anfrage.',
    role: 'Vergabestelle', consent: true, postedDaysAgo: 35, expiresInDays: 110, located: false },
  { type: 'biete', category: 'ausstattung', muni: 'Brakel', title: 'Hubsteiger (20 m) mit Bediener',
    description: 'Hubarbeitsbühne auf Lkw, 20 m Arbeitshöhe, für Baumpflege und Beleuchtung. Einsatz mit unserem Bediener, Abrechnung nach Stunden.',
    role: 'Bauhof', consent: true, postedDaysAgo: 22, expiresInDays: 30, located: true },
  { type: 'suche', category: 'ausstattung', muni: 'Altenbeken', title: 'Mähraupe für Steilhänge gesucht',
    description: 'Für die Pflege der Böschungen am Viadukt suchen wir im Sommer für etwa zwei Wochen eine ferngesteuerte Mähraupe.',
    role: 'Bauhof', consent: true, postedDaysAgo: 14, expiresInDays: 75, located: true },
  { type: 'suche', category: 'personal', muni: 'Erwitte', title: 'Gemeinsame Stelle Datenschutzbeauftragte(r)',
    description: 'Wir möchten mit einer oder zwei Kommunen eine gemeinsame Stelle für den Datenschutz schaffen (öffentlich-rechtliche Vereinbarung).',
    role: 'Hauptamt', consent: false, postedDaysAgo: 120, expiresInDays: -5, located: false },
  { type: 'biete', category: 'it_schulen', muni: 'Detmold', title: 'Schulung für Lehrkräfte: Tablets im Unterricht',
    description: 'Unser Medienzentrum bietet Plätze in Fortbildungen für Lehrkräfte anderer Schulträger an (halbtägig, vor Ort oder online).',
    role: 'Medienzentrum', consent: true, postedDaysAgo: 300, expiresInDays: -90, located: true },
  { type: 'biete', category: 'sonstiges', muni: 'Bad Driburg', title: 'Ausrangierte Büromöbel kostenlos abzugeben',
    description: 'Nach dem Umzug der Verwaltung geben wir 30 Schreibtische, 45 Stühle und Rollcontainer ab. Selbstabholung.',
    role: 'Zentrale Dienste', consent: true, postedDaysAgo: 6, expiresInDays: 21, located: true },
  { type: 'suche', category: 'fachwissen', muni: 'Steinheim', title: 'Austausch zu Starkregen-Gefahrenkarten',
    description: 'Wir beginnen mit einem Starkregen-Risikomanagement. Wer hat Gefahrenkarten erstellt und kann von Ausschreibung und Bürgerinformation berichten?',
    role: 'Tiefbau', consent: true, postedDaysAgo: 3, expiresInDays: 60, located: false },
  { type: 'biete', category: 'personal', muni: 'Geseke', title: 'Ausbildungsplätze Verwaltungsfachangestellte im Verbund',
    description: 'Wir bilden im Verbund aus und haben zwei freie Plätze für Auszubildende, die Stationen bei Partnerkommunen durchlaufen.',
    role: 'Personalamt', consent: true, postedDaysAgo: 45, expiresInDays: 50, located: false },
]
