create table public.stores (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) <= 120),
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  avg_rating real check (avg_rating between 0 and 5),
  delivery_fee_cents bigint not null default 0 check (delivery_fee_cents >= 0),
  currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
  opens_at time not null,
  closes_at time not null,
  created_at timestamptz not null default now()
);

alter table public.stores enable row level security;

create policy "stores are public"
  on public.stores for select
  to anon, authenticated
  using (true);
