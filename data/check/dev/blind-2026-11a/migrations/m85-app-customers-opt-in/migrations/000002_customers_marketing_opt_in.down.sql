ALTER TABLE app.customers DROP COLUMN opted_in_at, DROP COLUMN marketing_opt_in;
