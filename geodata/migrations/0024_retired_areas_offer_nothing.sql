-- A retired (stillgelegt) compensation area offers nothing: its available eco points are
-- 0 whatever its total, in the map, the info panel, the offers and the profiles. Its
-- total and its ledger stay as they were (the history of what it once offered).
-- The same columns as 0015; only eco_points_available changes.
create or replace view compensation_areas_public as
  select a.id, a.name, a.municipality_ags, m.name as municipality, a.measure_type,
         case
           when a.status not in ('verfuegbar', 'reserviert', 'zugeordnet') then a.status
           when a.eco_points_total - s.committed > 0 then 'verfuegbar'
           when s.reserved > 0 then 'reserviert'
           else 'zugeordnet'
         end as status,
         a.eco_points_total,
         case when a.status = 'stillgelegt' then 0 else (a.eco_points_total - s.committed)::integer end as eco_points_available,
         a.biotope_value_before, a.biotope_value_after, a.land_owner_type, a.planned_date,
         a.implemented_date, a.area_ha, a.description, a.sample, a.geom,
         a.version, a.authority_file_number, a.document_links, a.updated_at
  from compensation_areas a
  join municipalities m on m.ags = a.municipality_ags
  cross join lateral (
    select coalesce(sum(b.points), 0)::integer as committed,
           coalesce(sum(b.points) filter (where b.kind = 'reservierung'), 0)::integer as reserved
    from compensation_bookings b
    where b.area_id = a.id and booking_holds_points(b.kind, b.status, b.valid_until)
  ) s;

-- The municipalities' population source was seeded in English from the upstream notes;
-- the UI and the exports show it to people, so it reads in German like every other value.
update municipalities set population_source = 'BKG VG250-EW, Attribut EWZ (Einwohner); Stichtag in der bezogenen Kopie nicht angegeben'
  where population_source = 'BKG VG250-EW, attribute EWZ (inhabitants); reference date not recorded in the upstream copy';
