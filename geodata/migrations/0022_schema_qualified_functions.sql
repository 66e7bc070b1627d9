-- Every function that calls another of our functions or reads one of our tables names its
-- schema. pg_dump runs the restore with an empty search_path, so the unqualified
-- german_fold() inside project_search_vector() failed while the projects rows were
-- loaded (the generated search column is computed then): a restored backup had no
-- projects. Bodies are unchanged otherwise; pg_catalog functions need no schema.

create or replace function public.project_search_vector(title text, tags text[], summary text, description text,
                                                        problems text, lessons_learned text)
returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(array_to_string(tags, ' '), ''))), 'A')
      || setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(description, ''))), 'C')
      || setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(problems, ''))), 'D')
      || setweight(to_tsvector('german'::regconfig, public.german_fold(coalesce(lessons_learned, ''))), 'D')
$$;

create or replace function public.booking_holds_points(kind text, status text, valid_until date) returns boolean
  language sql stable
  as $$ select status = 'aktiv' and not public.booking_expired(kind, status, valid_until) $$;

create or replace function public.bump_layer_version() returns trigger language plpgsql as $$
declare
  layer_id text;
begin
  foreach layer_id in array TG_ARGV loop
    insert into public.layer_versions (layer, version)
    values (layer_id, (extract(epoch from clock_timestamp()) * 1000)::bigint)
    on conflict (layer) do update set version = public.layer_versions.version + 1, changed_at = now();
  end loop;
  return null;
end;
$$;

create or replace function public.compensation_areas_rls_guard() returns trigger language plpgsql as $$
declare
  ledger_columns constant text[] := array['status', 'version', 'updated_at', 'updated_by', 'area_ha'];
begin
  if current_user <> 'regiopol_app' or public.regiopol_may_write(old.municipality_ags) then
    return new;
  end if;
  if public.regiopol_is_writer() and (to_jsonb(new) - ledger_columns) = (to_jsonb(old) - ledger_columns) then
    return new; -- a reservation by another municipality moves only status and version
  end if;
  raise exception 'Zeilenschutz: Poolfläche % gehört der Kommune %; diese Transaktion schreibt für „%“ (%).',
    old.id, old.municipality_ags, coalesce(current_setting('regiopol.municipality', true), ''), coalesce(current_setting('regiopol.role', true), '')
    using errcode = '42501';
end $$;

create or replace function public.projects_rls_guard() returns trigger language plpgsql as $$
begin
  if current_user = 'regiopol_app' and not public.regiopol_may_write_any(old.municipality_ags) then
    raise exception 'Zeilenschutz: Projekt % gehört den Kommunen %; diese Transaktion schreibt für „%“.',
      old.id, old.municipality_ags, coalesce(current_setting('regiopol.municipality', true), '') using errcode = '42501';
  end if;
  return new;
end $$;
