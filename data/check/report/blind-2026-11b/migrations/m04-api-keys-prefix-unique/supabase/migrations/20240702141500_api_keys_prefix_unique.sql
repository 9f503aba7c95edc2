begin;

set lock_timeout = '5s';

-- lookups by key prefix must be unique and fast
create unique index concurrently if not exists api_keys_prefix_key
  on public.api_keys (prefix);

commit;
