set lock_timeout = '5s';

alter table public.teams rename to workspaces;
