SET lock_timeout = '5s';

-- public, non-enumerable identifier for the customer portal
ALTER TABLE billing.invoices
    ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
