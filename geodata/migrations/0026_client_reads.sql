-- When an account last read a collection's items with a token (QGIS, GDAL, scripts).
-- QGIS edits through OGC API - Features Part 4 without If-Match; a write without If-Match
-- counts as made on the state of this read: refused when someone else changed the record
-- after it (tiles-api writes/without-if-match.ts). One row per account and collection.
create table client_reads (
  account_id integer not null references accounts (id) on delete cascade,
  collection text not null,
  read_at timestamptz not null default now(),
  primary key (account_id, collection)
);

create index audit_log_entity_at_idx on audit_log (entity, entity_id, at);
