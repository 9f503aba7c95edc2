insert into public.plans (id, name, monthly_price_cents, currency)
values
  ('free', 'Free', 0, 'USD'),
  ('team', 'Team', 1900, 'USD'),
  ('business', 'Business', 9900, 'USD')
on conflict (id) do update
  set name = excluded.name,
      monthly_price_cents = excluded.monthly_price_cents;

update public.plans set active = false where id = 'legacy_pro';
