import type { Geometry } from 'geojson'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { asArray, crsOfSrsName, surfaceOf, text } from './gml.ts'
import { bplanStatusOf, GENERAL_USE_LABELS, SPECIFIC_USE_LABELS, useOf } from './xplan-codes.ts'
import { FileProblem, type Crs, type RawFeature, type RawLayer } from './types.ts'

/*
 * XPlanGML 5.x and 6.0 (the German exchange standard for land-use plans). A BP_Plan's
 * building areas (BP_BaugebietsTeilFlaeche) and an FP_Plan's (FP_BebauungsFlaeche)
 * become development-land features with the register's keys: use from the type of
 * building use, planning status from the B-Plan's legal status (an F-Plan: fnp), the
 * plan's name and gml:id, the municipality's AGS, and the area's gml:id as the stable
 * source key for a re-import. A plan without building areas contributes its extent
 * (raeumlicherGeltungsbereich) as one site. The plan's areas are linked through
 * BP_Bereich/FP_Bereich (gehoertZuBereich → gehoertZuPlan); a file with one plan needs
 * no links.
 */

type Node = Record<string, unknown>

const SUPPORTED = /^(5\.[0-4]|6\.0)$/

export function xplanVersionOf(xml: string): string | null {
  const match = /xmlns(?::\w+)?\s*=\s*"http:\/\/www\.xplanung\.de\/xplangml\/(\d+)\/(\d+)"/.exec(xml)
  return match ? `${match[1]}.${match[2]}` : null
}

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false })

/** Every feature object of the collection, with its type name. */
function featuresOf(root: Node): { type: string; node: Node }[] {
  const members = [...asArray(root['featureMember'] as Node | Node[]), ...asArray(root['featureMembers'] as Node | Node[]), ...asArray(root['member'] as Node | Node[])]
  return members.flatMap((m) => Object.entries(m).flatMap(([type, value]) => (type.startsWith('@_') ? [] : asArray(value as Node | Node[]).map((node) => ({ type, node })))))
}

const href = (v: unknown) => ((v as Node | undefined)?.['@_href'] as string | undefined)?.replace(/^#/, '')

export function readXPlanGml(bytes: Uint8Array, name: string): RawLayer[] {
  const xml = new TextDecoder().decode(bytes)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new FileProblem('broken-xml', `Die XML-Datei ist fehlerhaft (Zeile ${valid.err.line}, Spalte ${valid.err.col}): ${valid.err.msg}`)
  const version = xplanVersionOf(xml)
  if (!version) throw new FileProblem('not-xplangml', 'Die XML-Datei ist kein XPlanGML (der Namensraum http://www.xplanung.de/xplangml/… fehlt).')
  if (!SUPPORTED.test(version)) throw new FileProblem('xplan-version', `XPlanGML ${version} wird nicht unterstützt; unterstützt sind die Versionen 5.0 bis 5.4 und 6.0.`)
  const doc = parser.parse(xml) as Node
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?'))
  const root = (rootName ? doc[rootName] : undefined) as Node | undefined
  if (!root) throw new FileProblem('empty-file', 'Die XPlanGML-Datei enthält keine Objekte.')
  const envelope = (root['boundedBy'] as Node | undefined)?.['Envelope'] as Node | undefined
  const fallback = crsOfSrsName(envelope?.['@_srsName'] as string | undefined)
  const all = featuresOf(root)
  const byId = new Map(all.map((f) => [f.node['@_id'] as string, f]))
  const plans = all.filter((f) => f.type === 'BP_Plan' || f.type === 'FP_Plan')
  if (plans.length === 0) throw new FileProblem('xplan-no-plan', 'Die XPlanGML-Datei enthält keinen BP_Plan und keinen FP_Plan.')
  const planOf = (area: Node) => {
    const bereich = byId.get(href(area['gehoertZuBereich']) ?? '')
    const plan = bereich && byId.get(href(bereich.node['gehoertZuPlan']) ?? '')
    return plan ?? (plans.length === 1 ? plans[0] : undefined)
  }
  let crs: Crs | null = null
  const features: RawFeature[] = []
  const add = (plan: { type: string; node: Node }, area: Node | null, geometryProperty: unknown, index: number) => {
    const { geometry, crs: own } = surfaceOf(geometryProperty, fallback)
    crs ??= own
    const planNode = plan.node
    const general = text(area?.['allgArtDerBaulNutzung'])
    const specific = text(area?.['besondereArtDerBaulNutzung'])
    const planName = text(planNode['name']) ?? text(planNode['nummer']) ?? String(planNode['@_id'])
    const kind = specific ? SPECIFIC_USE_LABELS[specific] : general ? GENERAL_USE_LABELS[general] : undefined
    const municipality = (planNode['gemeinde'] as Node | undefined)?.['XP_Gemeinde'] as Node | undefined
    const properties: Record<string, unknown> = {
      name: area ? `${planName}: ${kind ?? 'Baufläche'} ${index}` : planName,
      use: area ? useOf(general, specific) : null,
      planning_status: plan.type === 'FP_Plan' ? 'fnp' : bplanStatusOf(text(planNode['rechtsstand'])),
      municipality_ags: text(municipality?.['ags'])?.slice(0, 8) ?? null,
      xplan_plan_id: String(planNode['@_id']),
      xplan_plan_name: planName,
      source_key: String((area ?? planNode)['@_id']),
      source: `XPlanGML ${version}`,
      reference_date: text(planNode['inkrafttretensDatum']) ?? text(planNode['technHerstellDatum']) ?? null,
      allgArtDerBaulNutzung: general ?? null,
      besondereArtDerBaulNutzung: specific ?? null,
      rechtsstand: text(planNode['rechtsstand']) ?? null,
    }
    const differs = own && crs && own.label !== crs.label
    features.push({ geometry: differs ? null : (geometry as Geometry | null), properties, ...(differs ? { geometryProblem: `anderes Koordinatensystem (${own.label}) als der Rest der Datei (${crs!.label})` } : {}) })
  }
  for (const plan of plans) {
    const areaType = plan.type === 'BP_Plan' ? 'BP_BaugebietsTeilFlaeche' : 'FP_BebauungsFlaeche'
    const areas = all.filter((f) => f.type === areaType && planOf(f.node) === plan)
    if (areas.length === 0) add(plan, null, plan.node['raeumlicherGeltungsbereich'], 0)
    areas.forEach((a, i) => add(plan, a.node, a.node['position'], i + 1))
  }
  return [{ name, crs: crs ?? { kind: 'none', label: '' }, features }]
}
