alter table teams alter column org_id drop not null;
