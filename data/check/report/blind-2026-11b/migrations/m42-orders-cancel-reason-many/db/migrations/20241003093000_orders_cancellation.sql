-- migrate:up
ALTER TABLE orders ADD COLUMN cancel_reason VARCHAR(200);
ALTER TABLE orders ADD COLUMN cancelled_at TIMESTAMPTZ;

ALTER TABLE orders ADD CONSTRAINT orders_cancel_reason_present
    CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL);

-- migrate:down
ALTER TABLE orders DROP CONSTRAINT orders_cancel_reason_present;
ALTER TABLE orders DROP COLUMN cancelled_at;
ALTER TABLE orders DROP COLUMN cancel_reason;
