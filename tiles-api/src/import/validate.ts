import type { TransactionSql } from 'postgres'
import type { FeatureProblem } from './report.ts'

/*
 * The database's checks of every staged feature, set-based so that 10,000 polygons take
 * seconds: polygon type, vertex limit, validity (ST_IsValidDetail: the reason and where), a municipality of the region,
 * inside it (50 m tolerance: boundaries are generalised), no overlap over 100 m² with an
 * active site of the same municipality (one that this import does not replace) or another
 * feature of the file, and no duplicate (the same key twice, or the same outline as an
 * existing site). Areas in EPSG:25832.
 */

export const MAX_VERTICES = 5000
const OVERLAP_M2 = 100

export interface StagedFeature {
  number: number
  source_key: string
  municipality_ags: string | null
  geometry: string | null
}

/** Fills the transaction's staging table (dropped at its end). */
export async function stage(tx: TransactionSql, features: readonly StagedFeature[]) {
  await tx`create temporary table import_stage (n integer primary key, source_key text, municipality_ags text, geom geometry) on commit drop`
  for (let i = 0; i < features.length; i += 1000) {
    const chunk = features.slice(i, i + 1000)
    await tx`insert into import_stage
      select n, source_key, municipality_ags, case when geometry is null then null else ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326) end
        from json_to_recordset(${JSON.stringify(chunk.map((f) => ({ n: f.number, source_key: f.source_key, municipality_ags: f.municipality_ags, geometry: f.geometry })))}::text::json)
          as r(n integer, source_key text, municipality_ags text, geometry text)`
  }
  await tx`create index on import_stage using gist (geom)`
  await tx`analyze import_stage`
}

/** Problems per feature number, from the staged features against the register. */
export async function validateStaged(tx: TransactionSql, source: string): Promise<Map<number, FeatureProblem[]>> {
  const rows = await tx<{ n: number; code: FeatureProblem['code']; field: string | null; message: string }[]>`
    with shape as (
      select n, municipality_ags, geom, GeometryType(geom) as type, ST_NPoints(geom) as vertices,
             case when ST_IsValid(geom) then null else (select format('%s bei %s, %s (Länge, Breite)', d.reason,
               round(ST_X(d.location)::numeric, 6), round(ST_Y(d.location)::numeric, 6)) from ST_IsValidDetail(geom) d) end as invalid
        from import_stage where geom is not null
    ), usable as (
      select s.n, s.municipality_ags, s.geom, ST_Transform(s.geom, 25832) as g
        from shape s where s.type in ('POLYGON', 'MULTIPOLYGON') and s.invalid is null and s.vertices <= ${MAX_VERTICES}
    ), bounds as materialized (
      select m.ags, ST_Buffer(ST_Transform(m.geom, 25832), 50) as g
        from municipalities m where m.ags in (select distinct municipality_ags from usable)
    ), existing as materialized (
      select d.id, d.name, d.municipality_ags, d.source, d.source_key, d.geom, ST_Transform(d.geom, 25832) as g
        from development_land d
       where d.planning_status <> 'bebaut'
         and d.municipality_ags in (select distinct municipality_ags from usable)
         and not (d.source is not distinct from ${source} and d.source_key in (select source_key from import_stage))
    )
    select n, 'no-geometry' as code, null as field, 'Das Objekt hat keine Geometrie.' as message from import_stage where geom is null
    union all
    select n, 'not-polygon', null, format('Die Geometrie ist ein %s, erwartet wird eine Fläche (Polygon oder MultiPolygon).', initcap(type)) from shape where type not in ('POLYGON', 'MULTIPOLYGON')
    union all
    select n, 'too-many-vertices', null, format('Die Fläche hat %s Stützpunkte; erlaubt sind höchstens %s. Bitte vereinfachen.', vertices, ${MAX_VERTICES}::int) from shape where vertices > ${MAX_VERTICES}
    union all
    select n, 'invalid-geometry', null, format('Die Geometrie ist ungültig: %s.', invalid) from shape where invalid is not null
    union all
    select n, 'unknown-municipality', 'municipality_ags', format('Gemeindeschlüssel (AGS): „%s“ ist keine Kommune der Region.', municipality_ags)
      from usable u where municipality_ags is not null and not exists (select from municipalities m where m.ags = u.municipality_ags)
    union all
    select u.n, 'outside-municipality', 'municipality_ags',
           format('Die Fläche liegt zu %s %% außerhalb der Kommune %s (%s).', round((100 * ST_Area(ST_Difference(u.g, b.g)) / nullif(ST_Area(u.g), 0))::numeric, 1), m.name, m.ags)
      from usable u join bounds b on b.ags = u.municipality_ags join municipalities m on m.ags = u.municipality_ags
     where not ST_CoveredBy(u.g, b.g)
    union all
    select u.n,
           case when ST_Area(ST_SymDifference(u.g, e.g)) < 0.01 * ST_Area(u.g) then 'duplicate' else 'overlap' end,
           null,
           case when ST_Area(ST_SymDifference(u.g, e.g)) < 0.01 * ST_Area(u.g)
                then format('Doppelt: dieselbe Fläche ist schon als „%s“ (Nr. %s%s) erfasst.', e.name, e.id, coalesce(', Quelle ' || e.source, ''))
                else format('Überschneidet sich mit der Fläche „%s“ (Nr. %s) auf %s m².', e.name, e.id, round(ST_Area(ST_Intersection(u.g, e.g))::numeric)) end
      from usable u join existing e on e.municipality_ags = u.municipality_ags and ST_Intersects(u.geom, e.geom)
     where ST_Area(ST_Intersection(u.g, e.g)) > ${OVERLAP_M2}
    union all
    select a.n, 'overlap', null, format('Überschneidet sich mit Objekt Nr. %s derselben Datei auf %s m².', b.n, round(ST_Area(ST_Intersection(a.g, b.g))::numeric))
      from usable a join usable b on a.n <> b.n and a.municipality_ags = b.municipality_ags and ST_Intersects(a.geom, b.geom)
     where ST_Area(ST_Intersection(a.g, b.g)) > ${OVERLAP_M2}
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
