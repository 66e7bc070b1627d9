-- One counter per layer, bumped by a statement trigger on every write to the layer's
-- tables. The API builds ETags from it, so a cached response is valid exactly until
-- the data behind it changes, on every API instance alike. Counters start at the
-- first write's time in milliseconds, so a re-created database never repeats an ETag.
create table layer_versions (
  layer text primary key,
  version bigint not null default 1,
  changed_at timestamptz not null default now()
);

-- Which version of the seed files was loaded (a hash), so a restart skips seeding.
create table seed_runs (
  hash text primary key,
  applied_at timestamptz not null default now()
);

create function bump_layer_version() returns trigger language plpgsql as $$
declare
  layer_id text;
begin
  foreach layer_id in array TG_ARGV loop
    insert into layer_versions (layer, version)
    values (layer_id, (extract(epoch from clock_timestamp()) * 1000)::bigint)
    on conflict (layer) do update set version = layer_versions.version + 1, changed_at = now();
  end loop;
  return null;
end;
$$;
