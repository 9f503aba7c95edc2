-- migrate:up
CREATE TABLE carts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_key text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_items (
    cart_id uuid NOT NULL REFERENCES carts (id),
    sku text NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (cart_id, sku)
);

-- migrate:down
DROP TABLE cart_items;
DROP TABLE carts;
