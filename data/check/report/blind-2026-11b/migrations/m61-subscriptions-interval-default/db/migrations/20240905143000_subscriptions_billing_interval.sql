-- migrate:up
SET lock_timeout = '5s';

-- constant default: metadata-only since PG 11, no rewrite
ALTER TABLE subscriptions
    ADD COLUMN billing_interval text NOT NULL DEFAULT 'month';

-- migrate:down
ALTER TABLE subscriptions DROP COLUMN billing_interval;
