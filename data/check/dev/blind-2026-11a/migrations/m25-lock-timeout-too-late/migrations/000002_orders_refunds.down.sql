ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_refunded_le_total;
ALTER TABLE orders DROP COLUMN IF EXISTS refunded_cents;
