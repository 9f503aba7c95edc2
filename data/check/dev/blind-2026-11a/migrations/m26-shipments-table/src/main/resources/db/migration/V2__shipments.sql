SET lock_timeout = '5s';

CREATE TABLE shipments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES orders (id),
    carrier         text NOT NULL CHECK (char_length(carrier) <= 50),
    tracking_code   text CHECK (char_length(tracking_code) <= 100),
    shipped_at      timestamp,
    delivered_at    timestamp without time zone,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);
