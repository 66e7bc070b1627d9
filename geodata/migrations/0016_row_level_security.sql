-- Row-level security as a second line of defence behind the API's authorisation checks.
--
-- Write transactions of the API state who is writing, per transaction:
--   set_config('regiopol.role', 'editor' | 'admin' | 'viewer' | '', true)
--   set_config('regiopol.municipality', '<AGS>' | '', true)
-- and switch to the non-superuser role regiopol_app (SET LOCAL ROLE), which these
-- policies bind. Superusers and table owners bypass RLS, so the seed, migrations and
-- every read keep working unchanged; only what regiopol_app writes is checked:
--   compensation_areas: insert and change only the own municipality's areas (admin: all).
--     Another municipality's editor may reserve points from an area, which moves its
--     status and version: the guard trigger lets non-owners change exactly those columns.
--   compensation_bookings: insert for the own intervention or against an own area;
--     book, release and cancel only against an own area.
--   projects: insert, change and delete only projects that include the own municipality.

-- Roles are per cluster: create it once, and only where this user may create roles.
do $$
begin
  if not exists (select from pg_roles where rolname = 'regiopol_app') then
    begin
      create role regiopol_app nologin;
    exception when duplicate_object or unique_violation or insufficient_privilege then
      null; -- created by a parallel migration, or not allowed: the API then skips SET ROLE
    end;
  end if;
end $$;

do $$
begin
  if exists (select from pg_roles where rolname = 'regiopol_app') then
    grant usage on schema public to regiopol_app;
    grant select on all tables in schema public to regiopol_app;
    grant insert, update on compensation_areas, compensation_bookings, projects to regiopol_app;
    grant delete on projects to regiopol_app;
    grant insert on audit_log to regiopol_app;
    -- The statement triggers bump layer_versions as the writing role.
    grant insert, update on layer_versions to regiopol_app;
    grant usage on all sequences in schema public to regiopol_app;
    -- Tables of later migrations are readable too (a write transaction may read them).
    alter default privileges in schema public grant select on tables to regiopol_app;
    alter default privileges in schema public grant usage on sequences to regiopol_app;
    -- The API's login role must be able to SET ROLE to it (a superuser always can).
    if not (select rolsuper from pg_roles where rolname = current_user) then
      execute format('grant regiopol_app to %I', current_user);
    end if;
  end if;
end $$;

create function regiopol_may_write(ags text) returns boolean language sql stable as $$
  select current_setting('regiopol.role', true) = 'admin'
      or (current_setting('regiopol.role', true) = 'editor' and current_setting('regiopol.municipality', true) = ags)
$$;

create function regiopol_may_write_any(ags text[]) returns boolean language sql stable as $$
  select current_setting('regiopol.role', true) = 'admin'
      or (current_setting('regiopol.role', true) = 'editor' and current_setting('regiopol.municipality', true) = any(ags))
$$;

create function regiopol_is_writer() returns boolean language sql stable as $$
  select coalesce(current_setting('regiopol.role', true), '') in ('editor', 'admin')
$$;

alter table compensation_areas enable row level security;
create policy app_read on compensation_areas for select to regiopol_app using (true);
create policy app_insert on compensation_areas for insert to regiopol_app with check (regiopol_may_write(municipality_ags));
-- USING (true): the API locks a row (select … for update) before it decides, and must see
-- it to answer 403 rather than 404; the old row is checked by the guard trigger below.
create policy app_update on compensation_areas for update to regiopol_app
  using (true) with check (regiopol_may_write(municipality_ags) or regiopol_is_writer());

create function compensation_areas_rls_guard() returns trigger language plpgsql as $$
declare
  ledger_columns constant text[] := array['status', 'version', 'updated_at', 'updated_by', 'area_ha'];
begin
  if current_user <> 'regiopol_app' or regiopol_may_write(old.municipality_ags) then
    return new;
  end if;
  if regiopol_is_writer() and (to_jsonb(new) - ledger_columns) = (to_jsonb(old) - ledger_columns) then
    return new; -- a reservation by another municipality moves only status and version
  end if;
  raise exception 'Zeilenschutz: Poolfläche % gehört der Kommune %; diese Transaktion schreibt für „%“ (%).',
    old.id, old.municipality_ags, coalesce(current_setting('regiopol.municipality', true), ''), coalesce(current_setting('regiopol.role', true), '')
    using errcode = '42501';
end $$;
create trigger compensation_areas_rls_guard before update on compensation_areas
  for each row execute function compensation_areas_rls_guard();

alter table compensation_bookings enable row level security;
create policy app_read on compensation_bookings for select to regiopol_app using (true);
create policy app_insert on compensation_bookings for insert to regiopol_app with check (
  regiopol_may_write(municipality_ags)
  or regiopol_may_write((select a.municipality_ags from compensation_areas a where a.id = area_id)));
create policy app_update on compensation_bookings for update to regiopol_app
  using (true) with check (regiopol_may_write((select a.municipality_ags from compensation_areas a where a.id = area_id)));

alter table projects enable row level security;
create policy app_read on projects for select to regiopol_app using (true);
create policy app_insert on projects for insert to regiopol_app with check (regiopol_may_write_any(municipality_ags));
create policy app_update on projects for update to regiopol_app using (true) with check (regiopol_may_write_any(municipality_ags));
create policy app_delete on projects for delete to regiopol_app using (regiopol_may_write_any(municipality_ags));

create function projects_rls_guard() returns trigger language plpgsql as $$
begin
  if current_user = 'regiopol_app' and not regiopol_may_write_any(old.municipality_ags) then
    raise exception 'Zeilenschutz: Projekt % gehört den Kommunen %; diese Transaktion schreibt für „%“.',
      old.id, old.municipality_ags, coalesce(current_setting('regiopol.municipality', true), '') using errcode = '42501';
  end if;
  return new;
end $$;
create trigger projects_rls_guard before update on projects
  for each row execute function projects_rls_guard();
