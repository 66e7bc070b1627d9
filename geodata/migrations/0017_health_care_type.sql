-- What kind of care a hospital site gives. Only general acute hospitals count for the
-- G-BA 30-minute rule (basic inpatient care with internal medicine and surgery); the
-- register also lists psychiatric clinics and day clinics and single-speciality clinics.
-- Nullable so that rows made before this column stay valid; the seed fills it from
-- health_facilities.geojson (care_type, derived from the site name, see SOURCES.md 3.4).
alter table health_facilities
  add column care_type text check (care_type in ('general', 'psychiatry', 'specialist'));
create index health_facilities_care_type_idx on health_facilities (care_type);
