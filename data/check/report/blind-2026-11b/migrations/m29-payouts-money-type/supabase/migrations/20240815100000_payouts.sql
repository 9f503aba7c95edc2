create table public.payouts (
  id uuid primary key default gen_random_uuid(),
  merchant_id uuid not null,
  amount money not null,
  status text not null default 'scheduled'
    check (status in ('scheduled', 'paid', 'failed')),
  scheduled_for date not null,
  created_at timestamptz not null default now()
);

create index payouts_merchant_id_idx on public.payouts (merchant_id);

alter table public.payouts enable row level security;
