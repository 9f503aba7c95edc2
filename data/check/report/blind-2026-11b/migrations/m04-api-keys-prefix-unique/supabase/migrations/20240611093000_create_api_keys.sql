create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null,
  prefix text not null check (char_length(prefix) = 8),
  secret_hash text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

alter table public.api_keys enable row level security;
