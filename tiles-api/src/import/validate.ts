import type { TransactionSql } from 'postgres'
import type { FeatureProblem } from './report.ts'

/*
 * The database's checks of every staged feature, set-based and on indexed tables so that
 * 10,000 polygons take seconds: polygon type, vertex limit, validity (ST_IsValidDetail:
 * the reason and where), a municipality of the region, inside it (50 m tolerance:
 * boundaries are generalised), no overlap over 100 m² with an active site of the same
 * municipality (one that this import does not replace) or another feature of the file,
 * and no duplicate (the same key twice, or the same outline as an existing site). Areas
 * in EPSG:25832.
 */

export const MAX_VERTICES = 5000
const OVERLAP_M2 = 100

export interface StagedFeature {
  number: number
  source_key: string
  municipality_ags: string | null
  geometry: string | null
}

/** Fills the transaction's staging table (dropped at its end) and marks the usable polygons. */
export async function stage(tx: TransactionSql, features: readonly StagedFeature[]) {
  await tx`create temporary table import_stage (n integer primary key, source_key text, municipality_ags text, geom geometry,
    type text, vertices integer, invalid text, usable boolean not null default false, g geometry) on commit drop`
  for (let i = 0; i < features.length; i += 1000) {
    const chunk = features.slice(i, i + 1000)
    await tx`insert into import_stage (n, source_key, municipality_ags, geom)
      select n, source_key, municipality_ags, case when geometry is null then null else ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326) end
        from json_to_recordset(${JSON.stringify(chunk.map((f) => ({ n: f.number, source_key: f.source_key, municipality_ags: f.municipality_ags, geometry: f.geometry })))}::text::json)
          as r(n integer, source_key text, municipality_ags text, geometry text)`
  }
  await tx`update import_stage set type = GeometryType(geom), vertices = ST_NPoints(geom),
    invalid = case when ST_IsValid(geom) then null else (select format('%s bei %s, %s (Länge, Breite)', d.reason,
      round(ST_X(d.location)::numeric, 6), round(ST_Y(d.location)::numeric, 6)) from ST_IsValidDetail(geom) d) end
    where geom is not null`
  await tx`update import_stage set usable = true, g = ST_Transform(geom, 25832)
    where type in ('POLYGON', 'MULTIPOLYGON') and invalid is null and vertices <= ${MAX_VERTICES}`
  await tx`create index on import_stage using gist (geom) where usable`
  await tx`create index on import_stage (source_key)`
  // Municipalities cut into small pieces: a feature inside one piece is inside, found by index.
  await tx`create temporary table import_bounds on commit drop as
    select ags, ST_Subdivide(geom, 64) as geom from municipalities where ags in (select distinct municipality_ags from import_stage where usable)`
  await tx`create index on import_bounds using gist (geom)`
  await tx`analyze import_stage`
  await tx`analyze import_bounds`
}

/** Problems per feature number, from the staged features against the register (without the site `excludeId`, which a change replaces). */
export async function validateStaged(tx: TransactionSql, source: string | null, excludeId: number | null = null): Promise<Map<number, FeatureProblem[]>> {
  const rows = await tx<{ n: number; code: FeatureProblem['code']; field: string | null; message: string }[]>`
    with outside as materialized (
      -- Most features lie inside one piece of their municipality; only the rest meet the whole boundary and its buffer.
      select s.n, s.g, m.ags, m.name, m.geom from import_stage s join municipalities m on m.ags = s.municipality_ags
       where s.usable and not exists (select from import_bounds p where p.ags = s.municipality_ags and ST_CoveredBy(s.geom, p.geom))
         and not ST_CoveredBy(s.geom, m.geom)
    )
    select n, 'no-geometry' as code, null as field, 'Das Objekt hat keine Geometrie.' as message from import_stage where geom is null
    union all
    select n, 'not-polygon', null, format('Die Geometrie ist ein %s, erwartet wird eine Fläche (Polygon oder MultiPolygon).', initcap(type)) from import_stage where type not in ('POLYGON', 'MULTIPOLYGON')
    union all
    select n, 'too-many-vertices', null, format('Die Fläche hat %s Stützpunkte; erlaubt sind höchstens %s. Bitte vereinfachen.', vertices, ${MAX_VERTICES}::int) from import_stage where vertices > ${MAX_VERTICES}
    union all
    select n, 'invalid-geometry', null, format('Die Geometrie ist ungültig: %s.', invalid) from import_stage where invalid is not null
    union all
    select n, 'unknown-municipality', 'municipality_ags', format('Gemeindeschlüssel (AGS): „%s“ ist keine Kommune der Region.', municipality_ags)
      from import_stage s where usable and municipality_ags is not null and not exists (select from municipalities m where m.ags = s.municipality_ags)
    union all
    select o.n, 'outside-municipality', 'municipality_ags',
           format('Die Fläche liegt zu %s %% außerhalb der Kommune %s (%s).', round((100 * ST_Area(ST_Difference(o.g, b.g)) / nullif(ST_Area(o.g), 0))::numeric, 1), o.name, o.ags)
      from outside o, lateral (select ST_Buffer(ST_Transform(o.geom, 25832), 50) as g) b
     where not ST_CoveredBy(o.g, b.g)
    union all
    select s.n,
           case when ST_Area(ST_SymDifference(s.g, e.g)) < 0.01 * ST_Area(s.g) then 'duplicate' else 'overlap' end,
           null,
           case when ST_Area(ST_SymDifference(s.g, e.g)) < 0.01 * ST_Area(s.g)
                then format('Doppelt: dieselbe Fläche ist schon als „%s“ (Nr. %s%s) erfasst.', e.name, e.id, coalesce(', Quelle ' || e.source, ''))
                else format('Überschneidet sich mit der Fläche „%s“ (Nr. %s) auf %s m².', e.name, e.id, round(ST_Area(ST_Intersection(s.g, e.g))::numeric)) end
      from import_stage s
      join lateral (
        select d.id, d.name, d.source, ST_Transform(d.geom, 25832) as g from development_land d
         where ST_Intersects(d.geom, s.geom) and d.municipality_ags = s.municipality_ags and d.planning_status <> 'bebaut'
           and d.id is distinct from ${excludeId}::int
           and not (d.source is not distinct from ${source} and exists (select from import_stage k where k.source_key = d.source_key))
      ) e on true
     where s.usable and ST_Area(ST_Intersection(s.g, e.g)) > ${OVERLAP_M2}
    union all
    select a.n, 'overlap', null, format('Überschneidet sich mit Objekt Nr. %s derselben Datei auf %s m².', b.n, round(ST_Area(ST_Intersection(a.g, b.g))::numeric))
      from import_stage a join import_stage b on b.usable and b.n <> a.n and ST_Intersects(a.geom, b.geom) and b.municipality_ags = a.municipality_ags
     where a.usable and ST_Area(ST_Intersection(a.g, b.g)) > ${OVERLAP_M2}
    union all
    select n, 'duplicate', 'source_key', format('Doppelt: der Schlüssel „%s“ kommt in der Datei %s-mal vor.', source_key, count(*) over (partition by source_key))
      from import_stage s where exists (select from import_stage o where o.source_key = s.source_key and o.n <> s.n)
    order by 1`
  const byNumber = new Map<number, FeatureProblem[]>()
  for (const r of rows) {
    const list = byNumber.get(r.n) ?? []
    list.push({ code: r.code, ...(r.field && { field: r.field }), message: r.message })
    byNumber.set(r.n, list)
  }
  return byNumber
}
