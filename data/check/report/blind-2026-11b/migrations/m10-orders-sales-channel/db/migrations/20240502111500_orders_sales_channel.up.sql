SET lock_timeout = '4s';
ALTER TABLE orders ADD COLUMN sales_channel text NOT NULL;
