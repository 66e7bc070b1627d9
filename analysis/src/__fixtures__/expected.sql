-- Reference figures for golden.test.ts, computed by PostGIS independently of Turf and of
-- our code: run from this folder with
--   psql -At -d <any database with postgis> -f expected.sql
-- and copy the JSON lines into expected/<name>.json.
\set catchments `cat in/catchments-paderborn.geojson`
\set isobands `cat in/isobands-paderborn.geojson`

-- catchments: 1,200 m circles (32 segments: quad_segs 8) around each stop in EPSG:25832;
-- area of each circle, of their union, and how many separate parts the union has.
with stops as (
  select st_transform(st_setsrid(st_geomfromgeojson(f -> 'geometry'), 4326), 25832) as g
  from json_array_elements((:'catchments')::json -> 'features') f
), circles as (select st_buffer(g, ((:'catchments')::json ->> 'radiusM')::float, 8) as c from stops)
select json_build_object(
  'circleAreaM2', round((select avg(st_area(c)) from circles)),
  'mergedAreaM2', round(st_area(st_union(c))),
  'clusters', st_numgeometries(st_union(c))
) from circles;

-- isobands: car at 50 km/h, detour factor 1.3, so t minutes = t × 50,000 / 60 / 1.3 m straight
-- line. Area of the region (EPSG:3035) within 10, 20, 30 minutes of the nearest facility, and
-- beyond 30, as exact buffers (the analysis rasterises at 500 m, so its bands differ a little).
with input as (
  select st_transform(st_setsrid(st_geomfromgeojson(f -> 'geometry'), 4326), 3035) as g
  from json_array_elements((:'isobands')::json -> 'features') f
), region as (select g from input where geometrytype(g) = 'POLYGON'),
facilities as (select g from input where geometrytype(g) = 'POINT'),
within as (
  select t, st_area(st_intersection((select g from region), st_union(st_buffer(f.g, t * 50000 / 60.0 / 1.3, 64)))) as a
  from facilities f, (values (10), (20), (30)) as m(t) group by t
)
select json_build_object(
  'regionAreaM2', round(st_area(g)),
  'regionPerimeterM', round(st_perimeter(g)),
  'bandAreaM2', json_build_object(
    '0–10', round((select a from within where t = 10)),
    '10–20', round((select a from within where t = 20) - (select a from within where t = 10)),
    '20–30', round((select a from within where t = 30) - (select a from within where t = 20)),
    '> 30', round(st_area(g) - (select a from within where t = 30))
  )
) from region;
