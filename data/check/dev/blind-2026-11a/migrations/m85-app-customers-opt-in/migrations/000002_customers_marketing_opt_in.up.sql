SET lock_timeout = '3s';
SET search_path = app, public;

ALTER TABLE customers
    ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false,
    ADD COLUMN opted_in_at timestamptz;
