CREATE SCHEMA IF NOT EXISTS app;

CREATE TABLE app.customers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email       text NOT NULL CHECK (char_length(email) <= 320),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.orders (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id   uuid NOT NULL REFERENCES app.customers (id),
    status        text NOT NULL DEFAULT 'pending',
    total_minor   bigint NOT NULL,
    currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    placed_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.sessions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES app.customers (id) ON DELETE CASCADE,
    token_hash  text NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE TABLE app.session_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  bigint NOT NULL REFERENCES app.sessions (id),
    kind        text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
