ALTER TABLE orders ADD COLUMN shipped_at TIMESTAMP;

CREATE INDEX orders_shipped_at_idx ON orders (shipped_at);
