-- Step-free access is an enumeration in the catalogue (ja / teilweise / nein in the UI):
-- the database holds the same three values, as for every other enum (catalogue test).
alter table rail_stops add constraint rail_stops_step_free_access_check
  check (step_free_access in ('yes', 'partial', 'no'));
