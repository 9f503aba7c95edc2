CREATE SCHEMA IF NOT EXISTS billing;

CREATE TABLE billing.invoices (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint NOT NULL,
    total_minor   bigint NOT NULL,
    currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    issued_at     timestamptz NOT NULL DEFAULT now()
);
