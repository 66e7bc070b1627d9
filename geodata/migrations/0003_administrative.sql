-- The region, its districts (Kreise) and its 29 member municipalities.
create table region (
  id smallint primary key default 1 check (id = 1),
  name text not null,
  population integer,
  geom geometry(MultiPolygon, 4326) not null check (ST_IsValid(geom))
);

create table districts (
  district_key text primary key check (district_key ~ '^[0-9]{5}$'),
  name text not null,
  regierungsbezirk text not null,
  municipalities_total integer not null,
  municipalities_in_region integer not null,
  population integer not null,
  area_km2 numeric not null,
  geom geometry(MultiPolygon, 4326) not null check (ST_IsValid(geom))
);
create index districts_geom_idx on districts using gist (geom);

create table municipalities (
  ags text primary key check (ags ~ '^[0-9]{8}$'),
  name text not null unique,
  district_key text not null references districts,
  district text not null,
  regierungsbezirk text not null,
  population integer not null check (population >= 0),
  population_source text not null,
  area_km2 numeric not null,
  density_per_km2 numeric not null,
  geom geometry(MultiPolygon, 4326) not null check (ST_IsValid(geom)),
  area_ha numeric generated always as (round((ST_Area(ST_Transform(geom, 25832)) / 10000)::numeric, 2)) stored
);
create index municipalities_geom_idx on municipalities using gist (geom);

create trigger districts_version after insert or update or delete or truncate on districts
  for each statement execute function bump_layer_version('districts');
create trigger municipalities_version after insert or update or delete or truncate on municipalities
  for each statement execute function bump_layer_version('municipalities');
