-- Vector tiles: where each write landed, and a bounded cache of built tiles.
--
-- Every statement that writes a layer's table records the bounding boxes of the rows it
-- touched (before and after the write) in tile_writes, numbered from one sequence. A
-- tile's version is the highest number whose box meets the tile: it changes exactly
-- when a write lands in (or leaves) that tile, on every API instance alike, and the
-- tile's ETag is built from it. The same statement deletes the cached tiles it touched.
-- The sequence starts at the clock in milliseconds, so a re-created database never
-- repeats a version.

create sequence tile_write_seq;
select setval('tile_write_seq', (extract(epoch from clock_timestamp()) * 1000)::bigint);

create table tile_writes (
  id bigint primary key default nextval('tile_write_seq'),
  layer text not null,
  -- null: the whole layer (truncate)
  bbox geometry(Polygon, 4326),
  written_at timestamptz not null default now()
);
create index tile_writes_bbox_idx on tile_writes using gist (bbox);
create index tile_writes_layer_idx on tile_writes (layer, id);

-- Built tiles. `env` is the tile's envelope with its buffer in EPSG:4326, `day` is set
-- for layers whose content follows the calendar (expiring posts and reservations).
create unlogged table tile_cache (
  layer text not null,
  z smallint not null,
  x integer not null,
  y integer not null,
  version bigint not null,
  day date,
  env geometry(Polygon, 4326) not null,
  data bytea not null,
  created_at timestamptz not null default now(),
  primary key (layer, z, x, y)
);
create index tile_cache_env_idx on tile_cache using gist (env);
create index tile_cache_created_idx on tile_cache (created_at);

create function note_tile_write(layer_id text, boxes geometry[]) returns void
language plpgsql security definer set search_path = public as $$
declare
  box geometry;
begin
  foreach box in array boxes loop
    insert into tile_writes (layer, bbox) values (layer_id, box);
    if box is null then
      delete from tile_cache where layer = layer_id;
    else
      delete from tile_cache where layer = layer_id and env && box;
    end if;
  end loop;
end;
$$;

-- One box for the old rows and one for the new rows of a statement: a single-row write
-- touches exactly the tiles of its old and its new shape; a bulk write its extents.
create function record_tile_writes() returns trigger
language plpgsql security definer set search_path = public as $$
declare
  layer_id text := TG_ARGV[0];
  old_box geometry;
  new_box geometry;
begin
  if TG_OP = 'TRUNCATE' then
    perform note_tile_write(layer_id, array[null::geometry]);
    return null;
  end if;
  if TG_OP in ('UPDATE', 'DELETE') then
    select ST_Envelope(ST_SetSRID(ST_Extent(geom)::geometry, 4326)) into old_box from old_rows;
  end if;
  if TG_OP in ('UPDATE', 'INSERT') then
    select ST_Envelope(ST_SetSRID(ST_Extent(geom)::geometry, 4326)) into new_box from new_rows;
  end if;
  perform note_tile_write(layer_id, array_remove(array[ST_Expand(old_box, 1e-9), ST_Expand(new_box, 1e-9)], null));
  return null;
end;
$$;

-- Bookings change an area's balance and status (both in its tile): the area's box.
create function record_booking_tile_writes() returns trigger
language plpgsql security definer set search_path = public as $$
declare
  box geometry;
begin
  if TG_OP = 'TRUNCATE' then
    perform note_tile_write('compensation_areas', array[null::geometry]);
    return null;
  end if;
  if TG_OP = 'INSERT' then
    select ST_Envelope(ST_SetSRID(ST_Extent(a.geom)::geometry, 4326)) into box
    from compensation_areas a where a.id in (select area_id from new_rows);
  else
    select ST_Envelope(ST_SetSRID(ST_Extent(a.geom)::geometry, 4326)) into box
    from compensation_areas a where a.id in (select area_id from old_rows);
  end if;
  perform note_tile_write('compensation_areas', array_remove(array[ST_Expand(box, 1e-9)], null));
  return null;
end;
$$;

do $$
declare
  t record;
begin
  for t in select * from (values
    ('districts', 'districts'), ('municipalities', 'municipalities'), ('rail_stops', 'rail_stops'),
    ('rail_lines', 'rail_lines'), ('population_grid', 'population_grid'), ('health_facilities', 'health_facilities'),
    ('development_land', 'development_land'), ('compensation_areas', 'compensation_areas'),
    ('projects', 'projects'), ('exchange_posts', 'exchange_posts')) as v(tbl, layer)
  loop
    execute format('create trigger %I after insert on %I referencing new table as new_rows for each statement execute function record_tile_writes(%L)', t.tbl || '_tiles_ins', t.tbl, t.layer);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows for each statement execute function record_tile_writes(%L)', t.tbl || '_tiles_upd', t.tbl, t.layer);
    execute format('create trigger %I after delete on %I referencing old table as old_rows for each statement execute function record_tile_writes(%L)', t.tbl || '_tiles_del', t.tbl, t.layer);
    execute format('create trigger %I after truncate on %I for each statement execute function record_tile_writes(%L)', t.tbl || '_tiles_trunc', t.tbl, t.layer);
  end loop;
end $$;

create trigger compensation_bookings_tiles_ins after insert on compensation_bookings
  referencing new table as new_rows for each statement execute function record_booking_tile_writes();
create trigger compensation_bookings_tiles_upd after update on compensation_bookings
  referencing old table as old_rows new table as new_rows for each statement execute function record_booking_tile_writes();
create trigger compensation_bookings_tiles_del after delete on compensation_bookings
  referencing old table as old_rows for each statement execute function record_booking_tile_writes();
create trigger compensation_bookings_tiles_trunc after truncate on compensation_bookings
  for each statement execute function record_booking_tile_writes();
