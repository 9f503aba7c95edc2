CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id bigint NOT NULL,
    prefix text NOT NULL UNIQUE,
    secret_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
