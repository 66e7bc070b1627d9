-- Expired reservations. A reservation whose valid_until lies before today no longer
-- holds its points: the available balance, the area's status and the offers ignore it
-- from the next day on, without a job that releases it. It stays in the ledger as an
-- active row that the UI shows as "abgelaufen" until the owner books, releases or
-- cancels it; booking it later succeeds only if the balance still covers it (see
-- tiles-api/src/pool/ledger.ts). valid_until is inclusive: valid through that day.
-- "Today" is the database session's current_date (the server's time zone).

create function booking_expired(kind text, status text, valid_until date) returns boolean
  language sql stable
  as $$ select status = 'aktiv' and kind = 'reservierung' and valid_until is not null and valid_until < current_date $$;

-- Whether a ledger row holds points against its area's balance right now.
create function booking_holds_points(kind text, status text, valid_until date) returns boolean
  language sql stable
  as $$ select status = 'aktiv' and not booking_expired(kind, status, valid_until) $$;

-- The same columns as before (create or replace view keeps them); the balance and the
-- status now follow the live ledger. Between verfügbar, reserviert and zugeordnet the
-- status is derived as tiles-api/src/pool/status.ts derives it on every write, so an
-- area whose last reservation expired shows as verfügbar before anyone touches it.
create or replace view compensation_areas_public as
  select a.id, a.name, a.municipality_ags, m.name as municipality, a.measure_type,
         case
           when a.status not in ('verfuegbar', 'reserviert', 'zugeordnet') then a.status
           when a.eco_points_total - s.committed > 0 then 'verfuegbar'
           when s.reserved > 0 then 'reserviert'
           else 'zugeordnet'
         end as status,
         a.eco_points_total,
         (a.eco_points_total - s.committed)::integer as eco_points_available,
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
