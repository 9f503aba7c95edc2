CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL CHECK (char_length(name) <= 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    number text NOT NULL UNIQUE CHECK (char_length(number) <= 32),
    amount_due_cents bigint NOT NULL DEFAULT 0,
    currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    issued_at timestamptz NOT NULL DEFAULT now(),
    due_at timestamptz
);
