-- migrate:up transaction:false
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS products_created_at_idx
    ON products (created_at);

-- small table, should be quick
CREATE INDEX stock_levels_warehouse_id_idx ON stock_levels (warehouse_id);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS stock_levels_warehouse_id_idx;
DROP INDEX CONCURRENTLY IF EXISTS products_created_at_idx;
