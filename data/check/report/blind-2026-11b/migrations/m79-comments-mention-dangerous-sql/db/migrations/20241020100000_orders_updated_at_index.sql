-- migrate:up transaction:false
-- Runbook notes:
--   * do NOT use a plain CREATE INDEX here, orders takes ~2k writes/s;
--   * the old column legacy_ref will get DROP COLUMN in the contract release,
--     not here;
--   * never TRUNCATE ... CASCADE in a migration.
/*
   Previous attempt (reverted):
     UPDATE orders SET updated_at = created_at;
     ALTER TABLE orders ALTER COLUMN updated_at TYPE timestamp;
*/
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_updated_at_idx ON orders (updated_at);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS orders_updated_at_idx;
