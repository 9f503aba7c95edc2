create table public.plans (
  id text primary key check (id ~ '^[a-z0-9_]{1,32}$'),
  name text not null,
  monthly_price_cents bigint not null check (monthly_price_cents >= 0),
  currency text not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  active boolean not null default true
);
