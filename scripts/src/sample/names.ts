/** Real place names (Ortsteile, rivers) used to give the invented records plausible German names. */

/** Ortsteile per municipality AGS (the town itself is added where needed). */
export const localities: Record<string, string[]> = {
  '05754044': ['Kaunitz', 'Sürenheide', 'Bornholte', 'Sende', 'Österwiehe'],
  '05762004': ['Dringenberg', 'Neuenheerse', 'Herste', 'Pömbsen', 'Alhausen'],
  '05762008': ['Dalhausen', 'Herstelle', 'Wehrden', 'Amelunxen', 'Drenke'],
  '05762012': ['Bühne', 'Borgholz', 'Natzungen', 'Großeneder', 'Manrode'],
  '05762016': ['Bökendorf', 'Hembsen', 'Riesel', 'Erkeln', 'Gehrden'],
  '05762020': ['Ottbergen', 'Godelheim', 'Lüchtringen', 'Albaxen', 'Stahle'],
  '05762024': ['Vörden', 'Bredenborn', 'Kollerbeck', 'Löwendorf', 'Born'],
  '05762028': ['Holzhausen', 'Erwitzen', 'Merlsheim', 'Himmighausen', 'Sommersell'],
  '05762032': ['Sandebeck', 'Bergheim', 'Vinsebeck', 'Rolfzen', 'Ottenhausen'],
  '05762036': ['Scherfede', 'Ossendorf', 'Daseburg', 'Rimbeck', 'Germete'],
  '05762040': ['Peckelsheim', 'Borlinghausen', 'Eissen', 'Fölsen', 'Schweckhausen'],
  '05766012': ['Sonneborn', 'Alverdissen', 'Selbeck', 'Harkemissen'],
  '05766020': ['Heiligenkirchen', 'Pivitsheide', 'Hiddesen', 'Remmighausen', 'Heidenoldendorf'],
  '05766064': ['Kohlstädt', 'Oesterholz-Haustenbeck'],
  '05774004': ['Buke', 'Schwaney'],
  '05774008': [],
  '05774012': ['Kirchborchen', 'Nordborchen', 'Etteln', 'Dörenhagen', 'Alfen'],
  '05774016': ['Steinhausen', 'Brenken', 'Wewelsburg', 'Harth', 'Weiberg'],
  '05774020': ['Westenholz', 'Ostenland', 'Boke', 'Lippling', 'Anreppen'],
  '05774024': ['Riege', 'Espeln', 'Hövelsenne'],
  '05774028': ['Atteln', 'Henglarn', 'Kleinenberg', 'Husen', 'Herbram'],
  '05774032': ['Elsen', 'Schloß Neuhaus', 'Sande', 'Wewer', 'Marienloh', 'Dahl', 'Benhausen'],
  '05774036': ['Upsprunge', 'Scharmede', 'Thüle', 'Verne', 'Niederntudorf'],
  '05774040': ['Haaren', 'Fürstenberg', 'Leiberg', 'Helmern', 'Bleiwäsche'],
  '05958024': ['Westheim', 'Bredelar', 'Padberg', 'Essentho', 'Obermarsberg'],
  '05974016': ['Bad Westernkotten', 'Horn', 'Völlinghausen', 'Schmerlecke', 'Eikeloh'],
  '05974020': ['Störmede', 'Ehringhausen', 'Langeneicke', 'Mönninghausen', 'Eringerfeld'],
  '05974028': ['Cappel', 'Lipperode', 'Bökenförde', 'Bad Waldliesborn', 'Overhagen'],
  '05974044': ['Belecke', 'Suttrop', 'Hirschberg', 'Allagen', 'Sichtigvor'],
}

/** Streams and rivers per municipality, for Gewässerrenaturierung. */
export const rivers: Record<string, string[]> = {
  '05754044': ['Ölbach'], '05762004': ['Aa'], '05762008': ['Bever', 'Weser'], '05762012': ['Eggel'],
  '05762016': ['Nethe', 'Brucht'], '05762020': ['Grube', 'Weser'], '05762024': ['Nethe'], '05762028': ['Emmer'],
  '05762032': ['Emmer', 'Beller Bach'], '05762036': ['Diemel', 'Twiste'], '05762040': ['Nethe'], '05766012': ['Bega'],
  '05766020': ['Werre', 'Berlebecke'], '05766064': ['Strothe'], '05774004': ['Beke'], '05774008': ['Jordan', 'Lippe'],
  '05774012': ['Altenau', 'Alme'], '05774016': ['Alme', 'Afte'], '05774020': ['Lippe', 'Haustenbach'],
  '05774024': ['Ems', 'Krollbach'], '05774028': ['Altenau', 'Sauer'], '05774032': ['Pader', 'Lippe', 'Alme'],
  '05774036': ['Heder'], '05774040': ['Afte', 'Aabach'], '05958024': ['Diemel', 'Glinde'],
  '05974016': ['Gieseler'], '05974020': ['Störmeder Bach'], '05974028': ['Lippe', 'Glenne'], '05974044': ['Wester', 'Möhne'],
}

/** Typical Westphalian field and street names (Flurnamen). */
export const fieldNames = [
  'Am Lohfeld', 'Auf der Heide', 'Im Bruch', 'Hohes Feld', 'Im Siek', 'Am Hagen', 'Kuhweide', 'Ostfeld',
  'Am Dornbusch', 'Im Mersch', 'Auf der Brede', 'Am Knapp', 'Am Kalkofen', 'In der Aue', 'Mühlenkamp',
  'Am Sportplatz', 'Lange Wende', 'Auf dem Esch', 'Am Hellweg', 'Im Grund', 'Westerfeld', 'Kirchkamp',
  'Am Steinbruch', 'Lindenweg', 'Schäferkamp', 'Am Wasserturm', 'Im Kämpen', 'Südfeld',
]

export const roman = ['', ' II', ' III', ' IV', ' V']

/** Zone words per use (development land). */
export const zoneWords = {
  wohnen: ['Wohngebiet', 'Wohnbaufläche', 'Baugebiet'],
  gewerbe: ['Gewerbegebiet', 'Gewerbe- und Industriegebiet', 'Gewerbepark'],
  gemischt: ['Mischgebiet', 'Urbanes Gebiet', 'Quartier'],
} as const

export const directions = ['Nord', 'Süd', 'Ost', 'West', 'Nordost', 'Südwest']

/** District short codes for invented authority file numbers. */
export const districtCodes: Record<string, string> = {
  'Kreis Paderborn': 'PB', 'Kreis Höxter': 'HX', 'Kreis Lippe': 'LIP', 'Kreis Soest': 'SO',
  Hochsauerlandkreis: 'HSK', 'Kreis Gütersloh': 'GT',
}

/** Keeps names unique by appending II, III, … */
export class UniqueNames {
  private readonly seen = new Map<string, number>()
  make(base: string): string {
    const n = this.seen.get(base) ?? 0
    this.seen.set(base, n + 1)
    return n === 0 ? base : `${base}${roman[n] ?? ` ${n + 1}`}`
  }
}

/** German number formatting with one decimal (e.g. 4,2). */
export const de1 = (v: number): string => v.toFixed(1).replace('.', ',')
