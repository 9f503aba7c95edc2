ALTER TABLE orders DROP COLUMN sales_channel;
