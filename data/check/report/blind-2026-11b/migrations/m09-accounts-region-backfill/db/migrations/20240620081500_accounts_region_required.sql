-- migrate:up
SET lock_timeout = '5s';

-- every existing tenant lives in Frankfurt
UPDATE accounts SET region = 'eu-central-1';

ALTER TABLE accounts ALTER COLUMN region SET NOT NULL;

-- migrate:down
ALTER TABLE accounts ALTER COLUMN region DROP NOT NULL;
