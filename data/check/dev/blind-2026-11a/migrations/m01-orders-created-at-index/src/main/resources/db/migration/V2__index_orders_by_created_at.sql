-- Dashboard "recent orders" query does a seq scan; add an index.
SET lock_timeout = '5s';

CREATE INDEX orders_created_at_idx ON orders (created_at DESC);
