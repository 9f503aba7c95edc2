SET lock_timeout = '5s';

CREATE TABLE stock_movements (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id    bigint NOT NULL,
    warehouse_id  bigint NOT NULL,
    delta         integer NOT NULL CHECK (delta <> 0),
    reason        text NOT NULL CHECK (reason IN ('receipt', 'sale', 'adjustment', 'transfer')),
    moved_at      timestamptz NOT NULL DEFAULT now()
);
