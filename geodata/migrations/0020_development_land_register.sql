-- Development land as a register the municipalities maintain: the attributes of the NRW
-- settlement land monitoring and of "Bauland an der Schiene", the fields of writes and
-- imports (who, when, from which source), row-level security as for the pool.

alter table development_land drop constraint development_land_use_check;
alter table development_land add constraint development_land_use_check
  check (use in ('wohnen', 'gewerbe', 'gemischt', 'sondergebiet'));
alter table development_land drop constraint development_land_planning_status_check;
alter table development_land add constraint development_land_planning_status_check
  check (planning_status in ('potenzial', 'fnp', 'bplan_aufstellung', 'bplan_rechtskraeftig', 'in_erschliessung', 'bebaut'));

alter table development_land
  add column reserve_type text check (reserve_type in ('bauluecke', 'innenbereich', 'aussenbereich', 'brachflaeche')),
  add column availability text check (availability in ('kurzfristig', 'mittelfristig', 'langfristig', 'blockiert')),
  add column restrictions text[] not null default '{}'
    check (restrictions <@ array['eigentum', 'altlasten', 'erschliessung', 'naturschutz', 'immissionen']),
  add column net_area_ha numeric check (net_area_ha >= 0),
  add column planned_dwellings integer check (planned_dwellings >= 0),
  add column planned_jobs integer check (planned_jobs >= 0),
  add column xplan_plan_id text,
  add column xplan_plan_name text,
  add column source text,
  -- The record's key in its source file (a GML id, a column the mapping names): a
  -- re-import of the same source matches records by it.
  add column source_key text,
  add column reference_date date,
  -- The version the last import wrote; a higher version means edited in the atlas since.
  add column imported_version integer,
  add column created_at timestamptz not null default now(),
  add column updated_at timestamptz not null default now(),
  add column created_by integer references accounts,
  add column updated_by integer references accounts;

create unique index development_land_source_key_idx on development_land (municipality_ags, source, source_key)
  where source_key is not null;

-- Plausible register values for the invented sample sites, derived from their id, use
-- and area (deterministic, so every database has the same). The seed calls it too.
create function fill_sample_development_attributes() returns void language sql as $$
  update development_land d set
    reserve_type = (array['bauluecke', 'innenbereich', 'aussenbereich', 'brachflaeche'])[1 + d.id % 4],
    availability = (array['kurzfristig', 'mittelfristig', 'langfristig', 'blockiert'])[1 + (d.id / 4) % 4],
    restrictions = case when d.id % 4 = 3 then array['eigentum'] when d.id % 6 = 1 then array['altlasten', 'erschliessung'] else '{}' end,
    net_area_ha = round(d.area_ha * 0.8, 2),
    planned_dwellings = case when d.use in ('wohnen', 'gemischt') then round(d.area_ha * case d.use when 'wohnen' then 30 else 15 end)::int end,
    planned_jobs = case when d.use in ('gewerbe', 'gemischt') then round(d.area_ha * case d.use when 'gewerbe' then 20 else 10 end)::int end,
    source = 'Beispieldaten',
    reference_date = date '2026-01-01'
  where d.sample and d.source is null
$$;
select fill_sample_development_attributes();

drop view development_land_public;
create view development_land_public as
  select d.id, d.name, d.municipality_ags, m.name as municipality, d.use, d.planning_status,
         d.reserve_type, d.availability, d.restrictions, d.area_ha, d.net_area_ha,
         d.planned_dwellings, d.planned_jobs, d.xplan_plan_id, d.xplan_plan_name,
         d.source, d.source_key, d.reference_date, d.description, d.sample, d.version, d.geom
  from development_land d join municipalities m on m.ags = d.municipality_ags;

do $$
begin
  if exists (select from pg_roles where rolname = 'regiopol_app') then
    grant insert, update, delete on development_land to regiopol_app;
    grant select on development_land_public to regiopol_app;
  end if;
end $$;

alter table development_land enable row level security;
create policy app_read on development_land for select to regiopol_app using (true);
create policy app_insert on development_land for insert to regiopol_app with check (regiopol_may_write(municipality_ags));
-- Rows stay visible to update and delete (so the API can lock a row and answer 403, not
-- 404); the guard below refuses a change of another municipality's site.
create policy app_update on development_land for update to regiopol_app
  using (true) with check (regiopol_may_write(municipality_ags));
create policy app_delete on development_land for delete to regiopol_app using (true);

create function development_land_rls_guard() returns trigger language plpgsql as $$
begin
  if current_user = 'regiopol_app' and not regiopol_may_write(old.municipality_ags) then
    raise exception 'Zeilenschutz: Baufläche % gehört der Kommune %; diese Transaktion schreibt für „%“.',
      old.id, old.municipality_ags, coalesce(current_setting('regiopol.municipality', true), '') using errcode = '42501';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger development_land_rls_guard before update or delete on development_land
  for each row execute function development_land_rls_guard();
