/** Checks the committed sample records in geodata/seed/sample/ (self-contained: Node built-ins and vitest only). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

type Pos = [number, number]
type Ring = Pos[]
interface F { id: number; geometry: { type: string; coordinates: any } | null; properties: Record<string, any> }

const root = resolve(fileURLToPath(import.meta.url), '../../../..')
const read = (p: string): any => JSON.parse(readFileSync(resolve(root, p), 'utf8'))
const features = (p: string): F[] => read(p).features
const dev = features('geodata/seed/sample/development_land.geojson')
const comp = features('geodata/seed/sample/compensation_areas.geojson')
const projects = features('geodata/seed/sample/projects.geojson')
const exchange = features('geodata/seed/sample/exchange_posts.geojson')
const bookings: any[] = read('geodata/seed/sample/compensation_bookings.json')
const munis = features('geodata/data/municipalities.geojson')
const stops = features('geodata/data/rail_stops.geojson').filter((f) => f.properties.in_region === true)

// Local equirectangular metres around 51.7° N.
const KX = 111320 * Math.cos((51.7 * Math.PI) / 180)
const KY = 111320
const xy = (p: Pos): Pos => [(p[0] - 8.8) * KX, (p[1] - 51.7) * KY]
const open = (r: Ring): Ring => r.slice(0, -1)
const signed = (r: Ring): number => r.reduce((s, a, i) => { const b = r[(i + 1) % r.length]!; return s + a[0] * b[1] - b[0] * a[1] }, 0) / 2
const area = (r: Ring): number => { const lat = r.reduce((s, p) => s + p[1], 0) / r.length; return Math.abs(signed(r)) * KY * KY * Math.cos((lat * Math.PI) / 180) }
function centroid(r: Ring): Pos {
  let x = 0, y = 0
  r.forEach((a, i) => { const b = r[(i + 1) % r.length]!; const f = a[0] * b[1] - b[0] * a[1]; x += (a[0] + b[0]) * f; y += (a[1] + b[1]) * f })
  const a6 = 6 * signed(r)
  return [x / a6, y / a6]
}
function inRing(p: Pos, r: Ring): boolean {
  let inside = false
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!, [xj, yj] = r[j]!
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
const cross = (o: Pos, a: Pos, b: Pos): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
function segX(a: Pos, b: Pos, c: Pos, d: Pos): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d)
  if (d1 * d2 < 0 && d3 * d4 < 0) return true
  const on = (p: Pos, q: Pos, r: Pos): boolean => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1])
  return (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d))
}
const edges = (r: Ring): [Pos, Pos][] => r.map((p, i) => [p, r[(i + 1) % r.length]!])
const edgesCross = (a: Ring, b: Ring): boolean => edges(a).some(([p, q]) => edges(b).some(([r, s]) => segX(p, q, r, s)))
const box = (r: Ring): number[] => [Math.min(...r.map((p) => p[0])), Math.min(...r.map((p) => p[1])), Math.max(...r.map((p) => p[0])), Math.max(...r.map((p) => p[1]))]
function overlap(a: Ring, b: Ring): boolean {
  const [a0, a1, a2, a3] = box(a), [b0, b1, b2, b3] = box(b)
  if (a0! > b2! || b0! > a2! || a1! > b3! || b1! > a3!) return false
  return a.some((p) => inRing(p, b)) || b.some((p) => inRing(p, a)) || edgesCross(a, b)
}
const isSimple = (r: Ring): boolean => edges(r).every(([a, b], i, e) => e.every(([c, d], j) =>
  j <= i ? true : j === i + 1 || (i === 0 && j === e.length - 1) ? a[0] !== b[0] || a[1] !== b[1] : !segX(a, b, c, d)))
const muniRing = new Map(munis.map((m) => [m.properties.ags as string, open(m.geometry!.coordinates[0]).map(xy)]))
const stopXY = stops.map((s) => xy(s.geometry!.coordinates))
const nearest = (p: Pos): number => Math.min(...stopXY.map((s) => Math.hypot(s[0] - p[0], s[1] - p[1])))
const polyRings = (f: F): Ring[] => (f.geometry!.type === 'MultiPolygon' ? f.geometry!.coordinates.map((p: Ring[]) => p[0]) : [f.geometry!.coordinates[0]])
const siteRing = (f: F): Ring => open(polyRings(f)[0]!)

describe('sample records', () => {
  it('have the expected counts, ids and sample flags', () => {
    expect(dev.length).toBeGreaterThanOrEqual(60)
    expect(comp.length).toBeGreaterThanOrEqual(30)
    expect(projects.length).toBeGreaterThanOrEqual(20)
    for (const fs of [dev, comp, projects]) fs.forEach((f, i) => {
      expect(f.properties.sample).toBe(true)
      expect(f.id).toBe(i + 1)
      expect(f.properties.id).toBe(f.id)
    })
    bookings.forEach((b, i) => { expect(b.sample).toBe(true); expect(b.id).toBe(i + 1) })
  })

  it('have valid counter-clockwise polygons inside their municipality', () => {
    for (const f of [...dev, ...comp, ...projects.filter((p) => p.geometry && p.geometry.type !== 'Point')]) {
      const ags: string[] = [f.properties.municipality_ags].flat()
      for (const closed of polyRings(f)) {
        expect(closed[0]).toEqual(closed[closed.length - 1])
        for (const p of closed) expect(p.every((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6)).toBe(true)
        const r = open(closed)
        expect(signed(r)).toBeGreaterThan(0)
        expect(isSimple(r), `${f.properties.name ?? f.properties.title} is not simple`).toBe(true)
        const rx = r.map(xy)
        const inside = (m: Ring): boolean => rx.every((p) => inRing(p, m)) && !edgesCross(rx, m)
        expect(ags.some((a) => inside(muniRing.get(a)!)), `${f.properties.name ?? f.properties.title} outside`).toBe(true)
      }
    }
  })

  it('place development land and compensation areas without overlaps', () => {
    const sites = [...dev, ...comp].map(siteRing)
    for (let i = 0; i < sites.length; i++) for (let j = i + 1; j < sites.length; j++) expect(overlap(sites[i]!, sites[j]!), `${i}/${j}`).toBe(false)
  })

  it('mix development land near and far from rail stops', () => {
    const d = dev.map((f) => nearest(xy(centroid(siteRing(f)))))
    expect(d.filter((v) => v <= 600).length).toBeGreaterThanOrEqual(15)
    expect(d.filter((v) => v >= 1000 && v <= 3000).length).toBeGreaterThanOrEqual(15)
    expect(d.filter((v) => v > 3000).length).toBeGreaterThanOrEqual(15)
    for (const ags of new Set(stops.map((s) => s.properties.municipality_ags)))
      expect(dev.some((f, i) => f.properties.municipality_ags === ags && d[i]! <= 600), `near site in ${ags}`).toBe(true)
    for (const fs of [dev, comp]) expect(new Set(fs.map((f) => f.properties.municipality_ags)).size).toBeGreaterThanOrEqual(20)
    for (const f of dev) expect(area(siteRing(f)) / 1e4).toBeGreaterThanOrEqual(0.3)
  })

  it('keep the compensation ledger consistent', () => {
    for (const a of comp) {
      const p = a.properties
      expect(Math.abs(p.eco_points_total - (p.biotope_value_after - p.biotope_value_before) * area(siteRing(a))) / p.eco_points_total).toBeLessThan(0.01)
      const active = bookings.filter((b) => b.area_id === a.id && b.status === 'aktiv')
      const sum = active.reduce((s, b) => s + b.points, 0)
      expect(sum, p.name).toBeLessThanOrEqual(p.eco_points_total)
      if (p.status === 'zugeordnet') expect(sum).toBe(p.eco_points_total)
      if (p.status === 'verfuegbar') expect(sum).toBeLessThan(p.eco_points_total)
      if (p.status === 'reserviert') expect(active.some((b) => b.kind === 'reservierung')).toBe(true)
      if (p.status === 'geplant' || p.status === 'stillgelegt') expect(active).toHaveLength(0)
      expect(p.status === 'geplant' ? p.implemented_date === null : p.implemented_date > p.planned_date).toBe(true)
    }
    for (const b of bookings) expect(Number.isInteger(b.points) && b.points > 0 && comp.some((a) => a.id === b.area_id)).toBe(true)
    expect(bookings.some((b) => b.municipality_ags !== comp.find((a) => a.id === b.area_id)!.properties.municipality_ags)).toBe(true)
  })

  it('contain the real initiatives and searchable German text', () => {
    const titles = projects.map((p) => p.properties.title as string)
    for (const t of ['Fahr mit', 'Dorfauto Borchen', 'IMOK', 'TecUP', 'Innovation Spin', 'Produktionsscouts.Digital', 'Radverkehrskonzept OWL', 'Zukunftsnetz Mobilität NRW'])
      expect(titles.some((x) => x.includes(t)), t).toBe(true)
    const text = (p: F): string => [p.properties.title, p.properties.summary, p.properties.description].join(' ')
    expect(projects.filter((p) => /Mobilität/.test(text(p))).length).toBeGreaterThanOrEqual(3)
    for (const field of ['mittelstand', 'mobilitaet', 'kommunen_ohne_grenzen', 'stadt_land_quartier'])
      expect(projects.filter((p) => p.properties.action_field === field).length).toBeGreaterThanOrEqual(3)
    const members = new Set(muniRing.keys())
    for (const p of projects) {
      expect(p.properties.municipality_ags.length).toBeGreaterThanOrEqual(1)
      expect(p.properties.municipality_ags.every((a: string) => members.has(a))).toBe(true)
      expect(p.properties.contact_email).toMatch(/@example\.org$/)
      if (p.geometry?.type === 'Point') expect(p.properties.municipality_ags.some((a: string) => inRing(xy(p.geometry!.coordinates), muniRing.get(a)!))).toBe(true)
    }
    expect(projects.find((p) => p.properties.title === 'Dorfauto Borchen')?.properties.municipality_ags).toEqual(['05774012'])
  })

  it('have exchange posts of both kinds in every category, some expired, placed in their municipality', () => {
    expect(exchange.length).toBeGreaterThanOrEqual(20)
    expect(exchange.every((p) => p.properties.sample === true && p.properties.contact_email.endsWith('@example.org'))).toBe(true)
    for (const type of ['suche', 'biete']) expect(exchange.filter((p) => p.properties.type === type).length).toBeGreaterThanOrEqual(8)
    for (const c of ['beschaffung', 'personal', 'ausstattung', 'fachwissen', 'it_schulen', 'oekopunkte', 'sonstiges'])
      expect(exchange.some((p) => p.properties.category === c), c).toBe(true)
    const expired = exchange.filter((p) => p.properties.expires_in_days < 0)
    expect(expired.length).toBe(4)
    expect(exchange.every((p) => p.properties.posted_days_ago > 0 && p.properties.expires_in_days <= 365)).toBe(true)
    expect(new Set(exchange.map((p) => p.properties.municipality_ags)).size).toBeGreaterThanOrEqual(15)
    for (const p of exchange.filter((p) => p.geometry)) expect(inRing(xy(p.geometry!.coordinates), muniRing.get(p.properties.municipality_ags)!), p.properties.title).toBe(true)
  })
})
