CREATE SCHEMA IF NOT EXISTS app;

CREATE TABLE app.legacy_carts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_key text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
