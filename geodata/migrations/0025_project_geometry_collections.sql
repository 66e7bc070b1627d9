-- GIS clients (QGIS, GDAL, a GeoPackage) give a layer one geometry type, taken from its
-- first features; the projects mix points, polygons and none, so polygon projects were not
-- drawn. Two views give them one type each: every located project as a point (a polygon
-- project by a point on its surface) and the polygon projects as areas. The API serves
-- them as the collections project_points and project_areas; the mixed view stays for the
-- viewer. Both follow the projects' layer version (same table, same trigger).
create view project_points as
  select p.id, p.title, p.summary, p.action_field, p.status, p.municipality_ags, p.municipalities,
         p.start_date, p.end_date, p.funding_programme, p.problems, p.lessons_learned, p.tags, p.links,
         p.sample, (GeometryType(p.geom) <> 'POINT') as from_area,
         case when GeometryType(p.geom) = 'POINT' then p.geom else ST_PointOnSurface(p.geom) end as geom
  from projects_public p
  where p.geom is not null;

create view project_areas as
  select p.id, p.title, p.summary, p.action_field, p.status, p.municipality_ags, p.municipalities,
         p.start_date, p.end_date, p.funding_programme, p.problems, p.lessons_learned, p.tags, p.links,
         p.sample, ST_Multi(p.geom) as geom
  from projects_public p
  where GeometryType(p.geom) in ('POLYGON', 'MULTIPOLYGON');

do $$
begin
  if exists (select from pg_roles where rolname = 'regiopol_app') then
    grant select on project_points, project_areas to regiopol_app;
  end if;
end $$;
