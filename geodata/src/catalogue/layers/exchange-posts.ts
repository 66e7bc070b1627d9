import { attributions } from '../attributions.ts'
import { exchangeCategories, exchangeTypes } from '../exchange-enums.ts'
import { municipalityAgs, municipalityName, sampleFlag } from '../labels.ts'
import type { LayerDef } from '../types.ts'

/*
 * The exchange board as an OGC API collection. Anyone reads the current posts; contact
 * details come only where the contact agreed (the views of migration 0012 blank them
 * otherwise). Expired and closed posts stay in the database: signed-in accounts list them
 * with `?include=expired`.
 */
export const exchangePosts: LayerDef = {
  id: 'exchange_posts',
  relation: 'exchange_posts_current',
  writable: true,
  expiredRelation: 'exchange_posts_all',
  idColumn: 'id',
  idType: 'integer',
  geometryType: 'Point',
  geometryOptional: true,
  group: 'projekte',
  title: { de: 'Ich suche / Ich biete', en: 'Looking for / Offering' },
  description: {
    de: 'Tauschbörse der Kommunen: gemeinsame Beschaffung, Personal, Geräte, Fachwissen, IT für Schulen, Ökopunkte. Nur aktuelle Beiträge; die Beispielbeiträge sind erfunden.',
    en: 'Exchange board of the municipalities: joint procurement, staff, equipment, expertise, IT for schools, eco points. Current posts only; the sample posts are invented.',
  },
  nameProperty: 'title',
  properties: [
    { key: 'title', type: 'string', label: { de: 'Titel', en: 'Title' }, queryable: true },
    { key: 'type', type: 'enum', label: { de: 'Art', en: 'Type' }, options: exchangeTypes, queryable: true },
    { key: 'category', type: 'enum', label: { de: 'Kategorie', en: 'Category' }, options: exchangeCategories, queryable: true },
    municipalityAgs,
    municipalityName,
    { key: 'description', type: 'string', label: { de: 'Beschreibung', en: 'Description' } },
    { key: 'contact_name', type: 'string', label: { de: 'Ansprechperson', en: 'Contact person' } },
    { key: 'contact_role', type: 'string', label: { de: 'Funktion', en: 'Role' } },
    { key: 'contact_email', type: 'string', label: { de: 'E-Mail', en: 'E-mail' } },
    { key: 'contact_phone', type: 'string', label: { de: 'Telefon', en: 'Phone' } },
    { key: 'contact_consent', type: 'boolean', label: { de: 'Kontakt freigegeben', en: 'Contact may be shown' } },
    { key: 'posted_on', type: 'date', label: { de: 'Eingestellt am', en: 'Posted on' }, queryable: true },
    { key: 'expires_on', type: 'date', label: { de: 'Läuft ab am', en: 'Expires on' }, queryable: true },
    { key: 'closed_on', type: 'date', label: { de: 'Geschlossen am', en: 'Closed on' }, queryable: true },
    { key: 'expired', type: 'boolean', label: { de: 'Abgelaufen', en: 'Expired' } },
    sampleFlag,
  ],
  style: { color: '#AA3377', colorBy: 'type', labelBy: 'title', minzoom: 0 },
  attribution: [attributions.sample],
  sample: true,
  visibleByDefault: false,
  sourceLayer: 'exchange_posts',
  temporal: { start: 'posted_on', end: 'expires_on' },
}
