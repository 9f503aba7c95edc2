CREATE TABLE webhook_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider text NOT NULL,
    payload jsonb NOT NULL,
    processed boolean NOT NULL DEFAULT false
);
