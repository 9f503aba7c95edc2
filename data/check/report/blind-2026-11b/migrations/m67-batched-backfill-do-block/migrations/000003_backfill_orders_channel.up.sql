-- Backfill in batches of 5 000 rows, committing between batches.
-- Single statement file, so golang-migrate does not wrap it in a transaction block.
DO $$
DECLARE
    batch_start bigint := 0;
    max_id      bigint;
BEGIN
    SELECT coalesce(max(id), 0) INTO max_id FROM orders;
    WHILE batch_start <= max_id LOOP
        UPDATE orders
           SET sales_channel = 'web'
         WHERE id >= batch_start
           AND id <  batch_start + 5000
           AND sales_channel IS NULL;
        COMMIT;
        batch_start := batch_start + 5000;
    END LOOP;
END
$$;
