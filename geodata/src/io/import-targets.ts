import { findLayer } from '../catalogue/index.ts'
import type { EnumOption, LayerId, PropertyType } from '../catalogue/types.ts'

/*
 * What an import may write into a collection: the catalogue's fields that a file can
 * fill, which are required, and the German column names and values that usually stand
 * for them in municipal files (the mapping proposal reads them).
 */

export interface ImportField {
  key: string
  type: PropertyType
  label: string
  required: boolean
  options?: readonly EnumOption[]
  /** Column names (normalised: lower case, umlauts spelt out, only letters and digits). */
  synonyms: readonly string[]
  /** Values (normalised) that stand for an option's code. */
  valueSynonyms?: Record<string, readonly string[]>
}

export interface ImportTarget {
  collection: LayerId
  fields: readonly ImportField[]
}

type FieldSpec = Pick<ImportField, 'required' | 'synonyms' | 'valueSynonyms'>

function target(collection: LayerId, specs: Record<string, FieldSpec>): ImportTarget {
  const layer = findLayer(collection)!
  return {
    collection,
    fields: Object.entries(specs).map(([key, spec]) => {
      const p = layer.properties.find((x) => x.key === key)
      if (!p) throw new Error(`${collection}.${key} is not in the catalogue`)
      return { key, type: p.type, label: p.label.de, ...(p.options && { options: p.options }), ...spec }
    }),
  }
}

export const developmentLandImport: ImportTarget = target('development_land', {
  name: { required: true, synonyms: ['name', 'bezeichnung', 'bez', 'flaechenname', 'flaechenbezeichnung', 'titel', 'objektname', 'standort'] },
  municipality_ags: { required: true, synonyms: ['municipalityags', 'ags', 'gemeindeschluessel', 'gemeindekennziffer', 'gkz', 'gemschl', 'kommuneags'] },
  use: {
    required: true,
    synonyms: ['use', 'nutzung', 'nutzungsart', 'artdernutzung', 'art', 'flaechenart', 'nutzungsart'],
    valueSynonyms: {
      wohnen: ['w', 'wa', 'wr', 'ws', 'wb', 'wohnbauflaeche', 'wohngebiet', 'wohnbau'],
      gewerbe: ['g', 'ge', 'gi', 'gewerbeflaeche', 'gewerbliche bauflaeche', 'gewerbegebiet', 'industrie', 'industriegebiet'],
      gemischt: ['m', 'mi', 'mu', 'mk', 'md', 'mischgebiet', 'gemischte bauflaeche', 'mischnutzung', 'urbanes gebiet', 'kerngebiet', 'dorfgebiet'],
      sondergebiet: ['so', 's', 'sonderbauflaeche', 'sondergebiet', 'sondernutzung'],
    },
  },
  planning_status: {
    required: true,
    synonyms: ['planningstatus', 'planungsstand', 'planstand', 'planungsrecht', 'planrecht', 'stand', 'status'],
    valueSynonyms: {
      potenzial: ['potenzialflaeche', 'potential', 'potentialflaeche', 'reserve', 'ohne planungsrecht'],
      fnp: ['flaechennutzungsplan', 'fnpdarstellung', 'im fnp', 'fnp dargestellt', 'fnp reserve'],
      bplan_aufstellung: ['in aufstellung', 'bplan in aufstellung', 'b plan in aufstellung', 'aufstellung', 'bebauungsplan in aufstellung'],
      bplan_rechtskraeftig: ['rechtskraeftig', 'bplan', 'b plan', 'bplan rechtskraeftig', 'b plan rechtskraeftig', 'bebauungsplan', 'bebauungsplan rechtskraeftig', '30 baugb', '34 baugb'],
      in_erschliessung: ['erschliessung', 'in erschliessung'],
      bebaut: ['bebaut', 'realisiert', 'fertig'],
    },
  },
  reserve_type: {
    required: false,
    synonyms: ['reservetype', 'reservetyp', 'reserveart', 'flaechentyp', 'typ', 'kategorie', 'lage'],
    valueSynonyms: { bauluecke: ['baulucke', 'luecke'], innenbereich: ['innen', 'innenentwicklung'], aussenbereich: ['aussen', 'aussenentwicklung'], brachflaeche: ['brache', 'brachflache'] },
  },
  availability: {
    required: false,
    synonyms: ['availability', 'verfuegbarkeit', 'verfuegbar', 'mobilisierbarkeit', 'zeithorizont'],
    valueSynonyms: { kurzfristig: ['sofort', 'kurz'], mittelfristig: ['mittel'], langfristig: ['lang'], blockiert: ['nicht verfuegbar', 'gesperrt'] },
  },
  restrictions: { required: false, synonyms: ['restrictions', 'restriktionen', 'restriktion', 'hemmnisse', 'hemmnis', 'einschraenkungen'] },
  net_area_ha: { required: false, synonyms: ['netareaha', 'nettoflaeche', 'nettoflaecheha', 'nettoha', 'flaechenetto'] },
  planned_dwellings: { required: false, synonyms: ['planneddwellings', 'we', 'wohneinheiten', 'anzahlwe', 'geplantewe', 'weplan'] },
  planned_jobs: { required: false, synonyms: ['plannedjobs', 'arbeitsplaetze', 'ap', 'geplanteap', 'beschaeftigte'] },
  xplan_plan_id: { required: false, synonyms: ['xplanplanid', 'planid', 'xplanid'] },
  xplan_plan_name: { required: false, synonyms: ['xplanplanname', 'planname', 'bplanname', 'bebauungsplan'] },
  source_key: { required: false, synonyms: ['sourcekey', 'id', 'objektid', 'objid', 'flaechenid', 'flaechennr', 'nr', 'nummer', 'kennung', 'schluessel', 'gmlid', 'fid'] },
  reference_date: { required: false, synonyms: ['referencedate', 'stichtag', 'datum', 'erhebungsdatum', 'stand datum', 'standdatum'] },
  description: { required: false, synonyms: ['description', 'beschreibung', 'bemerkung', 'bemerkungen', 'hinweis', 'hinweise', 'anmerkung', 'kommentar'] },
})

export const importTargets: Partial<Record<LayerId, ImportTarget>> = { development_land: developmentLandImport }
