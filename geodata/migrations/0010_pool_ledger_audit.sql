-- The write path of the compensation-area pool: who created and changed what, the
-- booking ledger's own history, and an append-only audit trail.

alter table compensation_areas
  add column created_by integer references accounts,
  add column updated_by integer references accounts;

alter table compensation_bookings
  add column created_by integer references accounts,
  add column updated_at timestamptz not null default now(),
  add column booked_at timestamptz,
  add column closed_at timestamptz;

-- Every change: who, when, what, and the row before and after. Rows are only ever
-- added; the triggers below refuse UPDATE, DELETE and TRUNCATE for every role, so
-- neither the API nor a mistaken script can rewrite history.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  account_id integer,
  account_email text,
  action text not null,
  entity text not null,
  entity_id integer not null,
  area_id integer,
  reason text,
  before jsonb,
  after jsonb
);
create index audit_log_area_idx on audit_log (area_id, id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', TG_OP
    using errcode = 'insufficient_privilege';
end;
$$;
-- Statement level: an UPDATE or DELETE is refused even when it would touch no row.
create trigger audit_log_no_update before update or delete on audit_log
  for each statement execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

-- The view gains the row version (an area's ETag) and the restricted fields, at the end
-- (create or replace view may only append). The API serves fields that the catalogue
-- marks `restricted` to signed-in clients only.
create or replace view compensation_areas_public as
  select a.id, a.name, a.municipality_ags, m.name as municipality, a.measure_type, a.status,
         a.eco_points_total,
         a.eco_points_total - coalesce((select sum(b.points) from compensation_bookings b
                                        where b.area_id = a.id and b.status = 'aktiv'), 0)::integer
           as eco_points_available,
         a.biotope_value_before, a.biotope_value_after, a.land_owner_type, a.planned_date,
         a.implemented_date, a.area_ha, a.description, a.sample, a.geom,
         a.version, a.authority_file_number, a.document_links, a.updated_at
  from compensation_areas a join municipalities m on m.ags = a.municipality_ags;
