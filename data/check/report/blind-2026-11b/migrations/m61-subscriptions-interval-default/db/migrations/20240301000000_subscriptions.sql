-- migrate:up
CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL,
    plan_code text NOT NULL,
    price_minor bigint NOT NULL,
    currency text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    cancelled_at timestamptz
);

-- migrate:down
DROP TABLE subscriptions;
