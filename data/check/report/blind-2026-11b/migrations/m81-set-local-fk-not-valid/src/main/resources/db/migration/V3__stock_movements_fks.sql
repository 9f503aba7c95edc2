-- Flyway runs this script in a transaction; SET LOCAL scopes the timeout to it.
SET LOCAL lock_timeout = '4s';

ALTER TABLE stock_movements
    ADD CONSTRAINT stock_movements_product_id_fkey
    FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;

ALTER TABLE stock_movements
    ADD CONSTRAINT stock_movements_warehouse_id_fkey
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID;
