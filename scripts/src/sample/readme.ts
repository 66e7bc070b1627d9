/** Text of geodata/seed/sample/README.md (English and German). */
export interface Counts {
  development: number
  compensation: number
  bookings: number
  projects: number
  exchange: number
  seed: number
}

export const readme = (c: Counts): string => `# Sample records / Beispieldatensätze

**These are invented sample records. They do not describe real plans, sites, bookings or people.**
**Dies sind erfundene Beispieldatensätze. Sie beschreiben keine realen Planungen, Flächen, Buchungen oder Personen.**

| File | Content | Records |
|---|---|---|
| \`development_land.geojson\` | development land (Bauland- und Siedlungsflächenpotenziale), MultiPolygon | ${c.development} |
| \`compensation_areas.geojson\` | compensation-area pool (Ausgleichsflächenpool / Ökokonto), MultiPolygon | ${c.compensation} |
| \`compensation_bookings.json\` | ledger of reservations and bookings of eco points against those areas (\`area_id\`) | ${c.bookings} |
| \`projects.geojson\` | project database (Projektdatenbank), Point, Polygon or no geometry | ${c.projects} |
| \`exchange_posts.geojson\` | exchange board (Ich suche / Ich biete), Point or no geometry; dates relative to the seed day (\`posted_days_ago\`, \`expires_in_days\`, negative = expired) | ${c.exchange} |
| \`municipality_contacts.json\` | the regiopolPate contact of each municipality (placeholder names, example.org); written by hand, not by the generator | 29 |

## English

Every record carries \`sample: true\`. The files were produced by a deterministic generator
(\`scripts/src/sample/generate.ts\`, seeded pseudo-random numbers, seed ${c.seed}); running it again gives
byte-identical files. Only the following inputs are real: the municipality boundaries
(\`geodata/data/municipalities.geojson\`), the rail stops (\`geodata/data/rail_stops.geojson\`, stops with
\`in_region: true\`), GeoNames town centres (\`geodata/data/places_geonames.geojson\`) and place and river names.

- **Development land**: shapes of 0.3–40 ha placed inside the municipality named by \`municipality_ags\`
  (at least 60 m from its border) and never overlapping each other or a compensation area. About a third have
  their centroid within 600 m of a rail stop, a third 1–3 km away, the rest more than 3 km away.
- **Compensation areas**: 0.5–15 ha, \`eco_points_total = round((biotope_value_after − biotope_value_before) × area in m²)\`,
  with the area from a local planar approximation (within 0.1 % of the area in EPSG:25832). The bookings are consistent
  with the area status: active bookings never exceed the total, \`zugeordnet\` areas are booked exactly,
  \`geplant\` and \`stillgelegt\` areas have no active bookings.
- **Projects**: the titles of eight real initiatives of the region are real (e.g. „Fahr mit“-App, Dorfauto Borchen,
  IMOK Paderborn, TecUP, Innovation Spin Lemgo, Produktionsscouts.Digital, Radverkehrskonzept OWL,
  Koordinierungsstelle Zukunftsnetz Mobilität NRW); their descriptions, dates, problems, lessons and contacts are
  invented. All contacts are placeholders: names like „Erika Mustermann“, e-mail addresses at example.org and
  phone numbers of the form +49 5251 000000. Links point to example.org.
- **Exchange posts** (Ich suche / Ich biete): invented offers and requests of real member municipalities, some with a
  point near the town centre. Dates are relative to the day the seed runs: \`posted_days_ago\` and \`expires_in_days\`
  (negative: expired, so the board always shows a few hidden expired posts). Contacts are placeholders as above.

Regenerate (from the repository root):

\`\`\`sh
npx --yes tsx scripts/src/sample/generate.ts
\`\`\`

## Deutsch

Alle Datensätze tragen \`sample: true\`. Die Dateien erzeugt ein deterministischer Generator
(\`scripts/src/sample/generate.ts\`, Pseudozufallszahlen mit festem Startwert ${c.seed}); ein erneuter Lauf liefert
byte-gleiche Dateien. Real sind nur die Eingangsdaten: Gemeindegrenzen, Bahnhöfe (\`in_region: true\`),
GeoNames-Ortsmittelpunkte sowie Orts- und Gewässernamen.

- **Bauland**: Flächen von 0,3–40 ha innerhalb der Kommune aus \`municipality_ags\` (mindestens 60 m Abstand zur
  Gemeindegrenze), ohne Überschneidungen untereinander oder mit Ausgleichsflächen. Etwa ein Drittel liegt mit dem
  Schwerpunkt höchstens 600 m von einem Bahnhof entfernt, ein Drittel 1–3 km, der Rest mehr als 3 km.
- **Ausgleichsflächen**: 0,5–15 ha, \`eco_points_total = round((biotope_value_after − biotope_value_before) × Fläche in m²)\`.
  Die Buchungen passen zum Status: aktive Buchungen überschreiten nie den Gesamtwert, \`zugeordnet\` ist genau
  ausgebucht, \`geplant\` und \`stillgelegt\` haben keine aktiven Buchungen.
- **Projekte**: Die Titel von acht realen Initiativen der Region sind echt; Beschreibungen, Daten, Probleme,
  Erkenntnisse und Kontakte sind erfunden. Kontakte sind Platzhalter (Mustermann-Namen, example.org,
  Telefonnummern der Form +49 5251 000000).
- **Börse** (Ich suche / Ich biete): erfundene Angebote und Gesuche realer Mitgliedskommunen, teils mit einem Punkt nahe
  dem Ortskern. Daten relativ zum Tag des Seeds (\`posted_days_ago\`, \`expires_in_days\`; negativ = abgelaufen).

Neu erzeugen (im Wurzelverzeichnis des Repositorys):

\`\`\`sh
npx --yes tsx scripts/src/sample/generate.ts
\`\`\`
`
