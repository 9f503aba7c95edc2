-- legacy append-only table, created without a primary key
CREATE TABLE audit_entries (
    id bigint GENERATED ALWAYS AS IDENTITY,
    actor_id bigint,
    action text NOT NULL,
    details jsonb,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
