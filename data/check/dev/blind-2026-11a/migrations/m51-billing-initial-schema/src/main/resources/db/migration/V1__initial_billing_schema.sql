-- =====================================================================
-- Billing service: initial schema
-- Money is stored as integer minor units + ISO-4217 currency code.
-- =====================================================================

CREATE TABLE customers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    external_ref    text NOT NULL UNIQUE CHECK (char_length(external_ref) <= 64),
    email           text NOT NULL CHECK (char_length(email) <= 320),
    legal_name      text CHECK (char_length(legal_name) <= 200),
    country_code    text CHECK (country_code ~ '^[A-Z]{2}$'),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id        bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    number             text NOT NULL UNIQUE CHECK (char_length(number) <= 32),
    status             text NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    currency           text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    subtotal_minor     bigint NOT NULL DEFAULT 0 CHECK (subtotal_minor >= 0),
    tax_minor          bigint NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
    total_minor        bigint GENERATED ALWAYS AS (subtotal_minor + tax_minor) STORED,
    issued_at          timestamptz,
    due_at             timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE INDEX invoices_status_due_at_idx ON invoices (status, due_at) WHERE status = 'open';

CREATE TABLE invoice_lines (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id         bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description        text NOT NULL CHECK (char_length(description) <= 500),
    quantity           numeric(12, 3) NOT NULL CHECK (quantity > 0),
    unit_amount_minor  bigint NOT NULL,
    tax_rate           numeric(5, 4) NOT NULL DEFAULT 0
);

CREATE INDEX invoice_lines_invoice_id_idx ON invoice_lines (invoice_id);

CREATE TABLE payments (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id         bigint NOT NULL REFERENCES invoices (id),
    amount_minor       bigint NOT NULL CHECK (amount_minor > 0),
    currency           text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    provider           text NOT NULL CHECK (provider IN ('stripe', 'adyen', 'bank_transfer')),
    provider_ref       text CHECK (char_length(provider_ref) <= 255),
    received_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
