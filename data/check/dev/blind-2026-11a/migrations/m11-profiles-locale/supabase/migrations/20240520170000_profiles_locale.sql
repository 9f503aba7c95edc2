set lock_timeout = '5s';

alter table public.profiles
  add column locale varchar(10) not null;
