-- Idempotency-Key for creating writes (tiles-api/src/middleware/idempotency.ts): a client
-- that lost its answer (a cut connection, a restarted instance) sends the same key again
-- and gets the stored answer instead of a second record. In PostgreSQL, so a retry that
-- reaches another instance finds it too. Kept for a day.
create table idempotency_keys (
  account_id integer not null references accounts on delete cascade,
  key text not null,
  -- method, path and SHA-256 of the body: the same key with another request is refused.
  request_hash text not null,
  -- null while the first request runs
  status integer,
  headers jsonb,
  body text,
  created_at timestamptz not null default now(),
  primary key (account_id, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
