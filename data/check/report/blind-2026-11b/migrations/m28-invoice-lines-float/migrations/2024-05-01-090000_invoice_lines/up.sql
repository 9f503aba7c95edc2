CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number text NOT NULL UNIQUE,
    currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    issued_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoice_lines (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description text NOT NULL CHECK (char_length(description) <= 500),
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price double precision NOT NULL,
    line_total float8 NOT NULL
);

CREATE INDEX invoice_lines_invoice_id_idx ON invoice_lines (invoice_id);
