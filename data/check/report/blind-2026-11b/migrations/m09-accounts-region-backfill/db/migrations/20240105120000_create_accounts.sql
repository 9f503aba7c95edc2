-- migrate:up
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free',
    region text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- migrate:down
DROP TABLE accounts;
