-- The routable road network imported from an OpenStreetMap extract (scripts/src/network,
-- tiles-api/src/network). One row per import in road_networks; the newest complete one is
-- what the API serves. Nodes are the graph's junctions and dead ends (ids 1..n, the
-- binary's node index + 1); every edge is a chain of OSM way segments between two nodes
-- with its real geometry for display and, per mode, the travel time in seconds in the
-- edge's direction (cost) and against it (reverse_cost), -1 where the mode may not use it
-- (pgRouting's convention, so pgr_dijkstra reads these columns as they are).
create table road_networks (
  id integer generated always as identity primary key,
  source text not null,
  source_date date,
  imported_at timestamptz not null default now(),
  attribution text not null,
  speed_source text not null,
  node_count integer not null check (node_count >= 0),
  edge_count integer not null check (edge_count >= 0),
  -- The graph as the viewer downloads it (geodata/src/network/graph-binary.ts).
  graph bytea not null
);

create table road_nodes (
  network_id integer not null references road_networks (id) on delete cascade,
  id integer not null,
  osm_id bigint not null,
  geom geometry(Point, 4326) not null,
  primary key (network_id, id)
);

create table road_edges (
  network_id integer not null references road_networks (id) on delete cascade,
  id integer not null,
  source integer not null,
  target integer not null,
  osm_way_id bigint not null,
  highway text not null,
  maxspeed_kmh numeric,
  length_m double precision not null check (length_m >= 0),
  car_cost double precision not null,
  car_reverse_cost double precision not null,
  bike_cost double precision not null,
  bike_reverse_cost double precision not null,
  foot_cost double precision not null,
  foot_reverse_cost double precision not null,
  geom geometry(LineString, 4326) not null,
  primary key (network_id, id)
);
create index road_edges_geom_idx on road_edges using gist (geom);
