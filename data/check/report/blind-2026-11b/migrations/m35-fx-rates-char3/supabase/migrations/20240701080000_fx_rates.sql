create table public.fx_rates (
  id bigint generated always as identity primary key,
  base_currency char(3) not null,
  quote_currency character(3) not null,
  rate numeric(18, 8) not null check (rate > 0),
  source character varying(32) not null default 'ecb',
  observed_at timestamptz not null,
  unique (base_currency, quote_currency, observed_at)
);
