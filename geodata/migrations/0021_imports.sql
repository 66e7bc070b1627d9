-- Bulk imports: the field mapping saved per source (so next year's file of the same
-- source maps itself), and a record of every committed import.

create table import_mappings (
  collection text not null,
  source text not null check (length(source) between 1 and 200),
  mapping jsonb not null,
  defaults jsonb not null default '{}',
  updated_at timestamptz not null default now(),
  updated_by integer references accounts,
  primary key (collection, source)
);

create table import_runs (
  id integer generated always as identity primary key,
  at timestamptz not null default now(),
  account_id integer references accounts,
  account_email text,
  collection text not null,
  source text not null,
  file_name text,
  counts jsonb not null
);

do $$
begin
  if exists (select from pg_roles where rolname = 'regiopol_app') then
    grant insert, update on import_mappings to regiopol_app;
    grant insert on import_runs to regiopol_app;
  end if;
end $$;
