-- Personal notes, owned by the signed-in user (auth.uid() is provided by Supabase).
create table public.notes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  title text not null check (char_length(title) between 1 and 200),
  body text not null default '' check (char_length(body) <= 50000),
  pinned boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index notes_owner_id_updated_at_idx on public.notes (owner_id, updated_at desc);

alter table public.notes enable row level security;

create policy "notes: owner can read"
  on public.notes for select
  to authenticated
  using (owner_id = auth.uid());

create policy "notes: owner can write"
  on public.notes for all
  to authenticated
  using (owner_id = auth.uid())
  with check (owner_id = auth.uid());
