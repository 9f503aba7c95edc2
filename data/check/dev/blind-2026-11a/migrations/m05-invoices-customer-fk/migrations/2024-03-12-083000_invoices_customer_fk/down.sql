ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_fkey;
