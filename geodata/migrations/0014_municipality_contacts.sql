-- The regiopolPate of each municipality: the person the region office and the other
-- municipalities call. No open data exists for it; the seed holds sample contacts
-- (sample = true). Only functional contacts a municipality publishes belong here.
create table municipality_contacts (
  municipality_ags text primary key references municipalities,
  name text not null,
  role text not null default 'regiopolPate',
  organisation text,
  email text,
  phone text,
  sample boolean not null default false,
  updated_at timestamptz not null default now()
);

create trigger municipality_contacts_version after insert or update or delete or truncate on municipality_contacts
  for each statement execute function bump_layer_version('municipality_contacts');
