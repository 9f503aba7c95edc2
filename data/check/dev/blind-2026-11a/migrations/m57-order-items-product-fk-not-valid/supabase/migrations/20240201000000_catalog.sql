create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) <= 200),
  price_cents bigint not null check (price_cents >= 0),
  currency text not null check (currency ~ '^[A-Z]{3}$')
);

create table public.order_items (
  id bigint generated always as identity primary key,
  order_ref text not null,
  product_id uuid not null,
  quantity integer not null check (quantity > 0)
);
