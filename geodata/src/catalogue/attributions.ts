import type { Attribution } from './types.ts'

/** Attribution texts exactly as the data sources ask for them (see geodata/SOURCES.md). */
export const attributions = {
  bkg: {
    text: '© GeoBasis-DE / BKG (2025); Einwohnerzahlen © Statistisches Bundesamt (Destatis); verändert',
    licence: 'dl-de/by-2-0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
  },
  zensus: {
    text: '© Statistische Ämter des Bundes und der Länder, Zensus 2011 (1-km-Gitter); verändert',
    licence: 'dl-de/by-2-0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
  },
  dbStations: {
    text: 'Stationsdaten: DB InfraGO AG, CC BY 4.0 (via db-stations)',
    licence: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  dbProducts: {
    text: 'Zugprodukte/IFOPT: DB InfraGO AG (CC BY 4.0) und © OpenStreetMap-Mitwirkende (ODbL) via db-hafas-stations',
    licence: 'CC BY 4.0 / ODbL 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/',
  },
  rinf: {
    text: 'Streckennetz (schematisch): European Union Agency for Railways (ERA), RINF, Stand Februar 2022',
    licence: 'EU reuse notice (2011/833/EU)',
  },
  osm: {
    text: 'Straßennetz: © OpenStreetMap-Mitwirkende, ODbL 1.0',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  hospitals: {
    text: 'Krankenhausstandorte: Eurostat GISCO, Healthcare services in Europe; Verzeichnis der Krankenhausstandorte (DKG), Stand 08.03.2020',
    licence: 'EUPL-1.2 (Sammlung); Nutzungsbedingungen des Registers ungeklärt',
    url: 'https://github.com/eurostat/basic-services',
  },
  sample: {
    text: 'Beispieldaten (erfunden) – keine amtlichen Angaben',
    licence: 'CC0',
  },
} as const satisfies Record<string, Attribution>
