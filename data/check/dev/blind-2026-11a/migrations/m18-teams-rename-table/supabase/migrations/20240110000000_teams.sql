create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) <= 100),
  created_at timestamptz not null default now()
);
