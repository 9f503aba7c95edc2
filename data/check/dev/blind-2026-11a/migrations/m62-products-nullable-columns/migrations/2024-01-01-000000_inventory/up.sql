CREATE TABLE products (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku          text NOT NULL UNIQUE CHECK (char_length(sku) <= 64),
    name         text NOT NULL CHECK (char_length(name) <= 200),
    price_cents  bigint NOT NULL CHECK (price_cents >= 0),
    currency     text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE warehouses (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code  text NOT NULL UNIQUE CHECK (char_length(code) <= 16),
    name  text NOT NULL
);

CREATE TABLE stock_levels (
    product_id    bigint NOT NULL REFERENCES products (id),
    warehouse_id  bigint NOT NULL REFERENCES warehouses (id),
    quantity      integer NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (product_id, warehouse_id)
);
