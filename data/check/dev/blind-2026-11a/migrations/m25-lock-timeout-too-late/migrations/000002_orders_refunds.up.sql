ALTER TABLE orders ADD COLUMN refunded_cents bigint;

SET lock_timeout = '5s';

ALTER TABLE orders
    ADD CONSTRAINT orders_refunded_le_total CHECK (refunded_cents <= total_cents) NOT VALID;
