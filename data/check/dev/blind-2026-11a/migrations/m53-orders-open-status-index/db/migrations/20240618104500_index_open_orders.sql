-- migrate:up transaction:false
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_open_created_at_idx
    ON orders (created_at)
    WHERE status IN ('pending', 'paid');

-- migrate:down transaction:false
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY IF EXISTS orders_open_created_at_idx;
