-- migrate:up
SET lock_timeout = '5s';
-- nobody has sent a fax since 2011
ALTER TABLE customers DROP COLUMN fax_number;

-- migrate:down
ALTER TABLE customers ADD COLUMN fax_number text;
