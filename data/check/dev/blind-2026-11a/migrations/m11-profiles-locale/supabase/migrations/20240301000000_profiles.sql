create table public.profiles (
  id uuid primary key default gen_random_uuid(),
  display_name text check (char_length(display_name) <= 80),
  avatar_url text,
  created_at timestamptz not null default now()
);
